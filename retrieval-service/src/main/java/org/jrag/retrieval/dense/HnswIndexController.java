package org.jrag.retrieval.dense;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Admin view of the HNSW index's build parameters, and the rebuild that brings them to the configured ones. */
@RestController
class HnswIndexController {

    private final HnswIndex index;

    HnswIndexController(HnswIndex index) {
        this.index = index;
    }

    @GetMapping("/v1/index/hnsw")
    HnswIndexStatus status() {
        return index.status();
    }

    /** Synchronous: returns once the index has been rebuilt (or at once, when it already has those parameters). */
    @PostMapping("/v1/index/hnsw/rebuild")
    HnswIndexStatus rebuild() {
        return index.rebuildIfChanged();
    }
}
