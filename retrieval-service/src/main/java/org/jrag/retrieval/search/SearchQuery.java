package org.jrag.retrieval.search;

/**
 * What every retriever receives: the query text, its embedding (null when no dense retriever runs), the collection
 * to search (null for all), how many chunks to return at most, and the metadata filters (tags, publication dates).
 */
public record SearchQuery(String text, float[] embedding, Long collectionId, int limit, SearchFilters filters) {

    /** A query without metadata filters. */
    public SearchQuery(String text, float[] embedding, Long collectionId, int limit) {
        this(text, embedding, collectionId, limit, SearchFilters.NONE);
    }

    public SearchQuery {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("text must not be blank, got: '" + text + "'");
        }
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be > 0, got: " + limit);
        }
        filters = filters == null ? SearchFilters.NONE : filters;
    }
}
