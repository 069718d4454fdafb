package org.jrag.retrieval.dense;

import jakarta.validation.Valid;
import org.jrag.retrieval.collection.Visibility;
import org.jrag.retrieval.search.HybridSearch;
import org.jrag.retrieval.search.SearchRequest;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /v1/search/explain}: the plan of the dense query a {@code /v1/search} request with the same body would
 * run, read-only (EXPLAIN without ANALYZE executes nothing). Lets an evaluation check that its HNSW figures came from
 * the index.
 */
@RestController
class DensePlanController {

    private final HybridSearch search;
    private final PgvectorChunkRetriever dense;

    DensePlanController(HybridSearch search, PgvectorChunkRetriever dense) {
        this.search = search;
        this.dense = dense;
    }

    @PostMapping("/v1/search/explain")
    DensePlan explain(@Valid @RequestBody SearchRequest request, Visibility visible) {
        return DensePlan.of(dense.explain(search.denseQuery(request, visible)));
    }
}
