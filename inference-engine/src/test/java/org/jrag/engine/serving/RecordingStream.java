package org.jrag.engine.serving;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.IntPredicate;

/** A TokenStream that records tokens, log-probabilities and the completion, optionally stopping on a predicate. */
final class RecordingStream implements TokenStream {
    final List<Integer> tokens = new ArrayList<>();
    final List<TokenLogprobs> logprobs = new ArrayList<>();
    /** Prompt positions and their log-probabilities, in the order reported. */
    final List<Integer> promptPositions = new ArrayList<>();

    final List<TokenLogprobs> promptLogprobs = new ArrayList<>();
    final CompletableFuture<Completion> done = new CompletableFuture<>();
    private final IntPredicate onToken;
    volatile int completions;

    RecordingStream() {
        this(t -> true);
    }

    RecordingStream(IntPredicate onToken) {
        this.onToken = onToken;
    }

    @Override
    public synchronized boolean onToken(int token, TokenLogprobs lp) {
        tokens.add(token);
        logprobs.add(lp);
        return onToken.test(token);
    }

    @Override
    public synchronized void onPromptToken(int position, TokenLogprobs lp) {
        promptPositions.add(position);
        promptLogprobs.add(lp);
    }

    @Override
    public void onComplete(Completion completion) {
        completions++;
        done.complete(completion);
    }

    Completion await() {
        try {
            return done.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("no completion within 30 s", e);
        }
    }

    synchronized int[] tokenArray() {
        return tokens.stream().mapToInt(Integer::intValue).toArray();
    }
}
