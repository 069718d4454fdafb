package org.jrag.eval.run;

import java.util.List;

/**
 * Guards the "HNSW recall@10 vs exact" figure: it means something only when the planner answered the HNSW side with
 * the index. With stale statistics (autovacuum off or behind a bulk load) PostgreSQL answers {@code ORDER BY
 * embedding <=> v LIMIT k} with a scan and a sort, which is exact, so the "recall" would be 1.0 for the wrong reason.
 */
public final class HnswPlanCheck {

    /** The HNSW index over {@code chunk.embedding}. */
    static final String INDEX = "chunk_embedding_hnsw";

    private HnswPlanCheck() {}

    /** Returns normally when some line of {@code plan} scans the HNSW index; throws otherwise, quoting the plan. */
    public static void requireIndexScan(List<String> plan, Integer efSearch) {
        for (String line : plan) {
            if (line.contains("Index Scan using " + INDEX)) {
                return;
            }
        }
        throw new NoHnswIndexException("the planner did not use the HNSW index " + INDEX
                + " for dense search (efSearch "
                + (efSearch == null ? "config" : efSearch) + "), so the HNSW figures would measure an exact scan:"
                + " run ANALYZE chunk; ANALYZE document; on the database (or enable autovacuum) and evaluate again."
                + " Plan:\n  " + String.join("\n  ", plan));
    }

    /** The dense search of an HNSW run was planned without the index. */
    public static final class NoHnswIndexException extends RuntimeException {
        NoHnswIndexException(String message) {
            super(message);
        }
    }
}
