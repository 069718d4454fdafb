package org.jrag.engine.sampling;

/** Picks the next token from the logits of the last position. */
@FunctionalInterface
public interface TokenSampler {
    /**
     * @param logits one score per vocabulary entry (not modified)
     * @param history the sequence so far (prompt and generated), of which the first {@code length} are valid
     */
    int sample(float[] logits, int[] history, int length);

    /** Greedy when temperature is 0, else the penalties/top-k/top-p/min-p/temperature chain with a seeded RNG. */
    static TokenSampler of(SamplingSettings s) {
        return s.temperature() == 0f && !s.hasPenalties() ? new GreedySampler() : new ChainSampler(s);
    }
}
