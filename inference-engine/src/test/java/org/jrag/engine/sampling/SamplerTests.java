package org.jrag.engine.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SamplerTests {
    private static final float[] LOGITS = {1f, 3f, 2f, -1f, 2.9f};
    private static final int[] NO_HISTORY = new int[0];

    @Test
    void greedyPicksTheArgMax() {
        assertThat(TokenSampler.of(SamplingSettings.greedy()).sample(LOGITS, NO_HISTORY, 0))
                .isEqualTo(1);
    }

    @Test
    void drawPicksTheCandidateWhoseCumulativeProbabilityPassesTheDraw() {
        Candidates c = new Candidates(new float[] {0f, 0f, 0f, 0f});
        double[] p = {0.25, 0.25, 0.25, 0.25};

        assertThat(ChainSampler.draw(c, p, 0.0)).isZero();
        assertThat(ChainSampler.draw(c, p, 0.3)).isEqualTo(1);
        assertThat(ChainSampler.draw(c, p, 0.99)).isEqualTo(3);
    }

    @Test
    void drawFallsBackToTheLastCandidateWithANonZeroProbability() {
        // rounding left the sum below the draw; the last candidate was masked (probability 0) and must not win
        Candidates c = new Candidates(new float[] {0f, 0f, Float.NEGATIVE_INFINITY});
        double[] p = {0.25, 0.25, 0.0};

        assertThat(ChainSampler.draw(c, p, 0.75)).isEqualTo(1);
    }

    @Test
    void drawRejectsCandidatesWithoutAnyProbability() {
        Candidates c = new Candidates(new float[] {0f, 0f});

        assertThatThrownBy(() -> ChainSampler.draw(c, new double[] {0.0, 0.0}, 0.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no candidate has a non-zero probability");
    }

    @Test
    void sameSeedGivesSameTokens() {
        SamplingSettings s = new SamplingSettings(1.5f, 0, 1f, 0f, 1f, 0f, 0f, 64, 1234);
        TokenSampler a = TokenSampler.of(s);
        TokenSampler b = TokenSampler.of(s);
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            int x = a.sample(LOGITS, NO_HISTORY, 0);
            assertThat(b.sample(LOGITS, NO_HISTORY, 0)).isEqualTo(x);
            seen.add(x);
        }
        assertThat(seen).hasSizeGreaterThan(2);
    }

    @Test
    void topKOfOneIsGreedy() {
        TokenSampler s = TokenSampler.of(new SamplingSettings(2f, 1, 1f, 0f, 1f, 0f, 0f, 64, 7));
        for (int i = 0; i < 50; i++) {
            assertThat(s.sample(LOGITS, NO_HISTORY, 0)).isEqualTo(1);
        }
    }

    @Test
    void topKKeepsTheKBest() {
        Candidates c = new Candidates(LOGITS);
        new CandidateFilter.TopK(2).apply(c, NO_HISTORY, 0);
        assertThat(c.size()).isEqualTo(2);
        assertThat(new int[] {c.id(0), c.id(1)}).containsExactly(1, 4);
    }

    @Test
    void topPKeepsTheSmallestPrefixReachingP() {
        // probabilities of {3, 2.9, 2, 1, -1}: 0.412, 0.373, 0.152, 0.056, 0.008 (two best: 0.785)
        Candidates c = new Candidates(LOGITS);
        new CandidateFilter.TopP(0.78f).apply(c, NO_HISTORY, 0);
        assertThat(c.size()).isEqualTo(2);
        Candidates d = new Candidates(LOGITS);
        new CandidateFilter.TopP(0.79f).apply(d, NO_HISTORY, 0);
        assertThat(d.size()).isEqualTo(3);
    }

    @Test
    void minPDropsTokensBelowAFractionOfTheBest() {
        // p_i / p_max = exp(l_i - 3): 1, 0.905, 0.368, 0.135, 0.018
        Candidates c = new Candidates(LOGITS);
        new CandidateFilter.MinP(0.3f).apply(c, NO_HISTORY, 0);
        assertThat(c.size()).isEqualTo(3);
        assertThat(c.id(2)).isEqualTo(2);
    }

    @Test
    void penaltiesFollowLlamaCpp() {
        // token 1 seen twice, token 3 once
        Candidates c = new Candidates(LOGITS);
        new CandidateFilter.Penalties(2f, 0.5f, 0.25f, 64).apply(c, new int[] {1, 3, 1}, 3);
        assertThat(c.logit(1)).isEqualTo(3f / 2f - 2 * 0.5f - 0.25f);
        assertThat(c.logit(3)).isEqualTo(-1f * 2f - 0.5f - 0.25f);
        assertThat(c.logit(0)).isEqualTo(1f);
    }

    @Test
    void penaltiesOnlyLookAtTheLastN() {
        Candidates c = new Candidates(LOGITS);
        new CandidateFilter.Penalties(2f, 0f, 0f, 1).apply(c, new int[] {1, 3}, 2);
        assertThat(c.logit(1)).isEqualTo(3f);
        assertThat(c.logit(3)).isEqualTo(-2f);
    }

    @Test
    void rejectsInvalidSettings() {
        assertThatThrownBy(() -> new SamplingSettings(-1f, 0, 1f, 0f, 1f, 0f, 0f, 64, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("temperature must be >= 0, got: -1.0");
        assertThatThrownBy(() -> new SamplingSettings(1f, 0, 0f, 0f, 1f, 0f, 0f, 64, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("topP must be in (0, 1], got: 0.0");
    }
}
