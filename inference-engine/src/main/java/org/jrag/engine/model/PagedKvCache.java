package org.jrag.engine.model;

import java.util.Objects;

/**
 * Keys and values for many sequences: {@code numBlocks} blocks of {@code blockSize} positions each, per layer (the
 * paged KV cache of vLLM, Kwon et al. 2023). A sequence owns a block table that maps its position {@code p} to
 * slot {@code p % blockSize} of block {@code blockTable[p / blockSize]}, so sequences grow, fork (copy-on-write
 * with {@link #copyBlock}) and share prefix blocks without moving each other's data. Allocation policy (free
 * list, reference counts, prefix hashes) is the caller's; this class only stores.
 *
 * <p>Storage is float32, one array per layer, block after block, each block {@code [blockSize][kvDim]}
 * row-major, so a block's positions are contiguous and attention streams over them with a fixed stride. With
 * {@link KvCacheType#F16} every stored value is rounded to half precision on the way in (numerically an F16
 * cache, as llama.cpp's default; the storage itself stays float32). The forward pass's scratch buffers live here
 * too: one caller thread at a time per cache.
 */
public final class PagedKvCache {
    private final int layers;
    private final int kvDim;
    private final int numBlocks;
    private final int blockSize;
    private final KvCacheType type;
    private final float[][] keys;
    private final float[][] values;
    private Activations activations;

    public PagedKvCache(LlamaConfig config, int numBlocks, int blockSize, KvCacheType type) {
        this(config.layers(), config.kvDim(), numBlocks, blockSize, type);
    }

    PagedKvCache(int layers, int kvDim, int numBlocks, int blockSize, KvCacheType type) {
        if (numBlocks <= 0) {
            throw new IllegalArgumentException("numBlocks must be > 0, got: " + numBlocks);
        }
        if (blockSize <= 0) {
            throw new IllegalArgumentException("blockSize must be > 0, got: " + blockSize);
        }
        long floats = (long) numBlocks * blockSize * kvDim;
        if (floats > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("numBlocks * blockSize * kvDim must fit one Java array per layer ("
                    + (Integer.MAX_VALUE - 8) + " floats), got: " + numBlocks + " * " + blockSize + " * " + kvDim);
        }
        this.layers = layers;
        this.kvDim = kvDim;
        this.numBlocks = numBlocks;
        this.blockSize = blockSize;
        this.type = Objects.requireNonNull(type, "type");
        this.keys = new float[layers][(int) floats];
        this.values = new float[layers][(int) floats];
    }

    public int numBlocks() {
        return numBlocks;
    }

    public int blockSize() {
        return blockSize;
    }

    public KvCacheType type() {
        return type;
    }

    /** Heap bytes one block takes over all layers, keys and values (float32 storage, for either type). */
    public long bytesPerBlock() {
        return 2L * layers * blockSize * kvDim * Float.BYTES;
    }

    /** Copies every layer's keys and values of block {@code from} into block {@code to} (copy-on-write). */
    public void copyBlock(int from, int to) {
        checkBlock("from", from);
        checkBlock("to", to);
        if (from == to) {
            return;
        }
        int size = blockSize * kvDim;
        for (int l = 0; l < layers; l++) {
            System.arraycopy(keys[l], from * size, keys[l], to * size, size);
            System.arraycopy(values[l], from * size, values[l], to * size, size);
        }
    }

    private void checkBlock(String name, int block) {
        if (block < 0 || block >= numBlocks) {
            throw new IllegalArgumentException(name + " block id must be in 0.." + (numBlocks - 1) + ", got: " + block);
        }
    }

    int layers() {
        return layers;
    }

    int kvDim() {
        return kvDim;
    }

    /** Index in {@link #keys(int)} / {@link #values(int)} of position {@code pos} of the sequence's block table. */
    int offset(int[] blockTable, int pos) {
        return (blockTable[pos / blockSize] * blockSize + pos % blockSize) * kvDim;
    }

    /**
     * Stores the key and value rows {@code k[t * kvDim ..]}, {@code v[t * kvDim ..]} of one token at position
     * {@code pos} of the sequence whose block table is given, rounded to half precision for an F16 cache.
     */
    void store(int layer, int[] blockTable, int pos, float[] k, float[] v, int t) {
        int dst = offset(blockTable, pos);
        System.arraycopy(k, t * kvDim, keys[layer], dst, kvDim);
        System.arraycopy(v, t * kvDim, values[layer], dst, kvDim);
        if (type == KvCacheType.F16) {
            roundToHalf(keys[layer], dst, kvDim);
            roundToHalf(values[layer], dst, kvDim);
        }
    }

    /** a[from .. from + length) rounded to the nearest IEEE half and back. */
    static void roundToHalf(float[] a, int from, int length) {
        for (int i = from; i < from + length; i++) {
            a[i] = Float.float16ToFloat(Float.floatToFloat16(a[i]));
        }
    }

    /** Copies positions [0, positions) of block 0 and those after it, for a one-sequence cache laid out in order. */
    void copyPrefixTo(PagedKvCache target, int positions) {
        int floats = positions * kvDim;
        for (int l = 0; l < layers; l++) {
            System.arraycopy(keys[l], 0, target.keys[l], 0, floats);
            System.arraycopy(values[l], 0, target.values[l], 0, floats);
        }
    }

    float[] keys(int layer) {
        return keys[layer];
    }

    float[] values(int layer) {
        return values[layer];
    }

    /** Scratch buffers for up to {@code tokens} tokens, reused across calls (grown when a larger batch comes). */
    Activations activations(LlamaConfig config, int tokens) {
        if (activations == null || activations.tokens < tokens) {
            activations = new Activations(config, tokens);
        }
        return activations;
    }
}
