package org.jrag.ingest.chunking;

/**
 * One chunk of a document: its text is exactly {@code document.substring(startOffset, endOffset)}, so a citation can
 * always be traced back to the characters it came from.
 *
 * @param text the chunk's characters
 * @param startOffset first character, inclusive, in the document's text
 * @param endOffset last character, exclusive
 * @param tokenCount how many embedding-model tokens the chunk holds (special tokens not counted)
 */
public record ChunkSpan(String text, int startOffset, int endOffset, int tokenCount) {

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
    }
}
