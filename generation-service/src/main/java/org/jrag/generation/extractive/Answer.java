package org.jrag.generation.extractive;

import java.util.List;

/**
 * An answer with its sources. {@code mode} tells the caller how the answer was made, so an extractive
 * answer (quoted sentences) is never mistaken for generated text.
 *
 * @param answer the answer text
 * @param mode {@value #EXTRACTIVE} for answers quoted from the passages
 * @param citations one per cited chunk, in the order the answer uses them
 */
public record Answer(String answer, String mode, List<Citation> citations) {

    public static final String EXTRACTIVE = "extractive";

    public Answer {
        if (answer == null || answer.isBlank()) {
            throw new IllegalArgumentException("answer must not be blank");
        }
        if (mode == null || mode.isBlank()) {
            throw new IllegalArgumentException("mode must not be blank");
        }
        citations = List.copyOf(citations);
    }
}
