package org.jrag.ingest.statistics;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When ingest refreshes the planner statistics of the tables search reads ({@code chunk}, {@code document}). The rule
 * mirrors autovacuum's analyze rule, for deployments where autovacuum is off or lags behind a bulk load.
 *
 * @param enabled whether the check runs at all
 * @param checkInterval how often each instance reads {@code pg_stat_user_tables}
 * @param threshold the rows changed since the last ANALYZE that always trigger one on top of the scaled part
 *     (autovacuum's {@code autovacuum_analyze_threshold})
 * @param scaleFactor the fraction of a table's live rows that must have changed since its last ANALYZE
 *     (autovacuum's {@code autovacuum_analyze_scale_factor})
 * @param checkAfterChunks after this many chunks committed by uploads and jobs (summed) the check runs two seconds
 *     later (once the statistics collector has seen them) instead of at the next interval
 */
@ConfigurationProperties("rag.ingest.statistics")
public record TableStatisticsProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("30s") Duration checkInterval,
        @DefaultValue("50") long threshold,
        @DefaultValue("0.1") double scaleFactor,
        @DefaultValue("1000") long checkAfterChunks) {

    public TableStatisticsProperties {
        if (checkInterval == null || checkInterval.isNegative() || checkInterval.isZero()) {
            throw new IllegalArgumentException(
                    "rag.ingest.statistics.check-interval must be positive, got: " + checkInterval);
        }
        if (threshold < 0) {
            throw new IllegalArgumentException("rag.ingest.statistics.threshold must be >= 0, got: " + threshold);
        }
        if (!(scaleFactor >= 0)) {
            throw new IllegalArgumentException("rag.ingest.statistics.scale-factor must be >= 0, got: " + scaleFactor);
        }
        if (checkAfterChunks < 1) {
            throw new IllegalArgumentException(
                    "rag.ingest.statistics.check-after-chunks must be >= 1, got: " + checkAfterChunks);
        }
    }

    /**
     * Autovacuum's analyze rule, more rows changed since the last ANALYZE than {@code threshold + scale × rows}, plus
     * any table with rows that was never analyzed: without statistics even a small {@code document} table makes the
     * planner misjudge the join and skip the HNSW index.
     */
    public boolean needsAnalyze(long liveRows, long modifiedSinceAnalyze, boolean neverAnalyzed) {
        return (neverAnalyzed && liveRows > 0) || modifiedSinceAnalyze > threshold + scaleFactor * liveRows;
    }
}
