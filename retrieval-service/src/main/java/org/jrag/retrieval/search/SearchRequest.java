package org.jrag.retrieval.search;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

/**
 * Body of {@code POST /v1/search}. {@code collection} null searches every collection; {@code mode} defaults to
 * hybrid and {@code topK} to 10. For the dense retriever, {@code efSearch} overrides the configured HNSW candidate
 * list size for this search, and {@code exact} (default false) bypasses the index for an exact nearest-neighbour scan
 * (slow; for measuring the index's recall).
 */
public record SearchRequest(
        @NotBlank(message = "query must not be blank") String query,
        String collection,
        SearchMode mode,

        @Min(value = 1, message = "topK must be between 1 and 100")
        @Max(value = 100, message = "topK must be between 1 and 100")
        Integer topK,

        @Min(value = 1, message = "efSearch must be between 1 and 1000")
        @Max(value = 1000, message = "efSearch must be between 1 and 1000")
        Integer efSearch,

        Boolean exact) {

    public static final int DEFAULT_TOP_K = 10;

    /** A request with the default dense settings (configured efSearch, HNSW index). */
    public SearchRequest(String query, String collection, SearchMode mode, Integer topK) {
        this(query, collection, mode, topK, null, null);
    }

    public SearchRequest {
        mode = mode == null ? SearchMode.HYBRID : mode;
        topK = topK == null ? DEFAULT_TOP_K : topK;
        exact = exact != null && exact;
    }
}
