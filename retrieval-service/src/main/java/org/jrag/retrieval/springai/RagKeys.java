package org.jrag.retrieval.springai;

/** The keys this service reads from {@code Query.context()} and writes into {@code Document.getMetadata()}. */
public final class RagKeys {

    /** Query context: the collection id to search ({@code Long}); absent searches every collection. */
    public static final String COLLECTION_ID = "jrag.collectionId";
    /** Query context: {@code SearchFilters} (tags, publication dates). */
    public static final String FILTERS = "jrag.filters";
    /**
     * Query context: who the search reads as ({@code Set<String>} of principals: a user's roles and {@code
     * user:<name>}); a chunk whose document's readers name none of them is not found. Absent: every document.
     */
    public static final String PRINCIPALS = "jrag.principals";
    /** Query context: how many documents a retriever returns ({@code Integer}, default 10). */
    public static final String TOP_K = "jrag.topK";
    /** Query context: the vector the dense retriever searches with ({@code float[]}), set by HyDE. */
    public static final String EMBEDDING = "jrag.embedding";
    /** Query context: what HyDE did ({@code HydeReport}). */
    public static final String HYDE = "jrag.hyde";

    /** Document metadata: chunk and document ids ({@code Long}), title. */
    public static final String CHUNK_ID = "chunkId";

    public static final String DOCUMENT_ID = "documentId";
    public static final String TITLE = "title";

    /** Document metadata, where known: the document's source and url, the chunk's section and pages ({@code List}). */
    public static final String SOURCE = "source";

    public static final String URL = "url";
    public static final String SECTION = "section";
    public static final String PAGES = "pages";
    /** Document metadata: the retriever that found the document, its 1-based rank and own score there. */
    public static final String RETRIEVER = "retriever";

    public static final String RANK = "rank";
    public static final String RETRIEVER_SCORE = "retrieverScore";
    /** Document metadata after fusion: ranks and scores by retriever ({@code Map<String, Integer|Double>}). */
    public static final String RANKS = "ranks";

    public static final String SCORES = "scores";
    public static final String FUSED_SCORE = "fusedScore";
    /** Document metadata after re-ranking. */
    public static final String RERANK_SCORE = "rerankScore";

    private RagKeys() {}
}
