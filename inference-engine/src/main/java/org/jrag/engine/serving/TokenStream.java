package org.jrag.engine.serving;

/**
 * Receives one sequence's tokens as the scheduler produces them. Both methods run on the scheduler thread, so they
 * must not block (hand the token off to a queue); an exception thrown here ends only this sequence, with {@link
 * FinishReason#ERROR}.
 */
public interface TokenStream {
    /**
     * A generated token (never a stop token).
     *
     * @param logprobs null when the request asked for no log-probabilities
     * @return false to stop this sequence now (the caller matches stop strings on the decoded text)
     */
    boolean onToken(int token, TokenLogprobs logprobs);

    /**
     * The log-probability of prompt token {@code position} given the ones before it (requests with {@code
     * promptLogprobs}), positions 1 to the prompt's last in order, each once, before any generated token.
     */
    default void onPromptToken(int position, TokenLogprobs logprobs) {}

    /** Called exactly once per submitted request, also after cancel, timeout or error. */
    void onComplete(Completion completion);
}
