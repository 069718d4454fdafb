package org.jrag.ingest.problem;

/**
 * The stored vectors are another embedding model's than this instance's: another instance recorded its model while no
 * vector was stored, or this instance is still re-embedding them with its own. Its vectors would not be comparable,
 * so it stores none.
 */
public final class EmbeddingModelChangedException extends IngestException {

    private EmbeddingModelChangedException(String message) {
        super(message);
    }

    /** Another instance recorded another model. */
    public static EmbeddingModelChangedException recorded(String recorded, String configured) {
        return new EmbeddingModelChangedException("the stored vectors are now embedding model " + recorded
                + "'s, but this instance embeds with " + configured
                + ": nothing was stored; restart it with the recorded model (rag.embedding.*)");
    }

    /** This instance is moving the vectors to its model and stores none until it is done. */
    public static EmbeddingModelChangedException reEmbedding(String configured, String progress) {
        return new EmbeddingModelChangedException("this instance is re-embedding the stored vectors with "
                + configured + " (" + progress + ") and stores none until it is done: nothing was stored; send the"
                + " upload again later, or to an instance still on the recorded model");
    }
}
