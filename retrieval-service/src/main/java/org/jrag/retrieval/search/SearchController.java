package org.jrag.retrieval.search;

import jakarta.validation.Valid;
import org.jrag.retrieval.collection.Visibility;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /v1/search}: hybrid, BM25-only or dense-only search with a per-result explanation. */
@RestController
class SearchController {

    private final HybridSearch search;

    SearchController(HybridSearch search) {
        this.search = search;
    }

    @PostMapping("/v1/search")
    SearchResponse search(@Valid @RequestBody SearchRequest request, Visibility visible) {
        return search.search(request, visible);
    }
}
