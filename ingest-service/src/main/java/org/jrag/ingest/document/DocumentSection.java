package org.jrag.ingest.document;

/**
 * A run of a document's text under one heading, so every chunk can say where in the document it sits.
 *
 * @param path the heading path in Markdown notation, outermost first: {@code "# Guide > ## Install"}
 * @param startOffset first character of the section (its heading line included), inclusive
 * @param endOffset where the next section starts, exclusive
 */
public record DocumentSection(String path, int startOffset, int endOffset) {

    public DocumentSection {
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException("path must not be blank, got: " + path);
        }
        if (startOffset < 0 || endOffset < startOffset) {
            throw new IllegalArgumentException(
                    "offsets must satisfy 0 <= start <= end, got: [" + startOffset + ", " + endOffset + ")");
        }
    }
}
