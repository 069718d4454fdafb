package org.jrag.ingest.document;

import java.time.Instant;
import java.util.Map;

/**
 * A stored document as {@code GET /v1/collections/{name}/documents/{id}} shows it: metadata, not content.
 *
 * @param metadata what the client told (url, tags, published_at) and how the document was read (chunker, declared
 *     media type, a format mismatch)
 */
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
        Instant updatedAt,
        Map<String, Object> metadata) {}
