package org.jrag.ingest.document;

/**
 * The text of one page of a paged format (PDF), so a chunk can cite the pages it came from.
 *
 * @param number the page number, 1-based as a reader counts them
 * @param startOffset first character of the page's text, inclusive
 * @param endOffset end of the page's text, exclusive
 */
public record DocumentPage(int number, int startOffset, int endOffset) {

    public DocumentPage {
        if (number < 1) {
            throw new IllegalArgumentException("number must be >= 1, got: " + number);
        }
        if (startOffset < 0 || endOffset < startOffset) {
            throw new IllegalArgumentException(
                    "offsets must satisfy 0 <= start <= end, got: [" + startOffset + ", " + endOffset + ")");
        }
    }
}
