package org.jrag.ingest.problem;

/**
 * Another embedding model than this instance's was recorded for the stored vectors (an instance started with another
 * model while no vector was stored): this instance's vectors would not be comparable, so it stores none.
 */
public final class EmbeddingModelChangedException extends IngestException {

    public EmbeddingModelChangedException(String recorded, String configured) {
        super("the stored vectors are now embedding model " + recorded + "'s, but this instance embeds with "
                + configured + ": nothing was stored; restart it with the recorded model (rag.embedding.*)");
    }
}
