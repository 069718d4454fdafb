package org.jrag.engine.model;

import java.util.Objects;
import org.jrag.engine.tensor.TensorKernels;

/**
 * Keys and values for many sequences: {@code numBlocks} blocks of {@code blockSize} positions each, per layer (the
 * paged KV cache of vLLM, Kwon et al. 2023). A sequence owns a block table that maps its position {@code p} to
 * slot {@code p % blockSize} of block {@code blockTable[p / blockSize]}, so sequences grow, fork (copy-on-write
 * with {@link #copyBlock}) and share prefix blocks without moving each other's data. Allocation policy (free
 * list, reference counts, prefix hashes) is the caller's; this class only stores.
 *
 * <p>Storage is one array per layer, block after block. {@link KvCacheType#F32}: floats, each block {@code
 * [blockSize][kvDim]} row-major, so a block's positions are contiguous and attention streams over them with a fixed
 * stride. {@link KvCacheType#F16}: IEEE halves (half the memory, as llama.cpp's default cache), each block {@code
 * [kvHeads][blockSize][headDim]}, so one kv head's rows of a block are one run, which attention converts back to
 * floats in one pass ({@link #keysToFloats}, {@link #valuesToFloats}: the values a float cache rounded to half
 * precision would hold; about 3x the rate of converting rows of 64 a stride apart). The forward pass's scratch
 * buffers live here too: one caller thread at a time per cache.
 */
public final class PagedKvCache {
    private final int layers;
    private final int kvDim;
    private final int headDim;
    private final int numBlocks;
    private final int blockSize;
    private final KvCacheType type;
    /** F32 storage; null for F16. */
    private final float[][] keys;

    private final float[][] values;
    /** F16 storage; null for F32. */
    private final short[][] halfKeys;

    private final short[][] halfValues;

    private Activations activations;

    public PagedKvCache(LlamaConfig config, int numBlocks, int blockSize, KvCacheType type) {
        this(config.layers(), config.kvDim(), config.headDim(), numBlocks, blockSize, type);
    }

    PagedKvCache(int layers, int kvDim, int headDim, int numBlocks, int blockSize, KvCacheType type) {
        if (numBlocks <= 0) {
            throw new IllegalArgumentException("numBlocks must be > 0, got: " + numBlocks);
        }
        if (blockSize <= 0) {
            throw new IllegalArgumentException("blockSize must be > 0, got: " + blockSize);
        }
        if (headDim <= 0 || kvDim % headDim != 0) {
            throw new IllegalArgumentException("headDim must divide kvDim " + kvDim + ", got: " + headDim);
        }
        long elements = (long) numBlocks * blockSize * kvDim;
        if (elements > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("numBlocks * blockSize * kvDim must fit one Java array per layer ("
                    + (Integer.MAX_VALUE - 8) + " values), got: " + numBlocks + " * " + blockSize + " * " + kvDim);
        }
        this.layers = layers;
        this.kvDim = kvDim;
        this.headDim = headDim;
        this.numBlocks = numBlocks;
        this.blockSize = blockSize;
        this.type = Objects.requireNonNull(type, "type");
        boolean half = type == KvCacheType.F16;
        this.keys = half ? null : new float[layers][(int) elements];
        this.values = half ? null : new float[layers][(int) elements];
        this.halfKeys = half ? new short[layers][(int) elements] : null;
        this.halfValues = half ? new short[layers][(int) elements] : null;
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

    /** Heap bytes one block takes over all layers, keys and values: 4 per value for F32, 2 for F16. */
    public long bytesPerBlock() {
        return bytesPerBlock(layers, kvDim, blockSize, type);
    }

    /** {@link #bytesPerBlock()} of a cache for {@code config} (to size a pool before allocating it). */
    public static long bytesPerBlock(LlamaConfig config, int blockSize, KvCacheType type) {
        return bytesPerBlock(config.layers(), config.kvDim(), blockSize, type);
    }

    private static long bytesPerBlock(int layers, int kvDim, int blockSize, KvCacheType type) {
        return 2L * layers * blockSize * kvDim * (type == KvCacheType.F16 ? Short.BYTES : Float.BYTES);
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
            System.arraycopy(keysOf(l), from * size, keysOf(l), to * size, size);
            System.arraycopy(valuesOf(l), from * size, valuesOf(l), to * size, size);
        }
    }

    /** Layer l's key storage: a float[] or a short[] of halves. */
    private Object keysOf(int l) {
        return keys != null ? keys[l] : halfKeys[l];
    }

