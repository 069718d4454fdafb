package org.jrag.engine.model;

/**
 * The KV cache of one sequence of up to {@code capacity} positions: the mutable state that makes decoding one
 * token cost O(context) instead of O(context^2). It is a {@link PagedKvCache} of a single block of {@code capacity}
 * positions, so the single-sequence forward runs the same paged code path as a batch of many sequences. With
 * {@link KvCacheType#F16} keys and values are stored as the nearest IEEE halves (half the memory).
 */
public final class KvCache {
    private final PagedKvCache paged;
    private final int[] blockTable = {0};
    private final int capacity;

    public KvCache(int layers, int capacity, int kvDim, int headDim) {
        this(layers, capacity, kvDim, headDim, KvCacheType.F32);
    }

    public KvCache(int layers, int capacity, int kvDim, int headDim, KvCacheType type) {
        if (capacity <= 0) {
            throw new IllegalArgumentException("capacity must be > 0, got: " + capacity);
        }
        this.capacity = capacity;
        this.paged = new PagedKvCache(layers, kvDim, headDim, 1, capacity, type);
    }

    public int capacity() {
        return capacity;
    }

    public KvCacheType type() {
        return paged.type();
    }

    /** Copies positions [0, positions) of every layer into {@code target} (beam search forks a sequence). */
    public void copyTo(KvCache target, int positions) {
        if (target.paged.kvDim() != paged.kvDim()
                || target.paged.headDim() != paged.headDim()
                || target.paged.layers() != paged.layers()
                || target.type() != type()
                || positions > target.capacity) {
            throw new IllegalArgumentException("target cache must have the same shape and room for " + positions
                    + " positions, got capacity " + target.capacity);
        }
        paged.copyPrefixTo(target.paged, positions);
    }

    /** The underlying one-block paged cache. */
    PagedKvCache paged() {
        return paged;
    }

    /** The block table of the one sequence: block 0 holds every position. */
    int[] blockTable() {
        return blockTable;
    }
}
