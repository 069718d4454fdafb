package org.jrag.eval.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RankingMetricsTests {

    private static final double LOG2_3 = Math.log(3) / Math.log(2);
    private static final double LOG2_4 = 2;

    @Test
    void ndcgUsesLinearGainsAndLog2Discounts() {
        // given graded judgements a=2, b=1, c=0 (judged not relevant) and a ranking c, b, x, a
        Map<String, Integer> judged = Map.of("a", 2, "b", 1, "c", 0);
        List<String> ranking = List.of("c", "b", "x", "a");

        // when
        double ndcg = RankingMetrics.ndcgAtK(ranking, judged, 10);

        // then DCG = 1/log2(3) + 2/log2(5); ideal = 2/log2(2) + 1/log2(3)
        double dcg = 1 / LOG2_3 + 2 / (Math.log(5) / Math.log(2));
        double idcg = 2 + 1 / LOG2_3;
        assertThat(ndcg).isCloseTo(dcg / idcg, within(1e-12));
        assertThat(ndcg).isCloseTo(0.5672, within(1e-4));
    }

    @Test
    void ndcgCutsBothTheRankingAndTheIdealAtK() {
        Map<String, Integer> judged = Map.of("a", 1, "b", 1, "c", 1);

        // only the first two ranks count, and the ideal has two relevant documents there too
        assertThat(RankingMetrics.ndcgAtK(List.of("x", "a", "b"), judged, 2))
                .isCloseTo((1 / LOG2_3) / (1 + 1 / LOG2_3), within(1e-12));
        assertThat(RankingMetrics.ndcgAtK(List.of("a", "b", "c"), judged, 3)).isEqualTo(1.0);
        assertThat(RankingMetrics.ndcgAtK(List.of("x", "y"), judged, 10)).isZero();
    }

    @Test
    void repeatedDocumentsCountOnceAtTheirFirstRank() {
        Map<String, Integer> judged = Map.of("a", 1, "b", 1);

        // a, a, b is scored as a, b
        assertThat(RankingMetrics.ndcgAtK(List.of("a", "a", "b"), judged, 10)).isEqualTo(1.0);
        assertThat(RankingMetrics.recallAtK(List.of("a", "a", "b"), judged, 2)).isEqualTo(1.0);
    }

    @Test
    void noRelevantJudgementScoresZero() {
        assertThat(RankingMetrics.ndcgAtK(List.of("a"), Map.of("a", 0), 10)).isZero();
        assertThat(RankingMetrics.recallAtK(List.of("a"), Map.of("a", 0), 100)).isZero();
        assertThat(RankingMetrics.reciprocalRankAtK(List.of("a"), Map.of(), 10)).isZero();
    }

    @Test
    void recallIsTheShareOfRelevantDocumentsInTheTopK() {
        Map<String, Integer> judged = Map.of("a", 1, "b", 2, "c", 1, "d", 0);

        assertThat(RankingMetrics.recallAtK(List.of("d", "a", "x", "b"), judged, 100))
                .isCloseTo(2.0 / 3, within(1e-12));
        assertThat(RankingMetrics.recallAtK(List.of("d", "a", "x", "b"), judged, 3))
                .isCloseTo(1.0 / 3, within(1e-12));
    }

    @Test
    void reciprocalRankIsOneOverTheFirstRelevantRankWithinK() {
        Map<String, Integer> judged = Map.of("a", 1, "b", 0);

        assertThat(RankingMetrics.reciprocalRankAtK(List.of("b", "x", "a"), judged, 10))
                .isCloseTo(1.0 / 3, within(1e-12));
        assertThat(RankingMetrics.reciprocalRankAtK(List.of("a"), judged, 10)).isEqualTo(1.0);
        assertThat(RankingMetrics.reciprocalRankAtK(List.of("b", "x", "a"), judged, 2))
                .isZero();
    }

    @Test
    void overlapMeasuresApproximateAgainstExactTopK() {
        List<String> exact = List.of("1", "2", "3", "4");

        assertThat(RankingMetrics.overlapAtK(List.of("2", "1", "9", "4"), exact, 4))
                .isEqualTo(0.75);
        assertThat(RankingMetrics.overlapAtK(List.of("1", "2"), exact, 2)).isEqualTo(1.0);
        assertThat(RankingMetrics.overlapAtK(List.of(), List.of(), 10)).isEqualTo(1.0);
        assertThat(RankingMetrics.overlapAtK(List.of("9"), exact, 10)).isZero();
        // fewer than k exact neighbours (a small collection): the denominator is what exists
        assertThat(RankingMetrics.overlapAtK(List.of("1", "9"), List.of("1", "2"), 10))
                .isEqualTo(0.5);
    }

    @Test
    void rejectsANonPositiveCutoff() {
        assertThatThrownBy(() -> RankingMetrics.ndcgAtK(List.of(), Map.of(), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("k must be >= 1, got: 0");
    }

    @Test
    void discountAtRankThreeIsLog2OfFour() {
        // a single relevant document at rank 3 of 3 with one relevant in total: 1/log2(4) / 1
        assertThat(RankingMetrics.ndcgAtK(List.of("x", "y", "a"), Map.of("a", 1), 10))
                .isCloseTo(1 / LOG2_4, within(1e-12));
    }
}
