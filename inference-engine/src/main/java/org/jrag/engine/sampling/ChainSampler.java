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
        double[] p = c.probabilities();
        double r = random.nextDouble();
        double cum = 0;
        for (int i = 0; i < c.size; i++) {
            cum += p[i];
            if (r < cum) {
                return c.ids[i];
            }
        }
        return c.ids[c.size - 1];
    }
}
