package org.jrag.generation.openai;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jrag.engine.serving.Completion;
import org.jrag.generation.guard.GuardrailOptions;
import org.jrag.generation.model.ServedModel;

/**
 * Completes a prompt along the very path the OpenAI endpoints take: {@link GenerationRunner#start} submits it to the
 * model's continuous-batching engine (so it shares steps and the prefix cache with every other request) and the
 * {@link GenerationRun} hands its text on as it comes, under the request timeout, recording the serving metrics.
 */
final class EnginePromptCompleter implements PromptCompleter {

    private final GenerationRunner runner;
    private final GenerationMetrics metrics;

    EnginePromptCompleter(GenerationRunner runner, GenerationMetrics metrics) {
        this.runner = runner;
        this.metrics = metrics;
    }

    @Override
    public Generation start(
            ServedModel model,
            int[] prompt,
            Set<Integer> stopTokens,
            List<String> stop,
            int maxTokens,
            float temperature,
            GuardrailOptions options) {
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
        return new EngineGeneration(runner.start(prompts, parameters), prompts);
    }

    /** The one choice of a run, read as it is generated. */
    private final class EngineGeneration implements Generation {

        private final GenerationRun run;
        private final GenerationRunner.Prompts prompts;
        private final StringBuilder text = new StringBuilder();
        private Completion completion;

        EngineGeneration(GenerationRun run, GenerationRunner.Prompts prompts) {
            this.run = run;
            this.prompts = prompts;
        }

        @Override
        public String next(Duration atMost) throws InterruptedException {
            if (run.done()) {
                return null;
            }
            ChoiceEvent event = run.next(atMost);
            return switch (event) {
                case null -> null;
                case ChoiceEvent.Text piece -> {
                    text.append(piece.text());
                    yield piece.text();
                }
                case ChoiceEvent.Finished finished -> {
                    completion = finished.completion();
                    metrics.completed(completion);
                    yield null;
                }
                // a plain completion neither echoes its prompt nor ranks candidates
                case ChoiceEvent.Prompt prompt -> "";
                case ChoiceEvent.Score score -> "";
            };
        }

        @Override
        public boolean done() {
            return run.done();
        }

        @Override
        public Completed completed() {
            if (!run.done()) {
                throw new IllegalStateException("the completion has not ended yet");
            }
            CollectedChoices.requireSucceeded(run, List.of(completion));
            return new Completed(
                    text.toString(),
                    CollectedChoices.finishReason(completion, false),
                    CollectedChoices.usage(prompts, List.of(completion)));
        }

        @Override
        public void cancel() {
            run.cancel();
        }
    }
}
