package org.jrag.engine.serving;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TrapLimitTests {

    @Test
    void aLimitBelowTheRecommendedOneIsReportedWithTheFlagThatRaisesIt() {
        // given HotSpot's default limit, one below the recommended one, the recommended one and more
        // then the lower two get a warning naming the limit and the flag, the others none
        assertThat(TrapLimit.warning(100))
                .hasValueSatisfying(
                        w -> assertThat(w).contains("PerMethodTrapLimit=100:", "-XX:PerMethodTrapLimit=10000"));
        assertThat(TrapLimit.warning(9_999)).isPresent();
        assertThat(TrapLimit.warning(10_000)).isEmpty();
        assertThat(TrapLimit.warning(1_000_000)).isEmpty();
    }

    @Test
    void theBuildRunsItsTestsWithTheFlag() {
        // given this JVM, started by the build with jrag.jvm.flags
        // then its limit reads as high enough
        assertThat(TrapLimit.warning()).isEmpty();
    }
}
