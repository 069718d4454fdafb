package org.jrag.retrieval.rerank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RerankDepthTests {

    @Test
    void probesWithAFewCandidatesBeforeTheFirstMeasurement() {
        var depth = new RerankDepth(50, 8);

        assertThat(depth.depth(Duration.ofMillis(300), 1)).isEqualTo(8);
        assertThat(depth.millisPerCandidate()).isNaN();
    }

    @Test
    void fitsTheBudgetAtTheMeasuredCostPerCandidate() {
        // given 8 candidates took 80 ms: 10 ms each
        var depth = new RerankDepth(50, 8);
        depth.record(8, Duration.ofMillis(80));

        // then 300 ms fit 30, 1 s is capped at 50, and 5 ms still re-ranks the floor
        assertThat(depth.depth(Duration.ofMillis(300), 1)).isEqualTo(30);
        assertThat(depth.depth(Duration.ofSeconds(1), 1)).isEqualTo(50);
        assertThat(depth.depth(Duration.ofMillis(5), 1)).isEqualTo(1);
        assertThat(depth.depth(Duration.ofMillis(5), 4)).isEqualTo(4);
    }

    @Test
    void followsTheCostWithAMovingAverage() {
        // given 10 ms per candidate, then one slow run at 60 ms per candidate
        var depth = new RerankDepth(100, 8);
        depth.record(10, Duration.ofMillis(100));
        depth.record(10, Duration.ofMillis(600));

        // then 0.2 * 60 + 0.8 * 10 = 20 ms per candidate
        assertThat(depth.millisPerCandidate()).isEqualTo(20.0);
        assertThat(depth.depth(Duration.ofMillis(400), 1)).isEqualTo(20);
    }

    @Test
    void rejectsAProbeDeeperThanTheMaximum() {
        assertThatThrownBy(() -> new RerankDepth(5, 8))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("probeDepth must be in [1, 5], got: 8");
    }
}
