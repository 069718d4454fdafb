package org.jrag.engine.sampling;

/**
 * How the next token is chosen. temperature 0 means greedy; topK 0, topP 1, minP 0 and penalties 1/0/0 turn the
 * respective stage off. Penalties look at the last {@code penaltyLastN} tokens (prompt included).
 */
public record SamplingSettings(
        float temperature,
        int topK,
        float topP,
        float minP,
        float repeatPenalty,
        float frequencyPenalty,
        float presencePenalty,
        int penaltyLastN,
        long seed) {

    public SamplingSettings {
        if (!(temperature >= 0)) {
            throw new IllegalArgumentException("temperature must be >= 0, got: " + temperature);
        }
        if (topK < 0) {
            throw new IllegalArgumentException("topK must be >= 0, got: " + topK);
        }
        if (!(topP > 0 && topP <= 1)) {
            throw new IllegalArgumentException("topP must be in (0, 1], got: " + topP);
        }
        if (!(minP >= 0 && minP < 1)) {
            throw new IllegalArgumentException("minP must be in [0, 1), got: " + minP);
        }
        if (!(repeatPenalty > 0)) {
            throw new IllegalArgumentException("repeatPenalty must be > 0, got: " + repeatPenalty);
        }
        if (penaltyLastN < 0) {
            throw new IllegalArgumentException("penaltyLastN must be >= 0, got: " + penaltyLastN);
        }
    }

    public static SamplingSettings greedy() {
        return new SamplingSettings(0f, 0, 1f, 0f, 1f, 0f, 0f, 64, 0);
    }

    /** llama.cpp's defaults: temp 0.8, top-k 40, top-p 0.95, min-p 0.05, no penalties. */
    public static SamplingSettings defaults(long seed) {
        return new SamplingSettings(0.8f, 40, 0.95f, 0.05f, 1f, 0f, 0f, 64, seed);
    }

    public SamplingSettings withTemperature(float t) {
        return new SamplingSettings(
                t, topK, topP, minP, repeatPenalty, frequencyPenalty, presencePenalty, penaltyLastN, seed);
    }

    public SamplingSettings withSeed(long s) {
        return new SamplingSettings(
                temperature, topK, topP, minP, repeatPenalty, frequencyPenalty, presencePenalty, penaltyLastN, s);
    }

    boolean hasPenalties() {
        return repeatPenalty != 1f || frequencyPenalty != 0f || presencePenalty != 0f;
    }
}
