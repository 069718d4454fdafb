package org.jrag.engine.serving;

/**
 * Per-step events for metrics (batch size histograms). Runs on the scheduler thread after every step, so it must
 * be quick; an exception thrown here is logged and ignored.
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
