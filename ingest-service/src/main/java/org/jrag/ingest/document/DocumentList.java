package org.jrag.ingest.document;

import java.util.List;

/**
 * Body of {@code GET /v1/collections/{name}/documents}: one page in id (upload) order.
 *
 * @param next the cursor of the next page ({@code ?cursor=}), or null on the last page
 */
record DocumentList(List<DocumentView> documents, String next) {

    DocumentList {
        documents = List.copyOf(documents);
    }
}
