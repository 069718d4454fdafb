package org.jrag.retrieval.dense;

import java.util.List;

/**
 * PostgreSQL's plan for a search's dense query and whether the HNSW index answers it. Without it, "HNSW" results are
 * an exact scan (stale planner statistics after a bulk load, or an {@code exact} request).
 *
 * @param plan the lines of {@code EXPLAIN}
 * @param hnswIndex whether the plan scans {@link #INDEX}
 */
public record DensePlan(List<String> plan, boolean hnswIndex) {

    /** The HNSW index over {@code chunk.embedding}. */
    public static final String INDEX = "chunk_embedding_hnsw";

    public DensePlan {
        plan = List.copyOf(plan);
    }

    /** Reads the plan: does any line scan the HNSW index? */
    public static DensePlan of(List<String> plan) {
        return new DensePlan(plan, plan.stream().anyMatch(line -> line.contains("Index Scan using " + INDEX)));
    }
}
