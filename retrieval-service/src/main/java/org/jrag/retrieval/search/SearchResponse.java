package org.jrag.retrieval.search;

import java.util.List;

/** Body returned by {@code POST /v1/search}: the results best first. */
public record SearchResponse(String query, SearchMode mode, List<SearchResult> results) {

    public SearchResponse {
        results = List.copyOf(results);
    }
}
