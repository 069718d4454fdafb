package org.jrag.engine.serving;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;

/**
 * Allocation policy of the paged KV cache: a free list, a reference count per block, and the prefix cache. A full
 * block is keyed by {@link #hash(long, int[], int, int) hash(parent block's hash, its tokens)}, so equal keys mean
 * equal prefixes; the block's tokens are kept too and compared on lookup, so a hash collision cannot share the
 * wrong keys and values. A cached block whose count drops to 0 is not freed but kept in an LRU, and evicted (its
 * hash forgotten) only when the free list is empty. Confined to the scheduler thread.
 */
public final class BlockManager {
    private final int blockSize;
    private final int[] refCount;
    private final long[] hashOf;
    private final int[][] tokensOf;
    private final int[] free;
    private int freeCount;
    /** Cached blocks with count 0, least recently used first. */
    private final LinkedHashSet<Integer> lru = new LinkedHashSet<>();

    private final Map<Long, Integer> byHash = new HashMap<>();
    private int used;

    public BlockManager(int numBlocks, int blockSize) {
        if (numBlocks <= 0) {
            throw new IllegalArgumentException("numBlocks must be > 0, got: " + numBlocks);
        }
        if (blockSize <= 0) {
            throw new IllegalArgumentException("blockSize must be > 0, got: " + blockSize);
        }
        this.blockSize = blockSize;
        refCount = new int[numBlocks];
        hashOf = new long[numBlocks];
        tokensOf = new int[numBlocks][];
        free = new int[numBlocks];
        // lowest ids are handed out first
        for (int i = 0; i < numBlocks; i++) {
            free[i] = numBlocks - 1 - i;
        }
        freeCount = numBlocks;
    }

    public int numBlocks() {
        return refCount.length;
    }

    public int blockSize() {
        return blockSize;
    }

    /** Blocks an allocation can get now: free ones plus cached ones no sequence uses. */
    public int available() {
        return freeCount + lru.size();
    }

    /** Blocks some sequence references. */
    public int used() {
        return used;
    }

    /** Free blocks that still hold a cached prefix. */
    public int cachedFree() {
        return lru.size();
    }

    public int refCount(int block) {
        return refCount[block];
    }

    /**
     * A block with count 1: from the free list, else the least recently used cached block (whose hash is dropped).
     *
     * @return the block id, or -1 when none is available
     */
    public int allocate() {
        int block;
        if (freeCount > 0) {
            block = free[--freeCount];
        } else if (!lru.isEmpty()) {
            Iterator<Integer> eldest = lru.iterator();
            block = eldest.next();
            eldest.remove();
            forget(block);
        } else {
            return -1;
        }
        assert refCount[block] == 0;
        refCount[block] = 1;
        used++;
        return block;
    }

    /** Drops one reference; at 0 the block goes to the LRU when it holds a cached prefix, else to the free list. */
    public void release(int block) {
        if (refCount[block] <= 0) {
            throw new IllegalStateException("block " + block + " is not allocated");
        }
        if (--refCount[block] == 0) {
            used--;
            if (tokensOf[block] != null) {
                lru.add(block);
            } else {
                free[freeCount++] = block;
            }
        }
    }

    /**
     * The cached block holding {@code tokens[from .. from + blockSize)} after the prefix {@code hash} stands for,
     * with one more reference; -1 when not cached.
     */
    public int lookup(long hash, int[] tokens, int from) {
        Integer block = byHash.get(hash);
        if (block == null || !Arrays.equals(tokensOf[block], 0, blockSize, tokens, from, from + blockSize)) {
            return -1;
        }
        if (refCount[block] == 0) {
            lru.remove(block);
            used++;
        }
        refCount[block]++;
        return block;
    }

    /**
     * Makes a full, computed block findable by {@code hash}; no effect when another block already holds that
     * prefix (the block then stays private to its sequence) or this block is already cached.
     */
    public void register(int block, long hash, int[] tokens, int from) {
        if (refCount[block] <= 0) {
            throw new IllegalStateException("block " + block + " is not allocated");
        }
        if (tokensOf[block] != null || byHash.containsKey(hash)) {
            return;
        }
        byHash.put(hash, block);
        hashOf[block] = hash;
        tokensOf[block] = Arrays.copyOfRange(tokens, from, from + blockSize);
    }

    private void forget(int block) {
        byHash.remove(hashOf[block]);
        tokensOf[block] = null;
    }

    /** The key of a full block: a 64-bit mix of the parent block's key and the block's tokens (0 for the first). */
    public static long hash(long parent, int[] tokens, int from, int length) {
        long h = parent * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L;
        for (int i = from; i < from + length; i++) {
            h = (h ^ tokens[i]) * 0xBF58476D1CE4E5B9L;
            h ^= h >>> 31;
        }
        return h ^ (h >>> 29);
    }
}
