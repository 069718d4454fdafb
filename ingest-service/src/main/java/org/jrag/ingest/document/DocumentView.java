package org.jrag.ingest.document;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A stored document as {@code GET /v1/collections/{name}/documents/{id}} shows it: metadata, not content.
 *
 * @param readers who may read the document (group or role names, {@code user:<name>}); empty: everyone who may read
 *     the collection
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
        List<String> readers,
        Map<String, Object> metadata) {}
