package org.jrag.ingest.document;

import java.util.List;

/**
 * Body of {@code GET /v1/collections/{name}/documents/{id}/chunks}: one page in position order.
 *
 * @param next the cursor of the next page ({@code ?cursor=}), or null on the last page
 */
record ChunkList(List<ChunkView> chunks, String next) {

    ChunkList {
        chunks = List.copyOf(chunks);
    }
}
