package org.jrag.generation.extractive;

/**
 * A sentence cut from a passage, remembering where it came from so an answer can keep reading order and
 * cite its chunk.
 *
 * @param passage index of the passage in the request
 * @param position index of the sentence within that passage
 * @param text the sentence, trimmed, whitespace collapsed
 */
public record Sentence(int passage, int position, String text) {

    public Sentence {
        if (passage < 0) {
            throw new IllegalArgumentException("passage must be >= 0, got: " + passage);
        }
        if (position < 0) {
            throw new IllegalArgumentException("position must be >= 0, got: " + position);
        }
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("sentence text must not be blank");
        }
    }
}
