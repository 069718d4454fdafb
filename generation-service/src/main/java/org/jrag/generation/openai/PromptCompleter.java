package org.jrag.generation.openai;

import java.util.List;
import java.util.Set;
import org.jrag.generation.guard.GuardrailOptions;
import org.jrag.generation.model.ServedModel;

/**
 * Completes one prompt that another feature has already rendered and tokenized (the RAG answers' grounded prompt)
 * along the very path the OpenAI endpoints take: {@link GenerationRunner#start} submits it to the model's
 * continuous-batching engine (so it shares steps and the prefix cache with every other request) and
 * {@link CollectedChoices#collect} waits for it under the request timeout, recording the serving metrics. Input and
 * output rails are the caller's: it knows which parts of its prompt came from the user.
 */
public final class PromptCompleter {

    private final GenerationRunner runner;
    private final GenerationMetrics metrics;

    PromptCompleter(GenerationRunner runner, GenerationMetrics metrics) {
        this.runner = runner;
        this.metrics = metrics;
    }

    /**
     * The generated text and how it ended.
     *
     * @param text the completion, stop strings cut off
     * @param finishReason OpenAI's finish reason ({@code stop} or {@code length})
     * @param usage the token counts
     */
    public record Completed(String text, String finishReason, Usage usage) {}

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
    public Completed complete(
            ServedModel model,
            int[] prompt,
            Set<Integer> stopTokens,
            List<String> stop,
            int maxTokens,
            float temperature,
            GuardrailOptions options)
            throws InterruptedException {
        GenerationParameters parameters = new GenerationParameters(
                maxTokens, temperature, 1f, 0, 0f, 1f, 0f, 0f, 1, null, stop, false, 0, false, false, null, null);
        GenerationRunner.Prompts prompts =
                new GenerationRunner.Prompts(model, List.of(prompt), stopTokens, options, List.of());
        GenerationRun run = runner.start(prompts, parameters);
        CollectedChoices collected = CollectedChoices.collect(run, prompts, metrics);
        return new Completed(
                collected.texts().getFirst(), collected.finishReasons().getFirst(), collected.usage());
    }
}
