package org.jrag.generation.generative;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.jrag.generation.openai.PromptCompleter;
import org.jrag.generation.openai.Usage;

/** A completion that hands out the pieces it was given, then ends as told: the engine left out. */
final class ScriptedGeneration implements PromptCompleter.Generation {

    private final Deque<String> pieces;
    private final PromptCompleter.Completed completed;
    private final RuntimeException failure;
    private boolean cancelled;

    private ScriptedGeneration(List<String> pieces, PromptCompleter.Completed completed, RuntimeException failure) {
        this.pieces = new ArrayDeque<>(pieces);
        this.completed = completed;
        this.failure = failure;
    }

    /** Pieces that end with {@code stop}, {@code completionTokens} tokens after a prompt of {@code promptTokens}. */
    static ScriptedGeneration of(List<String> pieces, int promptTokens, int completionTokens) {
        return new ScriptedGeneration(
                pieces,
                new PromptCompleter.Completed(
                        String.join("", pieces), "stop", Usage.of(promptTokens, completionTokens, 0)),
                null);
    }

    /** Pieces after which the completion fails with {@code failure}. */
    static ScriptedGeneration failing(List<String> pieces, RuntimeException failure) {
        return new ScriptedGeneration(pieces, null, failure);
    }

    @Override
    public String next(Duration atMost) {
        return pieces.poll();
    }

    @Override
    public boolean done() {
        return pieces.isEmpty();
    }

    @Override
    public PromptCompleter.Completed completed() {
        if (failure != null) {
            throw failure;
        }
        return completed;
    }

    @Override
    public void cancel() {
        cancelled = true;
    }

    boolean cancelled() {
        return cancelled;
    }
}
