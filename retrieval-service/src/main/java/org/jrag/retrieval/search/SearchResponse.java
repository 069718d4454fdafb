package org.jrag.retrieval.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.jrag.retrieval.hyde.HydeReport;
import org.jrag.retrieval.rerank.RerankReport;

/**
 * Body returned by {@code POST /v1/search}: the results best first, and, when the request asked for them, what HyDE
 * and re-ranking did (or why they could not run).
 */
public record SearchResponse(
        String query,
        SearchMode mode,
        List<SearchResult> results,
        @JsonInclude(JsonInclude.Include.NON_NULL) HydeReport hyde,
        @JsonInclude(JsonInclude.Include.NON_NULL) RerankReport rerank) {

    public SearchResponse(String query, SearchMode mode, List<SearchResult> results) {
        this(query, mode, results, null, null);
    }

    public SearchResponse {
        results = List.copyOf(results);
    }
}
