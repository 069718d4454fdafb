package org.jrag.engine.generate;

/** The outcome of one generate call: generated ids (stop token excluded) and timings. */
public record Generation(int[] tokens, StopReason stopReason, int promptTokens, long prefillNanos, long decodeNanos) {

    /** Prompt tokens per second of the prefill batch. */
    public double prefillTokensPerSecond() {
        return prefillNanos == 0 ? 0 : promptTokens * 1e9 / prefillNanos;
    }

    /** Generated tokens per second after the first (each decode step is one forward pass). */
    public double decodeTokensPerSecond() {
        int steps = Math.max(0, tokens.length - 1);
        return decodeNanos == 0 ? 0 : steps * 1e9 / decodeNanos;
    }
}
