package org.jrag.retrieval.rerank;

import java.time.Duration;

/**
 * How many candidates fit in a re-ranking latency budget. Keeps a moving average (EWMA, alpha 0.2) of the measured
 * cost per candidate; the depth is {@code budget / cost}, clamped to {@code [minDepth, maxDepth]}. Before the first
 * measurement it probes with {@code probeDepth} candidates, so one cold call cannot blow the budget by much.
 * Thread-safe.
 */
public final class RerankDepth {

    private static final double ALPHA = 0.2;

    private final int maxDepth;
    private final int probeDepth;
    private double nanosPerCandidate = Double.NaN;

    public RerankDepth(int maxDepth, int probeDepth) {
        if (maxDepth < 1) {
            throw new IllegalArgumentException("maxDepth must be >= 1, got: " + maxDepth);
        }
        if (probeDepth < 1 || probeDepth > maxDepth) {
            throw new IllegalArgumentException("probeDepth must be in [1, " + maxDepth + "], got: " + probeDepth);
        }
        this.maxDepth = maxDepth;
        this.probeDepth = probeDepth;
    }

    /** The number of candidates to re-rank within {@code budget}, at least {@code minDepth} (capped by maxDepth). */
    public synchronized int depth(Duration budget, int minDepth) {
        int floor = Math.min(Math.max(1, minDepth), maxDepth);
        if (Double.isNaN(nanosPerCandidate)) {
            return Math.max(floor, probeDepth);
        }
        long fit = (long) (budget.toNanos() / nanosPerCandidate);
        return (int) Math.max(floor, Math.min(maxDepth, fit));
    }

    /** Records that re-ranking {@code candidates} took {@code elapsed}. */
    public synchronized void record(int candidates, Duration elapsed) {
        if (candidates < 1) {
            return;
        }
        double observed = (double) elapsed.toNanos() / candidates;
        nanosPerCandidate =
                Double.isNaN(nanosPerCandidate) ? observed : ALPHA * observed + (1 - ALPHA) * nanosPerCandidate;
    }

    /** The current estimate in milliseconds per candidate, NaN before the first measurement. */
    public synchronized double millisPerCandidate() {
        return nanosPerCandidate / 1e6;
    }
}
