package org.jrag.ingest.document;

/**
 * A document whose chunks were made again.
 *
 * @param chunker the chunking strategy its chunks are now made with
 * @param chunkCount its chunks, parents kept as context included
 * @param embeddedChunks the chunks that were embedded (searched)
 * @param sectionsAndPagesKept whether its chunks say their section and pages again: false for a document stored
 *     before those were kept beside the text (upload it again to get them)
 * @param changeSeq the change-log sequence number of its UPSERT, which retrieval's index status reaches once it
 *     searches the new chunks
 */
public record RechunkedDocument(
        long documentId,
        String collection,
        String chunker,
        int chunkCount,
        int embeddedChunks,
        boolean sectionsAndPagesKept,
        long changeSeq) {}
