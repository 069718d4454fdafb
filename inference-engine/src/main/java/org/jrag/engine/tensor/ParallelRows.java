package org.jrag.engine.tensor;

import java.util.stream.IntStream;

/**
 * Splits a row range into one contiguous chunk per core and runs them on the common fork/join pool (the caller
 * works too). Small jobs run inline: below ~64K multiply-adds the hand-off costs more than it saves.
 */
public final class ParallelRows {
    /** Work on rows [from, to). */
    @FunctionalInterface
    public interface RangeBody {
        void run(int from, int to);
    }

    private static final int CORES = Runtime.getRuntime().availableProcessors();
    private static final long INLINE_WORK = 1L << 16;

    private ParallelRows() {}

    /** Runs body over [0, rows); {@code workPerRow} (e.g. multiply-adds) decides whether to go parallel. */
    public static void run(int rows, long workPerRow, RangeBody body) {
        int chunks = (int) Math.min(CORES, Math.max(1, rows * workPerRow / INLINE_WORK));
        chunks = Math.min(chunks, rows);
        if (chunks <= 1) {
            body.run(0, rows);
            return;
        }
        int n = chunks;
        IntStream.range(0, n)
                .parallel()
                .forEach(c -> body.run((int) ((long) rows * c / n), (int) ((long) rows * (c + 1) / n)));
    }
}
