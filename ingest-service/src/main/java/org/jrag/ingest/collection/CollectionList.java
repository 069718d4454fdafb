package org.jrag.ingest.collection;

import java.util.List;

/** Body of {@code GET /v1/collections}. */
record CollectionList(List<CollectionView> collections) {

    CollectionList {
        collections = List.copyOf(collections);
    }
}
