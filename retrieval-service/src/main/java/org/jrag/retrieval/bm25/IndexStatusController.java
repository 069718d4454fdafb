package org.jrag.retrieval.bm25;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Reports how far the BM25 index has caught up with the change log. */
@RestController
class IndexStatusController {

    private final Bm25Index index;

    IndexStatusController(Bm25Index index) {
        this.index = index;
    }

    @GetMapping("/v1/index/status")
    IndexStatus status() {
        return index.status();
    }
}
