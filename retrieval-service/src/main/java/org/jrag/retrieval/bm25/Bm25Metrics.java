package org.jrag.retrieval.bm25;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whether the BM25 index keeps up with the change log, for alerts: {@code rag.retrieval.bm25.lag} (the changes logged
 * that the index has not applied, read from the database at each scrape; NaN while it cannot be read) and {@code
 * rag.retrieval.bm25.failing} (1 while the indexer's polls fail).
 */
@Component
class Bm25Metrics {

    Bm25Metrics(ChangeLogIndexer indexer, Bm25Index index, JdbcClient jdbc, MeterRegistry registry) {
        Gauge.builder("rag.retrieval.bm25.lag", () -> {
                    try {
                        long newest = jdbc.sql("SELECT coalesce(max(seq), 0) FROM change_log")
                                .query(Long.class)
                                .single();
                        return (double) Math.max(0, newest - index.lastSeq());
                    } catch (RuntimeException e) {
                        return Double.NaN;
                    }
                })
                .description("Changes logged that the BM25 index has not applied yet")
                .register(registry);
        Gauge.builder("rag.retrieval.bm25.failing", () -> indexer.failing() ? 1.0 : 0.0)
                .description("Whether the BM25 indexer's polls of the change log fail (1) or not (0)")
                .register(registry);
    }
}
