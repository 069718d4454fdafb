package org.jrag.ingest.collection;

import java.util.List;

/**
 * Body of {@code GET /v1/collections}: one page in creation order.
 *
 * @param next the cursor of the next page ({@code ?cursor=}), or null on the last page
 */
record CollectionList(List<CollectionView> collections, String next) {

    CollectionList {
        collections = List.copyOf(collections);
    }
}
