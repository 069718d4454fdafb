package org.jrag.ingest.chunking;

import org.jrag.embedding.TextTokenizer;

/** The bounds chunkers check their sizes against, with messages that name the value and the rule. */
final class ChunkLimits {

    private ChunkLimits() {}

    /** The most tokens of text one embedded chunk may hold: the model's window less its special tokens. */
    static int modelLimit(TextTokenizer tokenizer) {
        return tokenizer.maxTokens() - tokenizer.specialTokens();
    }

    static void requireRange(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", got: " + value);
        }
    }
}
