package org.jrag.ingest.document;

import java.util.Map;

/**
 * A stored chunk as {@code GET .../documents/{id}/chunks} lists it, so a client can see how a document was cut.
 *
 * @param parentId the chunk kept as this one's context (parent-child chunking), or null
 * @param startOffset first char of the chunk in the document's extracted text
 * @param endOffset char after the chunk's last one (exclusive)
 * @param embedded whether the chunk has a vector (parents kept only as context have none)
 */
public record ChunkView(
        long chunkId,
        int position,
        Long parentId,
        String text,
        int startOffset,
        int endOffset,
        int tokenCount,
        boolean embedded,
        Map<String, Object> metadata) {}
