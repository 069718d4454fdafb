package org.jrag.ingest.chunking;

import java.util.Map;

/**
 * One chunk of a document: its text is exactly {@code document.substring(startOffset, endOffset)}, so a citation can
 * always be traced back to the characters it came from.
 *
 * @param text the chunk's characters
 * @param startOffset first character, inclusive, in the document's text
 * @param endOffset last character, exclusive
 * @param tokenCount how many embedding-model tokens the chunk holds (special tokens not counted)
 * @param parent index, in the same chunk list, of the larger chunk this one was cut from, or -1; parents always come
 *     before their children
 * @param embedded whether the chunk is embedded and searched; false for parents kept only as context
 * @param metadata extra facts for retrieval (a sentence window, the chunk's role), JSON-shaped values
 */
public record ChunkSpan(
        String text,
        int startOffset,
        int endOffset,
        int tokenCount,
        int parent,
        boolean embedded,
        Map<String, Object> metadata) {

    public ChunkSpan {
        if (text == null) {
            throw new IllegalArgumentException("text must not be null");
        }
        if (startOffset < 0 || endOffset < startOffset) {
            throw new IllegalArgumentException(
                    "offsets must satisfy 0 <= start <= end, got: [" + startOffset + ", " + endOffset + ")");
        }
        if (text.length() != endOffset - startOffset) {
            throw new IllegalArgumentException("text length must equal endOffset - startOffset, got: " + text.length()
                    + " vs " + (endOffset - startOffset));
        }
        if (tokenCount <= 0) {
            throw new IllegalArgumentException("tokenCount must be > 0, got: " + tokenCount);
        }
        if (parent < -1) {
            throw new IllegalArgumentException("parent must be -1 (none) or an index, got: " + parent);
        }
        metadata = Map.copyOf(metadata);
    }

    /** A plain, embedded chunk without a parent or metadata. */
    public ChunkSpan(String text, int startOffset, int endOffset, int tokenCount) {
        this(text, startOffset, endOffset, tokenCount, -1, true, Map.of());
    }

    /** The same chunk with different parent, embedding flag and metadata. */
    public ChunkSpan with(int parent, boolean embedded, Map<String, Object> metadata) {
        return new ChunkSpan(text, startOffset, endOffset, tokenCount, parent, embedded, metadata);
    }
}
