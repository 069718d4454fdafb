package org.jrag.engine.tensor;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;

/**
 * Splits a row range across a small persistent pool of worker threads (plus the caller). A decode step issues a
 * few hundred parallel matmuls per token, so the hand-off must cost about a microsecond: workers spin for a
 * short while after each job (a forward pass keeps them hot) and park when idle. Each thread starts on a contiguous
 * share of the rows and takes it front to back; one that finishes early takes the back half of what another has
 * left ({@link Job}), so a core that other processes slow down simply does less. Threads come from {@code
 * -Djrag.engine.threads} (default: available processors). Small jobs, nested calls and calls while another thread
 * holds the pool run inline on the caller.
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

    /** Pieces of each thread's share: the smallest piece one thread takes from another. */
    private static final int GRAINS_PER_THREAD = 8;

    private static final long SPIN_NANOS = 200_000;
    private static final int SPINS_BEFORE_YIELD = 1 << 10;

    private static final Pool POOL = new Pool(configuredThreads());

    /** Jobs started so far, inline ones included: the last one's number. */
    private static final AtomicLong JOBS = new AtomicLong();

    /** The number of the job whose body this thread runs, 0 outside any. */
    private static final ThreadLocal<long[]> CURRENT = ThreadLocal.withInitial(() -> new long[1]);

    private ParallelRows() {}

    /**
     * Number of threads (caller included) that share a parallel job, as the pool was made. Read once: {@code
     * Runtime.availableProcessors()} asks the kernel each call (~2 us here), and attention asked it once a layer, so
     * a stories260K one-token step took 48-52 us against 39-40 with the property set.
     */
    public static int threads() {
        return POOL.threads;
    }

    /**
     * The number of the job whose body the calling thread runs now (unique in the process, inline jobs included), 0
     * outside any: kernels that prepare a job's inputs once per thread (rounded activations) key what they keep on it.
     */
    public static long job() {
        return CURRENT.get()[0];
    }

    /** {@code -Djrag.engine.threads}, else the available processors. */
    private static int configuredThreads() {
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
        long id = JOBS.incrementAndGet();
        if (threads <= 1 || rows <= align || (long) rows * workPerRow < INLINE_WORK || !POOL.tryAcquire()) {
            long[] current = CURRENT.get();
            long outer = current[0];
            current[0] = id;
            try {
                body.run(0, rows);
            } finally {
                current[0] = outer;
            }
            return;
        }
        try {
            int units = (rows + align - 1) / align;
            int grains = Math.min(units, threads * GRAINS_PER_THREAD);
            POOL.execute(new Job(id, rows, align, units, grains, threads, body));
        } finally {
            POOL.release();
        }
    }

    /**
     * One parallel job over {@code grains} equal, aligned pieces of the rows. Thread i (the caller is 0) owns the
     * contiguous share [grains * i / threads, grains * (i + 1) / threads) and runs it front to back, half of what is
     * left at a time; a thread whose share is done takes the back half of the largest share left and makes it its
     * own. Threads of equal speed so each run one contiguous share in a few calls and finish together (rows handed
     * out round-robin through one counter left one thread waiting on the other's last piece and broke each thread's
     * run of rows, which the kernels prefetch along); a late or slow thread loses the back of its share.
     */
    private static final class Job {
        private static final long NONE = -1;

        final long id;
        final int rows;
        final int align;
        final int units;
        final int grains;
        final RangeBody body;
        /** Per thread: its unclaimed grains [lo, hi) as {@code lo << 32 | hi}. */
        final AtomicLongArray shares;
        /** Grains not yet run to the end. */
        final AtomicInteger remaining;

        volatile Throwable failure;

        Job(long id, int rows, int align, int units, int grains, int threads, RangeBody body) {
            this.id = id;
            this.rows = rows;
            this.align = align;
            this.units = units;
            this.grains = grains;
            this.body = body;
            this.shares = new AtomicLongArray(threads);
            for (int i = 0; i < threads; i++) {
                shares.set(i, pack(grains * i / threads, grains * (i + 1) / threads));
            }
            this.remaining = new AtomicInteger(grains);
        }

        /** Runs thread {@code self}'s share, then what it can take from the others, until no grain is left. */
        void work(int self) {
            long[] current = CURRENT.get();
            long outer = current[0];
            current[0] = id;
            try {
                claimAndRun(self);
            } finally {
                current[0] = outer;
            }
        }

        private void claimAndRun(int self) {
            while (true) {
                long claim = claimFront(self);
                if (claim == NONE) {
                    long stolen = steal(self);
                    if (stolen == NONE) {
                        return;
                    }
                    // only this thread writes a range into its own, empty share; others only shrink a non-empty one
                    shares.set(self, stolen);
                    continue;
                }
                int lo = (int) (claim >>> 32);
                int hi = (int) claim;
                try {
                    if (failure == null) {
                        int from = (int) ((long) units * lo / grains) * align;
                        int to = Math.min(rows, (int) ((long) units * hi / grains) * align);
                        body.run(from, to);
                    }
                } catch (Throwable t) {
                    failure = t;
                } finally {
                    remaining.addAndGet(lo - hi);
                }
            }
        }

        /** Takes the front half (rounded up) of the thread's own share. */
        private long claimFront(int self) {
            while (true) {
                long v = shares.get(self);
                int lo = (int) (v >>> 32);
                int hi = (int) v;
                if (lo >= hi) {
                    return NONE;
                }
                int end = lo + (hi - lo + 1) / 2;
                if (shares.compareAndSet(self, v, pack(end, hi))) {
                    return pack(lo, end);
                }
            }
        }

        /** Takes the back half (rounded down, at least one grain) of the largest other share. */
        private long steal(int self) {
            while (true) {
                int victim = -1;
                long best = 0;
                int most = 0;
                for (int i = 0; i < shares.length(); i++) {
                    long v = shares.get(i);
                    int left = (int) v - (int) (v >>> 32);
                    if (i != self && left > most) {
                        victim = i;
                        best = v;
                        most = left;
                    }
                }
                if (victim < 0) {
                    return NONE;
                }
                int lo = (int) (best >>> 32);
                int hi = (int) best;
                int start = hi - Math.max(1, most / 2);
                if (shares.compareAndSet(victim, best, pack(lo, start))) {
                    return pack(start, hi);
                }
            }
        }

        private static long pack(int lo, int hi) {
            return (long) lo << 32 | hi;
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
                int self = i + 1;
                Thread t = new Thread(() -> loop(self), "jrag-engine-" + self);
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
            j.work(0);
            // wait for pieces other threads hold; yield now and then in case their core was taken by another process
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

        private void loop(int self) {
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
                    j.work(self);
                }
            }
        }
    }
}
