package org.jrag.ingest.document;

import java.time.Instant;

/** A stored document as {@code GET /v1/collections/{name}/documents/{id}} shows it: metadata, not content. */
public record DocumentView(
        long documentId,
        String collection,
        String title,
        String source,
        String mediaType,
        String contentHash,
        int chunkCount,
        String status,
        int contentLength,
        Instant createdAt,
        Instant updatedAt) {}
