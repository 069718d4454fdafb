package org.jrag.generation.generative;

import java.util.List;
import org.jrag.generation.extractive.Citation;
import org.jrag.generation.guard.GuardrailReport;

/**
 * An answer the served model wrote from the passages, labelled {@code mode: generative}.
 *
 * @param answer the generated text, its {@code [k]} markers pointing at {@code citations[k-1]} (see
 *     {@link CitationMarkers}), as the output rails left it
 * @param mode always {@value #GENERATIVE}
 * @param citations the cited passages in order of first citation, each with its full text as the prompt held it
 * @param guardrails the input and output interventions and the grounding of each answer sentence in the cited
 *     passages (in every passage of the prompt when the answer cites none)
 * @param generation how the answer was generated
 */
public record GenerativeAnswer(
        String answer, String mode, List<Citation> citations, GuardrailReport guardrails, GenerationReport generation) {

    public static final String GENERATIVE = "generative";

    public GenerativeAnswer {
        if (answer == null || answer.isBlank()) {
            throw new IllegalArgumentException("answer must not be blank");
        }
        if (!GENERATIVE.equals(mode)) {
            throw new IllegalArgumentException("mode must be " + GENERATIVE + ", got: " + mode);
        }
        citations = List.copyOf(citations);
    }
}
