package org.jrag.ingest.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TableStatisticsPropertiesTests {

    private final TableStatisticsProperties autovacuumDefaults =
            new TableStatisticsProperties(true, Duration.ofSeconds(30), 50, 0.1, 1000);

    @Test
    void analyzesWhenChangesPassThresholdPlusScaledRows() {
        // 50 + 0.1 × 9,564 = 1,006.4
        assertThat(autovacuumDefaults.needsAnalyze(9_564, 9_564, false)).isTrue();
        assertThat(autovacuumDefaults.needsAnalyze(9_564, 1_007, false)).isTrue();
        assertThat(autovacuumDefaults.needsAnalyze(9_564, 1_006, false)).isFalse();
    }

    @Test
    void leavesSmallOrUnchangedTablesAlone() {
        assertThat(autovacuumDefaults.needsAnalyze(0, 50, false)).isFalse();
        assertThat(autovacuumDefaults.needsAnalyze(0, 51, false)).isTrue();
        assertThat(autovacuumDefaults.needsAnalyze(1_000_000, 0, false)).isFalse();
    }

    @Test
    void analyzesANeverAnalyzedTableWithRows() {
        assertThat(autovacuumDefaults.needsAnalyze(1, 1, true)).isTrue();
        assertThat(autovacuumDefaults.needsAnalyze(0, 0, true)).isFalse();
    }

    @Test
    void rejectsNegativeScaleFactor() {
        assertThatThrownBy(() -> new TableStatisticsProperties(true, Duration.ofSeconds(30), 50, -0.1, 1000))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rag.ingest.statistics.scale-factor must be >= 0, got: -0.1");
    }

    @Test
    void rejectsZeroCheckInterval() {
        assertThatThrownBy(() -> new TableStatisticsProperties(true, Duration.ZERO, 50, 0.1, 1000))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rag.ingest.statistics.check-interval must be positive, got: PT0S");
    }
}
