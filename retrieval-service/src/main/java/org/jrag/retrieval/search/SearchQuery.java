package org.jrag.retrieval.search;

/**
 * What every retriever receives: the query text, its embedding (null when no dense retriever runs), the collection
 * to search (null for all), how many chunks to return at most, the metadata filters (tags, publication dates), and
 * for dense retrieval the HNSW {@code efSearch} (null: the configured one) and whether to search exactly instead of
 * through the index.
 */
public record SearchQuery(
        String text,
        float[] embedding,
        Long collectionId,
        int limit,
        SearchFilters filters,
        Integer efSearch,
        boolean exact) {

    /** A query without metadata filters, with the configured dense settings. */
    public SearchQuery(String text, float[] embedding, Long collectionId, int limit) {
        this(text, embedding, collectionId, limit, SearchFilters.NONE, null, false);
    }

    /** A query with metadata filters and the configured dense settings. */
    public SearchQuery(String text, float[] embedding, Long collectionId, int limit, SearchFilters filters) {
        this(text, embedding, collectionId, limit, filters, null, false);
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
        filters = filters == null ? SearchFilters.NONE : filters;
    }
}
