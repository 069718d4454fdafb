package org.jrag.generation.extractive;

import java.util.List;
import org.jrag.generation.guard.GuardrailReport;

/**
 * An answer with its sources. {@code mode} tells the caller how the answer was made, so an extractive
 * answer (quoted sentences) is never mistaken for generated text.
 *
 * @param answer the answer text
 * @param mode {@value #EXTRACTIVE} for answers quoted from the passages
 * @param citations one per cited chunk, in the order the answer uses them
 * @param guardrails what the guardrails found on the question and the answer, with the grounding of each answer
 *     sentence; null before the guardrails have run
 */
public record Answer(String answer, String mode, List<Citation> citations, GuardrailReport guardrails) {

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

    /** An answer the guardrails have not checked yet. */
    public Answer(String answer, String mode, List<Citation> citations) {
        this(answer, mode, citations, null);
    }

    /** This answer with its text and citations as the output rails left them, and their report. */
    public Answer guarded(String answer, List<Citation> citations, GuardrailReport guardrails) {
        return new Answer(answer, mode, citations, guardrails);
    }
}
