package org.jrag.ingest.statistics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.jrag.ingest.upkeep.BackgroundTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the planner's statistics of {@code chunk} and {@code document} current, so that the dense query keeps using
 * the HNSW index. Without an ANALYZE after a bulk load the planner underestimates a collection's rows (a never-analyzed
 * table gets default selectivities) and answers {@code ORDER BY embedding <=> :v LIMIT k} with a bitmap scan and a
 * sort: an exact scan of every vector, ten to forty times slower. Autovacuum would analyze the tables, but it may be
 * off or lag behind a bulk load, so every {@code rag.ingest.statistics.check-interval} (once at start-up, and soon
 * after {@code check-after-chunks} committed chunks) this reads {@code pg_stat_user_tables} and analyzes each table
 * whose changes since its last analyze pass autovacuum's rule, or that has rows and was never analyzed. Every instance checks; a second ANALYZE finds nothing
 * to do, so instances need no coordination.
 */
@Component
public class TableStatistics implements SmartLifecycle {

    /** The tables the search queries read. */
    static final List<String> TABLES = List.of("chunk", "document");

    /**
     * How long after a commit the check waits: a backend reports its changes to {@code pg_stat_user_tables} once idle,
     * at most once a second, so a check at once would still see the tables as before the load.
     */
    static final Duration COLLECTOR_DELAY = Duration.ofSeconds(2);

    private static final Logger log = LoggerFactory.getLogger(TableStatistics.class);

    private final JdbcClient jdbc;
    private final TableStatisticsProperties properties;
    private final MeterRegistry registry;
    private final AtomicLong chunksSinceCheck = new AtomicLong();
    private final BackgroundTask checks = new BackgroundTask("ingest-table-statistics", this::checkLogged);

    TableStatistics(JdbcClient jdbc, TableStatisticsProperties properties, MeterRegistry registry) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.registry = registry;
    }

    /** One table's row counts as the statistics collector last reported them. */
    record TableActivity(String table, long liveRows, long modifiedSinceAnalyze, boolean neverAnalyzed) {}

    /** Analyzes every table that needs it now; returns the tables analyzed. */
    List<String> check() {
        List<TableActivity> activity = jdbc.sql("""
                        SELECT relname, n_live_tup, n_mod_since_analyze,
                               last_analyze IS NULL AND last_autoanalyze IS NULL
                        FROM pg_stat_user_tables
                        WHERE schemaname = current_schema() AND relname IN (:tables)
                        """)
                .param("tables", TABLES)
                .query((rs, row) -> new TableActivity(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getBoolean(4)))
                .list();
        List<String> analyzed = new ArrayList<>();
        for (TableActivity table : activity) {
            if (properties.needsAnalyze(table.liveRows(), table.modifiedSinceAnalyze(), table.neverAnalyzed())) {
                long started = System.nanoTime();
                // the name comes from TABLES, never from input
                jdbc.sql("ANALYZE " + table.table()).update();
                analyzedCounter(table.table()).increment();
                analyzed.add(table.table());
                log.info(
                        "Analyzed {}: {} of {} rows changed since its last analyze ({} ms)",
                        table.table(),
                        table.modifiedSinceAnalyze(),
                        table.liveRows(),
                        (System.nanoTime() - started) / 1_000_000);
            }
        }
        return analyzed;
    }

    /**
     * Uploads and jobs report the chunks they committed; past {@code check-after-chunks} since the last such check,
     * one runs on the maintenance thread {@link #COLLECTOR_DELAY} later instead of at the next interval.
     */
    public void chunksCommitted(long chunks) {
        if (chunks <= 0 || chunksSinceCheck.addAndGet(chunks) < properties.checkAfterChunks()) {
            return;
        }
        chunksSinceCheck.set(0);
        checks.runOnceIn(COLLECTOR_DELAY);
    }

    private Counter analyzedCounter(String table) {
        return Counter.builder("rag.ingest.statistics.analyze")
                .description("ANALYZE runs started by ingest because a table's statistics were stale, by table")
                .tag("table", table)
                .register(registry);
    }

    /** A failed check (the database away for a moment) is logged and tried again at the next interval. */
    private void checkLogged() {
        try {
            check();
        } catch (RuntimeException e) {
            log.warn(
                    "Checking the planner statistics of {} failed; retrying in {}",
                    TABLES,
                    properties.checkInterval(),
                    e);
        }
    }

    @Override
    public void start() {
        if (properties.enabled()) {
            checks.start(Duration.ZERO, properties.checkInterval());
        }
    }

    @Override
    public void stop() {
        checks.stop();
    }

    @Override
    public boolean isRunning() {
        return checks.isRunning();
    }
}
