package org.jrag.engine.serving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Prompt lookup, adaptive draft length and log-probabilities: the pure pieces. */
class SpeculationPartsTests {

    @Test
    void promptLookupDraftsTokensAfterLatestMatchOfTheSuffix() {
        int[] h = {5, 6, 7, 1, 5, 6, 8, 9, 5, 6};

        assertThat(PromptLookup.draft(h, h.length, 2, 3)).containsExactly(8, 9, 5);
        assertThat(PromptLookup.draft(h, h.length, 2, 1)).containsExactly(8);
    }

    @Test
    void promptLookupTakesAnEarlierMatchWhenTheLatestIsFollowedByTooFewTokens() {
        // a run of one token: the latest match of (3, 3) is followed by one token, an earlier one by the full draft
        int[] run = {7, 3, 3, 3, 3, 3, 3};
        assertThat(PromptLookup.draft(run, run.length, 2, 3)).containsExactly(3, 3, 3);
        // period 2, no match followed by max tokens: the one followed by the most
        int[] period = {9, 1, 2, 1, 2, 1, 2};
        assertThat(PromptLookup.draft(period, period.length, 2, 8)).containsExactly(1, 2, 1, 2);
    }

    @Test
    void promptLookupFallsBackToShorterSuffixes() {
        int[] h = {4, 2, 9, 3, 7, 9};

        assertThat(PromptLookup.draft(h, h.length, 3, 4)).containsExactly(3, 7, 9);
        assertThat(PromptLookup.draft(new int[] {1, 2, 3}, 3, 2, 4)).isEmpty();
    }

    @Test
    void promptLookupUsesOnlyTheValidLength() {
        int[] h = {1, 2, 1, 2, 0, 0};

        assertThat(PromptLookup.draft(h, 4, 2, 5)).containsExactly(1, 2);
    }

    @Test
    void draftLengthGrowsOnFullAcceptanceAndPausesOnMisses() {
        DraftLength d = new DraftLength(8);
        assertThat(d.next()).isEqualTo(8);

        d.record(8, 2);
        assertThat(d.next()).isEqualTo(3);
        d.record(3, 3);
        assertThat(d.next()).isEqualTo(6);
        d.record(6, 0);
        assertThat(d.next()).isZero();
        assertThat(d.next()).isZero();
        assertThat(d.next()).isEqualTo(1);
    }

    @Test
    void draftLengthPausesLongerAfterEachMissAtOne() {
        DraftLength d = new DraftLength(1);

        d.record(1, 0);
        int paused = 0;
        while (d.next() == 0) {
            paused++;
        }
        d.record(1, 0);
        int pausedAgain = 0;
        while (d.next() == 0) {
            pausedAgain++;
        }

        assertThat(paused).isEqualTo(2);
        assertThat(pausedAgain).isEqualTo(4);
    }

    @Test
    void draftLengthPauseIsCapped() {
        DraftLength d = new DraftLength(1);
        for (int i = 0; i < 20; i++) {
            d.record(1, 0);
            while (d.next() == 0) {}
        }

        d.record(1, 0);
        int paused = 0;
        while (d.next() == 0) {
            paused++;
        }

        assertThat(paused).isEqualTo(DraftLength.MAX_PAUSE);
    }

    @Test
    void draftLengthStartsShorterWhereRecentDraftsWereWrong() {
        DraftLength fresh = new DraftLength(8);
        DraftLength poor = new DraftLength(8);
        DraftLength wrong = new DraftLength(8);

        fresh.startFrom(0.9);
        poor.startFrom(0.25);
        wrong.startFrom(0);

        assertThat(fresh.next()).isEqualTo(8);
        assertThat(poor.next()).isEqualTo(4);
        assertThat(wrong.next()).isEqualTo(1);
    }

    @Test
    void logprobsAreTheLogSoftmaxWithSortedTop() {
        float[] logits = {1f, 3f, 2f, Float.NEGATIVE_INFINITY};

        TokenLogprobs lp = TokenLogprobs.of(logits, 0, 4, 2, 3);

        double z = Math.log(Math.exp(1) + Math.exp(3) + Math.exp(2));
        assertThat(lp.logprob()).isCloseTo((float) (2 - z), org.assertj.core.data.Offset.offset(1e-6f));
        assertThat(lp.topTokens()).containsExactly(1, 2, 0);
        assertThat(lp.topLogprobs()[0]).isCloseTo((float) (3 - z), org.assertj.core.data.Offset.offset(1e-6f));
        assertThat(TokenLogprobs.of(logits, 0, 4, 3, 0).logprob()).isEqualTo(Float.NEGATIVE_INFINITY);
    }

    @Test
    void logprobsReadTheirSliceOfALongerArray() {
        float[] logits = {9f, 9f, 0f, 1f};

        TokenLogprobs lp = TokenLogprobs.of(logits, 2, 2, 1, 1);

        assertThat(lp.topTokens()).containsExactly(1);
        assertThat(lp.logprob())
                .isCloseTo((float) (1 - Math.log(1 + Math.E)), org.assertj.core.data.Offset.offset(1e-6f));
    }

    @Test
    void validatesSpeculationAndRequestValues() {
        assertThatThrownBy(() -> new Speculation.PromptLookup(0, 4))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ngram must be >= 1, got: 0");
        assertThatThrownBy(() -> GenerationRequest.greedy(new int[0], 4))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("prompt must hold at least one token");
        assertThatThrownBy(() -> GenerationRequest.greedy(new int[] {1}, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxTokens must be >= 1, got: 0");
        assertThatThrownBy(() -> GenerationRequest.greedy(new int[] {1}, 2).withTopLogprobs(21))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("topLogprobs must be in 0..20, got: 21");
        assertThatThrownBy(() -> EngineOptions.defaults(0, 128))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("kvBlocks must be > 0, got: 0");
    }
}
