package org.jrag.generation.extractive;

import com.fasterxml.jackson.annotation.JsonInclude;
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
 * @param reason why this mode answered when the caller left the choice to the service ({@code mode: auto}) and
 *     the generative mode could not run; null otherwise (and then left out of the JSON)
 */
public record Answer(
        String answer,
        String mode,
        List<Citation> citations,
        GuardrailReport guardrails,
        @JsonInclude(JsonInclude.Include.NON_NULL) String reason) {

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

    public Answer(String answer, String mode, List<Citation> citations, GuardrailReport guardrails) {
        this(answer, mode, citations, guardrails, null);
    }

    /** An answer the guardrails have not checked yet. */
    public Answer(String answer, String mode, List<Citation> citations) {
        this(answer, mode, citations, null, null);
    }

    /** This answer with its text and citations as the output rails left them, and their report. */
    public Answer guarded(String answer, List<Citation> citations, GuardrailReport guardrails) {
        return new Answer(answer, mode, citations, guardrails, reason);
    }

    /** This answer with the reason its mode was chosen. */
    public Answer because(String reason) {
        return new Answer(answer, mode, citations, guardrails, reason);
    }
}
