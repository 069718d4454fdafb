package org.jrag.ingest.document;

import java.util.List;

/**
 * Body of a batch upload's response: one result per entry, in the batch's order.
 *
 * @param stored how many entries became new documents (the others were duplicates)
 */
public record BatchResult(String collection, int stored, List<IngestResult> documents) {

    public BatchResult {
        documents = List.copyOf(documents);
    }
}
