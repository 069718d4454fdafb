package org.jrag.generation.generative;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the generative answer mode.
 *
 * @param instruction the system instruction of the grounded prompt
 * @param maxTokens the answer budget when a request names none; capped at half the model's context so that passages
 *     still fit
 * @param temperature the sampling temperature when a request names none; 0 decodes greedily
 */
@ConfigurationProperties("rag.generation.answers")
public record AnswersProperties(
        @DefaultValue(DEFAULT_INSTRUCTION) String instruction,
        @DefaultValue("256") int maxTokens,
        @DefaultValue("0") double temperature) {

    /** Short on purpose: every token of it is taken from the passages' share of the context. */
    public static final String DEFAULT_INSTRUCTION = "Answer the question only from the numbered passages."
            + " Cite the passages you use as [1], [2]."
            + " If the passages do not contain the answer, say that you don't know.";

    public AnswersProperties {
        if (instruction == null || instruction.isBlank()) {
            throw new IllegalArgumentException("rag.generation.answers.instruction must not be blank");
        }
        if (maxTokens < 1) {
            throw new IllegalArgumentException("rag.generation.answers.max-tokens must be >= 1, got: " + maxTokens);
        }
        if (!(temperature >= 0 && temperature <= 2)) {
            throw new IllegalArgumentException(
                    "rag.generation.answers.temperature must be between 0 and 2, got: " + temperature);
        }
    }
}
