package org.jrag.generation.openai;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jrag.engine.serving.Completion;
import org.jrag.engine.serving.FinishReason;

/**
 * The choices of a run that is not streamed, gathered until every one has finished.
 *
 * @param texts each choice's text
 * @param logprobs each choice's token log-probabilities (empty unless asked for)
 * @param finishReasons each choice's OpenAI finish reason
 * @param usage the token counts
 * @param promptLogprobs each choice's prompt tokens' log-probabilities after the first (empty unless echoed)
 * @param meanLogprobs each choice's log-probability per token (NaN unless candidates are ranked)
 */
record CollectedChoices(
        List<String> texts,
        List<List<TokenLogprob>> logprobs,
        List<String> finishReasons,
        Usage usage,
        List<List<TokenLogprob>> promptLogprobs,
        List<Double> meanLogprobs) {

    /**
     * The choices to return: of each prompt's {@code candidates} (consecutive), the {@code n} with the highest
     * log-probability per token, best first (all, in order, when there are no more candidates than n).
     */
    List<Integer> best(int candidates, int n) {
        List<Integer> kept = new ArrayList<>();
        for (int first = 0; first < texts.size(); first += candidates) {
            List<Integer> group = new ArrayList<>();
            for (int c = first; c < first + candidates; c++) {
                group.add(c);
            }
            if (candidates > n) {
                group.sort(Comparator.comparingDouble((Integer c) -> meanLogprobs.get(c))
                        .reversed());
            }
            kept.addAll(group.subList(0, n));
        }
        return kept;
    }

    /**
     * Waits for every choice of {@code run}.
     *
     * @throws GenerationTimeoutException when the request timeout cancelled the run
     * @throws GenerationFailedException when the engine failed a choice
     */
    static CollectedChoices collect(GenerationRun run, GenerationRunner.Prompts prompts, GenerationMetrics metrics)
            throws InterruptedException {
        int n = run.choices();
        List<StringBuilder> texts = new ArrayList<>(n);
        List<List<TokenLogprob>> logprobs = new ArrayList<>(n);
        List<List<TokenLogprob>> scored = new ArrayList<>(n);
        List<Double> means = new ArrayList<>(n);
        List<Completion> completions = new ArrayList<>(n);
        List<String> reasons = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            texts.add(new StringBuilder());
            logprobs.add(new ArrayList<>());
            scored.add(List.of());
            means.add(Double.NaN);
            completions.add(null);
            reasons.add(null);
        }
        while (!run.done()) {
            ChoiceEvent event;
            try {
                event = run.next();
            } catch (InterruptedException | RuntimeException e) {
                run.cancel();
                throw e;
            }
            switch (event) {
                case ChoiceEvent.Text(int index, String text, List<TokenLogprob> tokens) -> {
                    texts.get(index).append(text);
                    logprobs.get(index).addAll(tokens);
                }
                case ChoiceEvent.Prompt(int index, List<TokenLogprob> tokens) -> scored.set(index, tokens);
                case ChoiceEvent.Score(int index, double logprob, int tokens) ->
                    means.set(index, tokens == 0 ? Double.NEGATIVE_INFINITY : logprob / tokens);
                case ChoiceEvent.Finished(int index, Completion completion, boolean stopString) -> {
                    metrics.completed(completion);
                    completions.set(index, completion);
                    reasons.set(index, finishReason(completion, run.timedOut()));
                }
            }
        }
        requireSucceeded(run, completions);
        return new CollectedChoices(
                texts.stream().map(StringBuilder::toString).toList(),
                logprobs.stream().map(List::copyOf).toList(),
                List.copyOf(reasons),
                usage(prompts, completions),
                List.copyOf(scored),
                List.copyOf(means));
    }

    /**
     * Throws what ended a finished run badly: the request timeout, or the engine's failure of a choice.
     *
     * @throws GenerationTimeoutException when the request timeout cancelled the run
     * @throws GenerationFailedException when the engine failed one of {@code completions}
     */
    static void requireSucceeded(GenerationRun run, List<Completion> completions) {
        if (run.timedOut()) {
            throw new GenerationTimeoutException(run.timeout());
        }
        for (Completion c : completions) {
            if (c.reason() == FinishReason.ERROR) {
                throw new GenerationFailedException(c.error());
            }
        }
    }

    /**
     * OpenAI's finish reason: {@code stop} (stop token or string), {@code length} (max_tokens or the context);
     * a run cut short says {@code timeout}, {@code cancelled} or {@code error}.
     */
    static String finishReason(Completion completion, boolean timedOut) {
        return switch (completion.reason()) {
            case STOP -> "stop";
            case LENGTH -> "length";
            case CANCELLED -> timedOut ? "timeout" : "cancelled";
            case TIMEOUT -> "timeout";
            case ERROR -> "error";
        };
    }

    /** Prompts count once each (choice {@code i} of prompt {@code p} is index {@code p * n + i}). */
    static Usage usage(GenerationRunner.Prompts prompts, List<Completion> completions) {
        int perPrompt = completions.size() / prompts.prompts().size();
        int completionTokens = 0;
        int cached = 0;
        for (int i = 0; i < completions.size(); i++) {
            Completion c = completions.get(i);
            completionTokens += c.completionTokens();
            if (i % perPrompt == 0) {
                cached += c.cachedPromptTokens();
            }
        }
        return Usage.of(prompts.promptTokens(), completionTokens, cached);
    }
}
