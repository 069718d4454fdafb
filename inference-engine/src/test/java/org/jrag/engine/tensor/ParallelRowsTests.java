package org.jrag.engine.tensor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/** The persistent worker pool: every row exactly once, aligned chunks, failures reach the caller. */
class ParallelRowsTests {
    @Test
    void coversEveryRowExactlyOnceInAlignedChunks() {
        for (int rows : new int[] {1, 2, 7, 64, 1001}) {
            AtomicIntegerArray hits = new AtomicIntegerArray(rows);
            ParallelRows.run(rows, 1L << 20, 2, (from, to) -> {
                assertThat(from % 2).as("chunk start %d", from).isZero();
                for (int r = from; r < to; r++) {
                    hits.incrementAndGet(r);
                }
            });
            for (int r = 0; r < rows; r++) {
                assertThat(hits.get(r)).as("rows=%d row %d", rows, r).isEqualTo(1);
            }
        }
    }

    @Test
    void aThreadThatIsSlowLosesTheBackOfItsShareToTheOthers() {
        assumeTrue(ParallelRows.threads() >= 2, "needs a worker thread");
        Thread caller = Thread.currentThread();
        int rows = 64 * ParallelRows.threads();
        AtomicIntegerArray hits = new AtomicIntegerArray(rows);
        AtomicInteger byCaller = new AtomicInteger();
        ParallelRows.run(rows, 1L << 20, (from, to) -> {
            if (Thread.currentThread() == caller) {
                byCaller.addAndGet(to - from);
            } else {
                LockSupport.parkNanos(20_000_000); // a worker whose core another process holds
            }
            for (int r = from; r < to; r++) {
                hits.incrementAndGet(r);
            }
        });
        for (int r = 0; r < rows; r++) {
            assertThat(hits.get(r)).as("row %d", r).isEqualTo(1);
        }
        // its own share is 1 / threads of the rows; the slow workers' pieces take 20 ms each
        assertThat(byCaller.get()).isGreaterThan(rows / ParallelRows.threads());
    }

    @Test
    void nestedCallsRunInlineAndStillCoverEveryRow() {
        AtomicIntegerArray hits = new AtomicIntegerArray(64 * 8);
        ParallelRows.run(8, 1L << 20, (from, to) -> {
            for (int outer = from; outer < to; outer++) {
                int base = outer * 64;
                ParallelRows.run(64, 1L << 20, (a, b) -> {
                    for (int r = a; r < b; r++) {
                        hits.incrementAndGet(base + r);
                    }
                });
            }
        });
        for (int i = 0; i < hits.length(); i++) {
            assertThat(hits.get(i)).isEqualTo(1);
        }
    }

    @Test
    void bodiesSeeTheNumberOfTheirOwnJob() {
        // given one job split across the threads, one small enough to run inline, and a call outside any
        Set<Long> big = ConcurrentHashMap.newKeySet();
        Set<Long> small = ConcurrentHashMap.newKeySet();
        ParallelRows.run(1000, 1L << 20, (from, to) -> big.add(ParallelRows.job()));
        ParallelRows.run(4, 1, (from, to) -> small.add(ParallelRows.job()));
        // then every piece of a job saw one number, each job its own, and none outside
        assertThat(big).hasSize(1).doesNotContain(0L);
        assertThat(small).hasSize(1).doesNotContain(0L).doesNotContainAnyElementsOf(big);
        assertThat(ParallelRows.job()).isZero();
    }

    @Test
    void rethrowsAFailureFromAnyChunk() {
        assertThatThrownBy(() -> ParallelRows.run(1000, 1L << 20, (from, to) -> {
                    if (to == 1000) {
                        throw new IllegalStateException("last chunk failed");
                    }
                }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("last chunk failed");
        // and the pool is usable afterwards
        AtomicIntegerArray hits = new AtomicIntegerArray(10);
        ParallelRows.run(10, 1L << 20, (from, to) -> {
            for (int r = from; r < to; r++) {
                hits.incrementAndGet(r);
            }
        });
        assertThat(hits.get(9)).isEqualTo(1);
    }
}
