package org.jrag.retrieval.bm25;

import java.util.List;
import org.jrag.retrieval.collection.CollectionRepository;
import org.jrag.retrieval.collection.Visibility;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reports how far the BM25 index has caught up with the change log, counting the documents and chunks of the
 * collections the caller may see (every one without {@value Visibility#COLLECTIONS_HEADER}) that it may read (every
 * one without {@value Visibility#PRINCIPALS_HEADER}).
 */
@RestController
class IndexStatusController {

    private final Bm25Index index;
    private final CollectionRepository collections;

    IndexStatusController(Bm25Index index, CollectionRepository collections) {
        this.index = index;
        this.collections = collections;
    }

    @GetMapping("/v1/index/status")
    IndexStatus status(Visibility visible) {
        return index.status(collections.idsOf(List.of(), visible), visible.principals());
    }
}
