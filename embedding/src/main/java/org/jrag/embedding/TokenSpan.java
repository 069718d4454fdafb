package org.jrag.embedding;

/** A token's place in a text: characters {@code [start, end)}. */
public record TokenSpan(int start, int end) {
    public TokenSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException(
                    "span must satisfy 0 <= start <= end, got: [" + start + ", " + end + ")");
        }
    }
}
