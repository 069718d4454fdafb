package org.jrag.retrieval.search;

/**
 * What every retriever receives: the query text, its embedding (null when no dense retriever runs), the collection
 * to search (null for all), how many chunks to return at most, and for dense retrieval the HNSW {@code efSearch}
 * (null: the configured one) and whether to search exactly instead of through the index.
 */
public record SearchQuery(
        String text, float[] embedding, Long collectionId, int limit, Integer efSearch, boolean exact) {

    public SearchQuery(String text, float[] embedding, Long collectionId, int limit) {
        this(text, embedding, collectionId, limit, null, false);
    }

    public SearchQuery {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("text must not be blank, got: '" + text + "'");
        }
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be > 0, got: " + limit);
        }
        if (efSearch != null && efSearch < 1) {
            throw new IllegalArgumentException("efSearch must be > 0, got: " + efSearch);
        }
    }
}
