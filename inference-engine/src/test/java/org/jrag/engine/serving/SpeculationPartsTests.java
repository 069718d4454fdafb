package org.jrag.engine.serving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Prompt lookup, adaptive draft length, step cost and log-probabilities: the pure pieces. */
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
    void draftsTokenJOnlyWhileItsChanceOfAcceptanceBeatsItsCost() {
        // q^j > cost: 0.9^6 = 0.53 > 0.5 > 0.9^7 = 0.48
        assertThat(DraftLength.worthDrafting(0.9, 0.5, 16)).isEqualTo(6);
        assertThat(DraftLength.worthDrafting(0.9, 0.5, 4)).isEqualTo(4);
        assertThat(DraftLength.worthDrafting(0.99, 0.05, 8)).isEqualTo(8);
        assertThat(DraftLength.worthDrafting(0.5, 0.6, 8)).isZero();
        assertThat(DraftLength.worthDrafting(1, 1, 8)).isZero();
    }

    @Test
    void draftLengthDoublesWithEachFullyAcceptedDraftAndShrinksToTheAcceptedCount() {
        DraftLength d = new DraftLength(8);
        assertThat(d.next(0.1)).isEqualTo(1);
        d.record(1, 1);
        assertThat(d.next(0.1)).isEqualTo(2);
        d.record(2, 2);
        assertThat(d.next(0.1)).isEqualTo(4);
        d.record(4, 4);
        assertThat(d.next(0.1)).isEqualTo(8);
        d.record(8, 8);
        assertThat(d.next(0.1)).isEqualTo(8);

        d.record(8, 2);

        assertThat(d.next(0.1)).isEqualTo(3);
    }

    @Test
    void sameHistoryDraftsLessOrNothingWhereVerifiedTokensCostMore() {
        // 15 of 16 tried tokens accepted recently (older ones weighing less): q about 0.92
        DraftLength cheap = new DraftLength(8);
        DraftLength dear = new DraftLength(8);
        for (DraftLength d : List.of(cheap, dear)) {
            d.record(4, 4);
            d.record(8, 8);
            d.record(8, 3);
        }
        assertThat(cheap.acceptance()).isBetween(0.9, 0.95);

        assertThat(cheap.next(0.1)).isEqualTo(4);
        assertThat(dear.next(0.8)).isEqualTo(2);
        assertThat(new DraftLength(8).next(1.0)).isZero();
    }

    @Test
    void drafterThatIsAlwaysWrongPausesLongerEachTimeThenProbesWithAShadowDraft() {
        DraftLength d = new DraftLength(4);
        d.startFrom(0, 0);
        List<Integer> pauses = new ArrayList<>();
        for (int probe = 0; probe < 9; probe++) {
            int paused = 0;
            int length;
            while ((length = d.next(0.5)) == 0) {
                paused++;
            }
            assertThat(length).isEqualTo(DraftLength.SHADOW);
            d.record(1, 0);
            pauses.add(paused);
        }

        assertThat(pauses).containsExactly(2, 4, 8, 16, 32, 64, 64, 64, 64);
        assertThat(DraftLength.MAX_PAUSE).isEqualTo(64);
    }

    @Test
    void shadowProbesThatHitBringDraftingBack() {
        DraftLength d = new DraftLength(4);
        d.startFrom(0, 0);
        int verified = 0;
        for (int step = 0; step < 200 && verified == 0; step++) {
            int next = d.next(0.5);
            if (next == DraftLength.SHADOW) {
                d.record(1, 1); // the drafter now predicts the step's token
            } else if (next > 0) {
                verified = next;
            }
        }

        assertThat(verified).isPositive();
    }

    @Test
    void anAcceptedProbeEndsThePause() {
        DraftLength d = new DraftLength(4);
        d.startFrom(0, 5);
        assertThat(d.next(0.5)).isZero(); // a pause of 63 steps starts
        assertThat(d.next(0.01)).isZero();

        d.record(1, 1); // a free probe during the pause (prompt lookup) hit

        assertThat(d.next(0.01)).isPositive();
    }

    @Test
    void draftLengthStartsFromTheEnginesRecentAcceptance() {
        DraftLength fresh = new DraftLength(8);
        DraftLength wrong = new DraftLength(8);

        fresh.startFrom(0.9, 0);
        wrong.startFrom(0, 0);

        assertThat(fresh.acceptance()).isCloseTo(0.9, within(1e-12));
        assertThat(fresh.next(0.5)).isEqualTo(1);
        assertThat(wrong.next(0.5)).isZero();
    }

    @Test
    void newSequenceAfterLongPausesStartsWithTheLongestPause() {
        DraftLength after = new DraftLength(4);
        DraftLength alone = new DraftLength(4);
        after.startFrom(0, 6);
        alone.startFrom(0, 0);

        assertThat(pauseBeforeFirstProbe(after)).isEqualTo(DraftLength.MAX_PAUSE);
        assertThat(pauseBeforeFirstProbe(alone)).isEqualTo(2);
        after.record(1, 1);
        assertThat(after.misses()).isZero();
    }

    private static int pauseBeforeFirstProbe(DraftLength d) {
        int paused = 0;
        while (d.next(0.5) == 0) {
            paused++;
        }
        return paused;
    }

    @Test
    void stepCostFitsTimeAsFixedPlusPerTokenAndPricesOneMoreToken() {
        StepCost cost = new StepCost();
        assertThat(cost.perTokenShare(1)).isEqualTo(StepCost.UNKNOWN);
        for (int i = 0; i < 5; i++) {
            cost.record(1, 30_000);
        }
        // only one step size seen: no slope yet
        assertThat(cost.perTokenShare(1)).isEqualTo(StepCost.UNKNOWN);

        for (int i = 0; i < 20; i++) {
            cost.record(1 + i % 4, 20_000 + 10_000L * (1 + i % 4));
        }
        cost.record(2, 5_000_000); // descheduled: ignored

        // a = 20 us, b = 10 us: one more token in a 1-token step adds 10 of 30 us, in an 8-token step 80 of 100
        assertThat(cost.perTokenShare(1)).isCloseTo(1.0 / 3, within(1e-6));
        assertThat(cost.perTokenShare(8)).isCloseTo(0.8, within(1e-6));
    }

    @Test
    void stepCostForgetsADearFitOnceStepsOfOneSizeOutweighIt() {
        // given a fit over a noisy stretch that prices one more token at a whole step (a = 0, b = 30 us)
        StepCost cost = new StepCost();
        for (int i = 0; i < 20; i++) {
            cost.record(1 + i % 2, 10_000 + 30_000L * (i % 2));
        }
        assertThat(cost.perTokenShare(1)).isEqualTo(1.0);
        assertThat(DraftLength.worthDrafting(0.9, cost.perTokenShare(1), 8)).isZero();

        // when drafting stops, so that every step runs one token
        for (int i = 0; i < 300; i++) {
            cost.record(1, 10_000);
        }

        // then the fit no one can confirm is dropped, and well-accepted drafts are priced as unknown again
        assertThat(cost.perTokenShare(1)).isEqualTo(StepCost.UNKNOWN);
        assertThat(DraftLength.worthDrafting(0.9, cost.perTokenShare(1), 8)).isPositive();
    }

    @Test
    void stepCostStopsDraftingOnlyWhenSeveralStepsShowDraftsDoNotPay() {
        // given one-token steps of 10 us and one verification step of 5 tokens that took 60 us (the worker woke
        // from its park): a line through them prices one more token at a whole step
        StepCost cost = new StepCost();
        for (int i = 0; i < 30; i++) {
            cost.record(1, 10_000);
        }
        cost.record(5, 60_000);

        // then one step is not enough to stop drafts that are mostly right
        assertThat(cost.perTokenShare(1)).isEqualTo(StepCost.UNKNOWN);
        assertThat(DraftLength.worthDrafting(0.93, cost.perTokenShare(1), 8)).isPositive();

        // when more verification steps cost as much
        cost.record(5, 60_000);
        cost.record(1, 10_000);
        cost.record(5, 60_000);

        // then drafting stops
        assertThat(cost.perTokenShare(1)).isEqualTo(1.0);
        assertThat(DraftLength.worthDrafting(0.93, cost.perTokenShare(1), 8)).isZero();
    }

    @Test
    void stepCostDrawsAConvexFitFromTheSmallestSteps() {
        // given 1-token steps of 49 us among verification steps dearer per token the longer they are (stories260K in
        // ServingBench: 5 tokens 110 us, 9 tokens 266, 16 tokens 468), whose line through all steps crosses zero
        StepCost cost = new StepCost();
        long[][] steps = {{1, 49_000}, {5, 110_000}, {9, 266_000}, {16, 468_000}};
        for (int i = 0; i < 60; i++) {
            long[] step = steps[i % steps.length];
            cost.record((int) step[0], step[1]);
        }

        // then one more token in a 1-token step is priced from the 1-token steps (a = 22, b = 27 us): about half a
        // step, not a whole one
        assertThat(cost.perTokenShare(1)).isBetween(0.5, 0.6);
        // so drafts accepted 93 % of the time stay worth several tokens
        assertThat(DraftLength.worthDrafting(0.93, cost.perTokenShare(1), 16)).isGreaterThanOrEqualTo(4);
    }

    @Test
    void stepCostNeverPricesADraftedTokenAsFree() {
        StepCost cost = new StepCost();
        for (int i = 0; i < 20; i++) {
            cost.record(1 + i % 2, 50_000 - 1_000L * (i % 2)); // noise: two tokens measured no dearer than one
        }

        assertThat(cost.perTokenShare(1)).isEqualTo(StepCost.FLOOR);
        // so drafts of near-zero acceptance stop
        assertThat(DraftLength.worthDrafting(0.05, cost.perTokenShare(1), 8)).isZero();
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
