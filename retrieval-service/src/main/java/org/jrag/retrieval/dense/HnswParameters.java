package org.jrag.retrieval.dense;

import java.util.List;

/**
 * The build parameters of a pgvector HNSW index: {@code m}, the links per node (2..100), and {@code efConstruction},
 * the candidate list while building (4..1000, at least {@code 2 * m}), both pgvector's rules.
 */
public record HnswParameters(int m, int efConstruction) {

    /** What pgvector uses for an option the index does not set. */
    public static final HnswParameters PGVECTOR_DEFAULTS = new HnswParameters(16, 64);

    public HnswParameters {
        if (m < 2 || m > 100) {
            throw new IllegalArgumentException("m must be in [2, 100], got: " + m);
        }
        if (efConstruction < 4 || efConstruction > 1000) {
            throw new IllegalArgumentException("efConstruction must be in [4, 1000], got: " + efConstruction);
        }
        if (efConstruction < 2 * m) {
            throw new IllegalArgumentException(
                    "efConstruction must be >= 2 * m, got: " + efConstruction + " with m " + m);
        }
    }

    /**
     * The parameters an index was built with, from its {@code pg_class.reloptions} ({@code ["m=16",
     * "ef_construction=64"]}, null when none was set); an option it does not set takes pgvector's default.
     */
    public static HnswParameters fromReloptions(List<String> reloptions) {
        int m = PGVECTOR_DEFAULTS.m();
        int efConstruction = PGVECTOR_DEFAULTS.efConstruction();
        for (String option : reloptions == null ? List.<String>of() : reloptions) {
            int eq = option.indexOf('=');
            if (eq < 0) {
                continue;
            }
            String value = option.substring(eq + 1);
            switch (option.substring(0, eq)) {
                case "m" -> m = Integer.parseInt(value);
                case "ef_construction" -> efConstruction = Integer.parseInt(value);
                default -> {} // options of other index kinds are not ours to read
            }
        }
        return new HnswParameters(m, efConstruction);
    }
}
