package org.jrag.retrieval.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class MaximalMarginalRelevanceTests {

    private static final float[] A = {1, 0, 0};
    private static final float[] A_AGAIN = {0.99f, 0.1f, 0};
    private static final float[] B = {0, 1, 0};
    private static final float[] C = {0, 0, 1};

    @Test
    void aNearDuplicateGivesWayToAResultThatAddsSomething() {
        List<float[]> ranked = Arrays.asList(A, A_AGAIN, B, C);

        assertThat(MaximalMarginalRelevance.select(ranked, 3, 0.5)).containsExactly(0, 2, 3);
        // all relevance: the ranking as it was
        assertThat(MaximalMarginalRelevance.select(ranked, 3, 1.0)).containsExactly(0, 1, 2);
    }

    @Test
    void keepsAtMostWhatThereIsAndTreatsAMissingVectorAsLikeNothing() {
        List<float[]> ranked = Arrays.asList(A, null, A_AGAIN);

        assertThat(MaximalMarginalRelevance.select(ranked, 5, 0.5)).containsExactly(0, 1, 2);
        assertThat(MaximalMarginalRelevance.select(List.of(), 3, 0.5)).isEmpty();
        assertThat(MaximalMarginalRelevance.cosine(A, A_AGAIN)).isBetween(0.99, 1.0);
        assertThat(MaximalMarginalRelevance.cosine(A, new float[] {0, 0, 0})).isZero();
    }
}
