package org.jrag.retrieval.context;

/**
 * A passage on its way into the answer's context: where it comes from, its text, and the retrieval score it carries.
 * {@code verbatim} says the text is exactly {@code document.content[startOffset, endOffset)}, so overlapping passages
 * of one document can be stitched by offsets; an expanded sentence window without offsets is not verbatim.
 */
public record ContextChunk(
        long chunkId,
        long documentId,
        String title,
        String text,
        int startOffset,
        int endOffset,
        double score,
        boolean verbatim) {

    public ContextChunk {
        if (text == null) {
            throw new IllegalArgumentException("text must not be null (chunk " + chunkId + ")");
        }
        if (startOffset < 0 || endOffset < startOffset) {
            throw new IllegalArgumentException("offsets must satisfy 0 <= start <= end, got: [" + startOffset + ", "
                    + endOffset + ") (chunk " + chunkId + ")");
        }
        if (verbatim && text.length() != endOffset - startOffset) {
            throw new IllegalArgumentException("a verbatim chunk's text must span its offsets, got " + text.length()
                    + " chars for [" + startOffset + ", " + endOffset + ") (chunk " + chunkId + ")");
        }
    }
}
