package org.jrag.retrieval.search;

/**
 * Where a query term occurs in a result's text: {@code text.substring(start, end)} is the word as written.
 *
 * @param start first character, inclusive (UTF-16 code units, as Java and JavaScript index strings)
 * @param end last character, exclusive
 */
public record Highlight(int start, int end) {

    public Highlight {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException(
                    "highlight must satisfy 0 <= start < end, got: [" + start + ", " + end + ")");
        }
    }
}
