package org.jrag.retrieval.search;

import java.util.List;
import java.util.Set;

/**
 * What every retriever receives: the query text, its embedding (null when no dense retriever runs), the collections
 * to search (null for every collection; empty for none, which finds nothing), how many chunks to return at most, the
 * metadata filters (tags, publication dates), for dense retrieval the HNSW {@code efSearch} (null: the configured
 * one) and whether to search exactly instead of through the index, and who the search reads as: a chunk whose
 * document's readers name none of the {@code principals} is not found (null: every document is readable).
 */
public record SearchQuery(
        String text,
        float[] embedding,
        List<Long> collectionIds,
        int limit,
        SearchFilters filters,
        Integer efSearch,
        boolean exact,
        Set<String> principals) {

    /** A query without metadata filters, with the configured dense settings. */
    public SearchQuery(String text, float[] embedding, List<Long> collectionIds, int limit) {
        this(text, embedding, collectionIds, limit, SearchFilters.NONE, null, false, null);
    }

    /** A query with metadata filters and the configured dense settings. */
    public SearchQuery(String text, float[] embedding, List<Long> collectionIds, int limit, SearchFilters filters) {
        this(text, embedding, collectionIds, limit, filters, null, false, null);
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
        collectionIds = collectionIds == null ? null : List.copyOf(collectionIds);
        principals = principals == null ? null : Set.copyOf(principals);
    }

    /** Whether the query may find anything: it searches at least one collection. */
    public boolean searchesNothing() {
        return collectionIds != null && collectionIds.isEmpty();
    }
}
