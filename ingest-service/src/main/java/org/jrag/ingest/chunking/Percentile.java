package org.jrag.ingest.chunking;

import java.util.Arrays;

/** The p-th percentile of a sample by linear interpolation between closest ranks (NumPy's default method). */
final class Percentile {

    private Percentile() {}

    static double of(double[] values, double p) {
        if (values.length == 0) {
            throw new IllegalArgumentException("values must not be empty");
        }
        if (!(p >= 0 && p <= 100)) {
            throw new IllegalArgumentException("p must be between 0 and 100, got: " + p);
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double rank = p / 100 * (sorted.length - 1); // 0-based fractional rank
        int below = (int) Math.floor(rank);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (rank - below) * (sorted[above] - sorted[below]);
    }
}
