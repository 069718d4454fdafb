package org.jrag.generation.openai;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jrag.generation.guard.GuardrailOptions;
import org.jrag.generation.model.ServedModel;

/**
 * Completes a prompt along the very path the OpenAI endpoints take: {@link GenerationRunner#start} submits it to the
 * model's continuous-batching engine (so it shares steps and the prefix cache with every other request) and
 * {@link CollectedChoices#collect} waits for it under the request timeout, recording the serving metrics.
 */
final class EnginePromptCompleter implements PromptCompleter {

    private final GenerationRunner runner;
    private final GenerationMetrics metrics;

    EnginePromptCompleter(GenerationRunner runner, GenerationMetrics metrics) {
        this.runner = runner;
        this.metrics = metrics;
    }

    @Override
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
                maxTokens,
                temperature,
                1f,
                0,
                0f,
                1f,
                0f,
                0f,
                1,
                null,
                stop,
                false,
                0,
                false,
                false,
                null,
                null,
                Map.of(),
                false,
                1);
        GenerationRunner.Prompts prompts =
                new GenerationRunner.Prompts(model, List.of(prompt), stopTokens, options, List.of(), null, null);
        GenerationRun run = runner.start(prompts, parameters);
        CollectedChoices collected = CollectedChoices.collect(run, prompts, metrics);
        return new Completed(
                collected.texts().getFirst(), collected.finishReasons().getFirst(), collected.usage());
    }
}
