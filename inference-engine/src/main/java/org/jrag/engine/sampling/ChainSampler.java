package org.jrag.engine.sampling;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The stochastic sampler: applies the filter chain then draws from the softmax with a seeded RNG, so the same
 * seed and logits give the same tokens. With temperature 0 the chain ends in an arg max instead of a draw.
 */
public final class ChainSampler implements TokenSampler {
    private final List<CandidateFilter> filters = new ArrayList<>();
    private final SplittableRandom random;
    private final boolean greedy;

    public ChainSampler(SamplingSettings s) {
        if (s.hasPenalties()) {
            filters.add(new CandidateFilter.Penalties(
                    s.repeatPenalty(), s.frequencyPenalty(), s.presencePenalty(), s.penaltyLastN()));
        }
        greedy = s.temperature() == 0f;
        if (!greedy) {
            filters.add(new CandidateFilter.TopK(s.topK()));
            filters.add(new CandidateFilter.TopP(s.topP()));
            filters.add(new CandidateFilter.MinP(s.minP()));
            filters.add(new CandidateFilter.Temperature(s.temperature()));
        }
        random = new SplittableRandom(s.seed());
    }

    @Override
    public int sample(float[] logits, int[] history, int length) {
        Candidates c = new Candidates(logits);
        for (CandidateFilter f : filters) {
            f.apply(c, history, length);
        }
        if (greedy) {
            c.sortDescending();
            return c.ids[0];
        }
        return draw(c, c.probabilities(), random.nextDouble());
    }

    /**
     * The candidate whose cumulative probability first exceeds the uniform draw {@code r} in [0, 1). When rounding
     * leaves the total below {@code r}, the last candidate with a non-zero probability: one with probability 0 (a
     * token a constraint masked to -infinity) is never picked.
     */
    static int draw(Candidates c, double[] p, double r) {
        double cum = 0;
        int lastPossible = -1;
        for (int i = 0; i < c.size; i++) {
            if (p[i] > 0) {
                cum += p[i];
                if (r < cum) {
                    return c.ids[i];
                }
                lastPossible = i;
            }
        }
        if (lastPossible < 0) {
            throw new IllegalArgumentException("no candidate has a non-zero probability");
        }
        return c.ids[lastPossible];
    }
}
