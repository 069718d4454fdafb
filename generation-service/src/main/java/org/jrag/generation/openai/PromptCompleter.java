package org.jrag.generation.openai;

import java.util.List;
import java.util.Set;
import org.jrag.generation.guard.GuardrailOptions;
import org.jrag.generation.model.ServedModel;

/**
 * Completes one prompt that another feature has already rendered and tokenized (the RAG answers' grounded prompt)
 * on the served model's engine, like an OpenAI text completion. Input and output rails are the caller's: it knows
 * which parts of its prompt came from the user.
 */
@FunctionalInterface
public interface PromptCompleter {

    /**
     * The generated text and how it ended.
     *
     * @param text the completion, stop strings cut off
     * @param finishReason OpenAI's finish reason ({@code stop} or {@code length})
     * @param usage the token counts
     */
    record Completed(String text, String finishReason, Usage usage) {}

    /**
     * Generates up to {@code maxTokens} tokens after {@code prompt}.
     *
     * @param stopTokens token ids that end the completion
     * @param stop stop strings (at most {@value GenerationParameters#MAX_STOP}), cut from the text
     * @param temperature 0 for greedy decoding, up to 2
     * @param options the request's guardrail options (kept with the prompt; the rails are run by the caller)
     * @throws ContextLengthExceededException when the prompt and {@code maxTokens} do not fit the context
     * @throws GenerationTimeoutException when the request timeout cancelled it
     * @throws GenerationFailedException when the engine failed it
     */
    Completed complete(
            ServedModel model,
            int[] prompt,
            Set<Integer> stopTokens,
            List<String> stop,
            int maxTokens,
            float temperature,
            GuardrailOptions options)
            throws InterruptedException;
}
