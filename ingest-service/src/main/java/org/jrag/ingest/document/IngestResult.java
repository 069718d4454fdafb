package org.jrag.ingest.document;

/**
 * Body of a document upload's response.
 *
 * @param changeSeq the change-log sequence number of the document's UPSERT, which retrieval's index waits for
 * @param duplicate true when identical bytes were already in the collection and nothing was stored
 */
public record IngestResult(
        long documentId,
        String collection,
        String title,
        String source,
        String mediaType,
        String contentHash,
        int chunkCount,
        String status,
        long changeSeq,
        boolean duplicate) {}
