package org.jrag.engine.serving;

/**
 * How a request ended, with its usage counts and timings (nanoseconds, all measured from submit, on one monotonic
 * clock). The engine's are consistent by construction, read in causal order on the scheduler thread after the
 * request was taken from the submit queue: {@code 0 <= queueNanos <= firstTokenNanos <= totalNanos} (without a first
 * token, {@code 0 <= queueNanos <= totalNanos}), so no duration derived from them is negative.
 *
 * @param promptTokens tokens of the prompt
 * @param completionTokens tokens generated and emitted (stop tokens not counted)
 * @param cachedPromptTokens prompt tokens whose KV came from the prefix cache
 * @param queueNanos from submit to admission (0 when never admitted)
 * @param firstTokenNanos from submit to the first emitted token (-1 when none)
 * @param totalNanos from submit to completion
 * @param error what went wrong, only for {@link FinishReason#ERROR}
 */
public record Completion(
        FinishReason reason,
        int promptTokens,
        int completionTokens,
        int cachedPromptTokens,
        long queueNanos,
        long firstTokenNanos,
        long totalNanos,
        String error) {}
