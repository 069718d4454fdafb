package org.jrag.retrieval.bm25;

/**
 * How a chunk's title and text become Lucene fields ({@code rag.retrieval.bm25.fields}). Changing it rebuilds the
 * index from the change log.
 */
public enum Bm25Fields {
    /**
     * One {@code contents} field holding the document title and the chunk text (Anserini's "flat" BEIR
     * configuration, the stronger of its two on SciFact). The title is added once: a chunk whose text already begins
     * with it (the first chunk of a document whose body starts with its title) is indexed as it is.
     */
    FLAT,
    /**
     * Separate {@code title} and {@code text} fields, each scored with its own length normalisation; a query term
     * may match either (Anserini's "multifield").
     */
    MULTIFIELD
}
