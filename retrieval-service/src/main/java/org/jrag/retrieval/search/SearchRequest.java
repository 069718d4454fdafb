package org.jrag.retrieval.search;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

/**
 * Body of {@code POST /v1/search}. {@code collection} null searches every collection; {@code mode} defaults to
 * hybrid and {@code topK} to 10.
 */
public record SearchRequest(
        @NotBlank(message = "query must not be blank") String query,
        String collection,
        SearchMode mode,

        @Min(value = 1, message = "topK must be between 1 and 100")
        @Max(value = 100, message = "topK must be between 1 and 100")
        Integer topK) {

    public static final int DEFAULT_TOP_K = 10;

    public SearchRequest {
        mode = mode == null ? SearchMode.HYBRID : mode;
        topK = topK == null ? DEFAULT_TOP_K : topK;
    }
}
