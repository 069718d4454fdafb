package org.jrag.engine.tensor;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Splits a row range across a small persistent pool of worker threads (plus the caller). A decode step issues a
 * few hundred parallel matmuls per token, so the hand-off must cost about a microsecond: workers spin for a
 * short while after each job (a forward pass keeps them hot) and park when idle, and rows are handed out in a
 * few coarse chunks through one atomic counter, so a core that other processes slow down simply takes fewer
 * chunks. Threads come from {@code -Djrag.engine.threads} (default: available processors). Small jobs, nested
 * calls and calls while another thread holds the pool run inline on the caller.
 */
public final class ParallelRows {
    /** Work on rows [from, to). */
    @FunctionalInterface
    public interface RangeBody {
        void run(int from, int to);
    }

    /**
     * Jobs below this much work (multiply-adds, about 12 us on one core) run on the caller: handing rows to another
     * thread and waiting for it costs microseconds, far more where other processes hold the cores (stories260K
     * decodes a token in 37 us inline against 67 us split at the previous 2^15 on a busy 2-core machine, SmolLM2-135M
     * steps unchanged). {@code -Djrag.engine.inlineWork=N} overrides it (to compare in one build).
     */
    private static final long INLINE_WORK = Long.getLong("jrag.engine.inlineWork", 1L << 18);

    private static final int CHUNKS_PER_THREAD = 4;
    private static final long SPIN_NANOS = 200_000;
    private static final int SPINS_BEFORE_YIELD = 1 << 10;

    private static final Pool POOL = new Pool(threads());

    private ParallelRows() {}

    /** Number of threads (caller included) that share a parallel job. */
    public static int threads() {
        String p = System.getProperty("jrag.engine.threads");
        int n = p == null ? Runtime.getRuntime().availableProcessors() : Integer.parseInt(p);
        if (n < 1) {
            throw new IllegalArgumentException("jrag.engine.threads must be >= 1, got: " + n);
        }
        return n;
    }

    /** Runs body over [0, rows); {@code workPerRow} (e.g. multiply-adds) decides whether to go parallel. */
    public static void run(int rows, long workPerRow, RangeBody body) {
        run(rows, workPerRow, 1, body);
    }

    /**
     * As {@link #run(int, long, RangeBody)}, with chunk boundaries at multiples of {@code align} rows (kernels
     * that work on row pairs or token tiles keep their fast path).
     */
    public static void run(int rows, long workPerRow, int align, RangeBody body) {
        int threads = POOL.threads;
        if (threads <= 1 || rows <= align || (long) rows * workPerRow < INLINE_WORK || !POOL.tryAcquire()) {
            body.run(0, rows);
            return;
        }
        try {
            int units = (rows + align - 1) / align;
            int chunks = Math.min(units, threads * CHUNKS_PER_THREAD);
            POOL.execute(new Job(rows, align, units, chunks, body));
        } finally {
            POOL.release();
        }
    }

    /** One parallel job: chunks are claimed from {@code next} and counted down in {@code remaining}. */
    private static final class Job {
        final int rows;
        final int align;
        final int units;
        final int chunks;
        final RangeBody body;
        final AtomicInteger next = new AtomicInteger();
        final AtomicInteger remaining;
        volatile Throwable failure;

        Job(int rows, int align, int units, int chunks, RangeBody body) {
            this.rows = rows;
            this.align = align;
            this.units = units;
            this.chunks = chunks;
            this.body = body;
            this.remaining = new AtomicInteger(chunks);
        }

        /** Claims and runs chunks until none is left. */
        void work() {
            int c;
            while ((c = next.getAndIncrement()) < chunks) {
                try {
                    if (failure == null) {
                        int from = (int) ((long) units * c / chunks) * align;
                        int to = Math.min(rows, (int) ((long) units * (c + 1) / chunks) * align);
                        body.run(from, to);
                    }
                } catch (Throwable t) {
                    failure = t;
                } finally {
                    remaining.decrementAndGet();
                }
            }
        }
    }

    /** Daemon workers that wait for the next job: spin briefly, then park. */
    private static final class Pool {
        final int threads;
        final AtomicBoolean busy = new AtomicBoolean();
        final Thread[] workers;
        volatile Job job;
        volatile long epoch;

        Pool(int threads) {
            this.threads = threads;
            this.workers = new Thread[threads - 1];
            for (int i = 0; i < workers.length; i++) {
                Thread t = new Thread(this::loop, "jrag-engine-" + (i + 1));
                t.setDaemon(true);
                workers[i] = t;
                t.start();
            }
        }

        boolean tryAcquire() {
            return busy.compareAndSet(false, true);
        }

        void release() {
            busy.set(false);
        }

        void execute(Job j) {
            job = j;
            epoch = epoch + 1; // only the pool holder writes epoch
            for (Thread w : workers) {
                LockSupport.unpark(w);
            }
            j.work();
            // wait for chunks other threads hold; yield now and then in case their core was taken by another process
            for (int spins = 0; j.remaining.get() > 0; spins++) {
                if (spins % SPINS_BEFORE_YIELD == SPINS_BEFORE_YIELD - 1) {
                    Thread.yield();
                } else {
                    Thread.onSpinWait();
                }
            }
            job = null;
            Throwable f = j.failure;
            if (f instanceof RuntimeException re) {
                throw re;
            }
            if (f instanceof Error e) {
                throw e;
            }
            if (f != null) {
                throw new IllegalStateException(f);
            }
        }

        private void loop() {
            long seen = 0;
            while (true) {
                long deadline = System.nanoTime() + SPIN_NANOS;
                while (epoch == seen) {
                    if (System.nanoTime() > deadline) {
                        LockSupport.park(this);
                    } else {
                        Thread.onSpinWait();
                    }
                }
                seen = epoch;
                Job j = job;
                if (j != null) {
                    j.work();
                }
            }
        }
    }
}
