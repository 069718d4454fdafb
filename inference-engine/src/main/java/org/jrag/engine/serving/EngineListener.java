package org.jrag.engine.serving;

/**
 * Per-step events for metrics (batch size histograms). Runs on the scheduler thread after every step, so it must
 * be quick; an exception thrown here is logged and ignored. A step's streams receive their tokens and completions
 * before its listeners run, so a client may see its request complete before the step that completed it is reported.
 */
@FunctionalInterface
public interface EngineListener {
    /**
     * @param batchSequences sequences in the step's forward
     * @param batchTokens tokens in it (decode, draft and prefill tokens)
     * @param nanos wall time of the step
     */
    void stepCompleted(int batchSequences, int batchTokens, long nanos);
}