    private Object valuesOf(int l) {
        return values != null ? values[l] : halfValues[l];
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

    int headDim() {
        return headDim;
    }

    /** Index in a layer's keys or values of position {@code pos} of the sequence's block table. */
    int offset(int[] blockTable, int pos) {
        return (blockTable[pos / blockSize] * blockSize + pos % blockSize) * kvDim;
    }

    /**
     * Stores the key and value rows {@code k[t * kvDim ..]}, {@code v[t * kvDim ..]} of one token at position
     * {@code pos} of the sequence whose block table is given, as the nearest halves in an F16 cache.
     */
    void store(int layer, int[] blockTable, int pos, float[] k, float[] v, int t) {
        if (keys != null) {
            int dst = offset(blockTable, pos);
            System.arraycopy(k, t * kvDim, keys[layer], dst, kvDim);
            System.arraycopy(v, t * kvDim, values[layer], dst, kvDim);
            return;
        }
        short[] hk = halfKeys[layer];
        short[] hv = halfValues[layer];
        int block = blockTable[pos / blockSize];
        for (int h = 0; h < kvDim / headDim; h++) {
            int src = t * kvDim + h * headDim;
            int at = halfIndex(block, pos % blockSize, h);
            for (int i = 0; i < headDim; i++) {
                hk[at + i] = Float.floatToFloat16(k[src + i]);
                hv[at + i] = Float.floatToFloat16(v[src + i]);
            }
        }
    }

    /** Index in a layer's halves of kv head {@code kvHead}'s row at {@code slot} of {@code block} (F16 layout). */
    private int halfIndex(int block, int slot, int kvHead) {
        return ((block * (kvDim / headDim) + kvHead) * blockSize + slot) * headDim;
    }

    /** a[from .. from + length) rounded to the nearest IEEE half and back. */
    static void roundToHalf(float[] a, int from, int length) {
        for (int i = from; i < from + length; i++) {
            a[i] = Float.float16ToFloat(Float.floatToFloat16(a[i]));
        }
    }

    /** Copies positions [0, positions) of block 0 and those after it, for a one-sequence cache laid out in order. */
    void copyPrefixTo(PagedKvCache target, int positions) {
        if (target.type != type) {
            throw new IllegalArgumentException("target cache must be " + type + ", got: " + target.type);
        }
        for (int l = 0; l < layers; l++) {
            if (type == KvCacheType.F32) {
                System.arraycopy(keys[l], 0, target.keys[l], 0, positions * kvDim);
                System.arraycopy(values[l], 0, target.values[l], 0, positions * kvDim);
                continue;
            }
            // each kv head's run, in pieces that stay within a block on both sides
            for (int p = 0; p < positions; ) {
                int n = Math.min(
                        positions - p, Math.min(blockSize - p % blockSize, target.blockSize - p % target.blockSize));
                for (int h = 0; h < kvDim / headDim; h++) {
                    int from = halfIndex(p / blockSize, p % blockSize, h);
                    int to = target.halfIndex(p / target.blockSize, p % target.blockSize, h);
                    System.arraycopy(halfKeys[l], from, target.halfKeys[l], to, n * headDim);
                    System.arraycopy(halfValues[l], from, target.halfValues[l], to, n * headDim);
                }
                p += n;
            }
        }
    }

    /** Layer {@code layer}'s keys of an F32 cache, read in place by attention. */
    float[] keys(int layer) {
        return keys[layer];
    }

    /** Layer {@code layer}'s values of an F32 cache, read in place by attention. */
    float[] values(int layer) {
        return values[layer];
    }

    /**
     * Keys of an F16 cache as floats: kv head {@code kvHead}'s rows of {@code n} positions from {@code slot} of
     * {@code block}, into {@code dst[p * headDim ..]} (one run of halves).
     */
    void keysToFloats(int layer, int block, int slot, int kvHead, int n, float[] dst, TensorKernels kernels) {
        kernels.halvesToFloats(halfKeys[layer], halfIndex(block, slot, kvHead), dst, 0, n * headDim);
    }

    /** As {@link #keysToFloats} for the values. */
    void valuesToFloats(int layer, int block, int slot, int kvHead, int n, float[] dst, TensorKernels kernels) {
        kernels.halvesToFloats(halfValues[layer], halfIndex(block, slot, kvHead), dst, 0, n * headDim);
    }

    /** Scratch buffers for up to {@code tokens} tokens, reused across calls (grown when a larger batch comes). */
    Activations activations(LlamaConfig config, int tokens) {
        if (activations == null || activations.tokens < tokens) {
            activations = new Activations(config, tokens);
        }
        return activations;
    }
}
