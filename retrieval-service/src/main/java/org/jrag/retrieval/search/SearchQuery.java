package org.jrag.retrieval.search;

/**
 * What every retriever receives: the query text, its embedding (null when no dense retriever runs), the collection
 * to search (null for all) and how many chunks to return at most.
 */
public record SearchQuery(String text, float[] embedding, Long collectionId, int limit) {

    public SearchQuery {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("text must not be blank, got: '" + text + "'");
        }
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be > 0, got: " + limit);
        }
    }
}
