package org.jrag.engine.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ServingBenchTests {
    private static final int BOS = 1;
    private static final int EOS = 2;

    @Test
    void placesThePassageBetweenTwoCopiesOfTheOpening() {
        int[] prompt = {BOS, 10, 11};
        int[] continuation = {20, 21, 22, 23, 24, 25, 26, 27, 28, 29};

        int[] echo = ServingBench.passageThenOpening(prompt, new int[] {10, 11}, continuation, EOS, 128);

        assertThat(echo).containsExactly(BOS, 10, 11, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 10, 11);
    }

    @Test
    void cutsThePassageAtEndOfTextAndLeavesRoomToGenerateAsMuch() {
        int[] continuation = {20, 21, 22, 23, 24, 25, 26, 27, 28, EOS, 30, 31};

        int[] echo = ServingBench.passageThenOpening(new int[] {BOS, 10}, new int[] {10}, continuation, EOS, 128);
        int[] small = ServingBench.passageThenOpening(new int[] {BOS, 10}, new int[] {10}, continuation, EOS, 13);

        assertThat(echo).containsExactly(BOS, 10, 20, 21, 22, 23, 24, 25, 26, 27, 28, 10);
        // (13 - 1 - 2) / 2 = 5 passage tokens at most: fewer than 8, no candidate
        assertThat(small).isEmpty();
    }

    @Test
    void decodeTimeCountsTimeSharedByRequestsOnce() {
        // one at a time: the intervals are apart and their lengths add up
        assertThat(ServingBench.decodeNanos(new long[] {10, 50, 30}, new long[] {20, 70, 35}))
                .isEqualTo(35);
        // side by side: overlapping and nested intervals count once, in any order
        assertThat(ServingBench.decodeNanos(new long[] {100, 90, 95, 200}, new long[] {150, 120, 110, 210}))
                .isEqualTo(70);
        // touching intervals join
        assertThat(ServingBench.decodeNanos(new long[] {0, 5}, new long[] {5, 9}))
                .isEqualTo(9);
    }
}
