package org.jrag.ingest.chunking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PercentileTests {

    @Test
    void interpolatesBetweenClosestRanksLikeNumpy() {
        // numpy.percentile([4, 1, 3, 2], [0, 50, 90, 100]) == [1.0, 2.5, 3.7, 4.0]
        double[] values = {4, 1, 3, 2};

        assertThat(Percentile.of(values, 0)).isEqualTo(1.0);
        assertThat(Percentile.of(values, 50)).isEqualTo(2.5);
        assertThat(Percentile.of(values, 90)).isCloseTo(3.7, within(1e-12));
        assertThat(Percentile.of(values, 100)).isEqualTo(4.0);
        assertThat(Percentile.of(new double[] {5}, 95)).isEqualTo(5.0);
    }

    @Test
    void rejectsAnEmptySampleAndPercentilesOutOfRange() {
        assertThatThrownBy(() -> Percentile.of(new double[0], 50))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("values must not be empty");
        assertThatThrownBy(() -> Percentile.of(new double[] {1}, 101))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("p must be between 0 and 100, got: 101.0");
    }
}
