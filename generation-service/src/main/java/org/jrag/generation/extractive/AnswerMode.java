package org.jrag.generation.extractive;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How {@code /v1/answers} answers: by quoting the passages, by generating from them, or whichever it can. */
public enum AnswerMode {
    /** Quotes the passages' sentences most similar to the question; works without a model. */
    EXTRACTIVE,
    /** The served model writes the answer from the numbered passages and cites them. */
    GENERATIVE,
    /** Generative when a model with a chat template is served, else extractive (the default). */
    AUTO;

    /** The name as it travels in JSON ({@code extractive}, {@code generative}, {@code auto}). */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Reads a request's {@code mode}; null means {@link #AUTO}.
     *
     * @throws IllegalArgumentException naming the allowed values
     */
    public static AnswerMode of(String mode) {
        if (mode == null) {
            return AUTO;
        }
        for (AnswerMode m : values()) {
            if (m.jsonName().equals(mode)) {
                return m;
            }
        }
        throw new IllegalArgumentException("mode must be one of "
                + Arrays.stream(values()).map(AnswerMode::jsonName).collect(Collectors.joining(", "))
                + ", got: " + mode);
    }
}
