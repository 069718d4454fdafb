package org.jrag.engine.serving;

import java.util.Objects;
import java.util.Set;
import org.jrag.engine.constrain.TokenConstraint;
import org.jrag.engine.sampling.SamplingSettings;

/**
 * One generation: the prompt's token ids, how many tokens at most, how to sample, which ids end it.
 *
 * @param prompt prompt token ids (BOS included if the model wants it), not empty; copied
 * @param maxTokens most tokens to generate, >= 1
 * @param sampling sampler settings; the seed makes stochastic sampling reproducible
 * @param stopTokens ids that end the sequence (not emitted); null means none
 * @param topLogprobs 0 for no log-probabilities, else how many alternatives per token to report (at most 20, as
 *     OpenAI's {@code top_logprobs})
 * @param constraint restricts each next token (structured output); null for none. The engine uses it as given, so
 *     pass a fresh one per request
 * @param promptLogprobs report each prompt token's log-probability given the tokens before it (scoring a text, as
 *     OpenAI's {@code echo} with {@code logprobs}): the prompt is computed in full, never taken from the prefix cache;
 *     maxTokens may then be 0
 */
public record GenerationRequest(
        int[] prompt,
        int maxTokens,
        SamplingSettings sampling,
        Set<Integer> stopTokens,
        int topLogprobs,
        TokenConstraint constraint,
        boolean promptLogprobs) {

    /** The most alternatives per token that may be asked for. */
    public static final int MAX_TOP_LOGPROBS = 20;

    public GenerationRequest {
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(sampling, "sampling");
        if (prompt.length == 0) {
            throw new IllegalArgumentException("prompt must hold at least one token");
        }
        if (maxTokens < (promptLogprobs ? 0 : 1)) {
            throw new IllegalArgumentException(
                    "maxTokens must be >= " + (promptLogprobs ? 0 : 1) + ", got: " + maxTokens);
        }
        if (topLogprobs < 0 || topLogprobs > MAX_TOP_LOGPROBS) {
            throw new IllegalArgumentException(
                    "topLogprobs must be in 0.." + MAX_TOP_LOGPROBS + ", got: " + topLogprobs);
        }
        prompt = prompt.clone();
        stopTokens = stopTokens == null ? Set.of() : Set.copyOf(stopTokens);
    }

    /** A request that does not score its prompt. */
    public GenerationRequest(
            int[] prompt,
            int maxTokens,
            SamplingSettings sampling,
            Set<Integer> stopTokens,
            int topLogprobs,
            TokenConstraint constraint) {
        this(prompt, maxTokens, sampling, stopTokens, topLogprobs, constraint, false);
    }

    /** A greedy request without stop tokens, log-probabilities or constraint. */
    public static GenerationRequest greedy(int[] prompt, int maxTokens) {
        return new GenerationRequest(prompt, maxTokens, SamplingSettings.greedy(), Set.of(), 0, null);
    }

    /** A copy of the prompt. */
    @Override
    public int[] prompt() {
        return prompt.clone();
    }

    int promptLength() {
        return prompt.length;
    }

    int promptToken(int i) {
        return prompt[i];
    }

    /**
     * Whether the sampler is plain arg max (temperature 0, no penalties), so that drafts can be verified against it: a
     * constraint does not stand in the way, since each verified position is masked after the tokens before it were
     * accepted, as without drafts.
     */
    boolean isPlainGreedy() {
        return sampling.temperature() == 0f
                && sampling.repeatPenalty() == 1f
                && sampling.frequencyPenalty() == 0f
                && sampling.presencePenalty() == 0f;
    }

    public GenerationRequest withStopTokens(Set<Integer> value) {
        return new GenerationRequest(prompt, maxTokens, sampling, value, topLogprobs, constraint, promptLogprobs);
    }

    public GenerationRequest withSampling(SamplingSettings value) {
        return new GenerationRequest(prompt, maxTokens, value, stopTokens, topLogprobs, constraint, promptLogprobs);
    }

    public GenerationRequest withTopLogprobs(int value) {
        return new GenerationRequest(prompt, maxTokens, sampling, stopTokens, value, constraint, promptLogprobs);
    }

    public GenerationRequest withConstraint(TokenConstraint value) {
        return new GenerationRequest(prompt, maxTokens, sampling, stopTokens, topLogprobs, value, promptLogprobs);
    }

    public GenerationRequest withPromptLogprobs(boolean value) {
        return new GenerationRequest(prompt, maxTokens, sampling, stopTokens, topLogprobs, constraint, value);
    }
}
