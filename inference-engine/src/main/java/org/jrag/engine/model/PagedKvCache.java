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
 * <p>Storage is one array per layer, block after block, each block {@code [blockSize][kvDim]} row-major, so a
 * block's positions are contiguous and attention streams over them with a fixed stride: floats for {@link
 * KvCacheType#F32}, IEEE halves for {@link KvCacheType#F16} (half the memory, as llama.cpp's default cache;
 * attention reads a head's rows of a block converted back to floats with {@link #keysToFloats} and {@link
 * #valuesToFloats}, which gives the values a float cache rounded to half precision would hold). The forward pass's
 * scratch buffers live here too: one caller thread at a time per cache.
 */
public final class PagedKvCache {
    private final int layers;
    private final int kvDim;
    private final int numBlocks;
    private final int blockSize;
    private final KvCacheType type;
    /** F32 storage; null for F16. */
    private final float[][] keys;

    private final float[][] values;
    /** F16 storage; null for F32. */
    private final short[][] halfKeys;

    private final short[][] halfValues;

    /**
     * Whether an infinite or NaN half was ever stored (a key or value beyond the half range, 65,504); until then
     * attention converts with the kernels' faster conversion for finite halves.
     */
    private boolean nonFinite;

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
        long elements = (long) numBlocks * blockSize * kvDim;
        if (elements > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("numBlocks * blockSize * kvDim must fit one Java array per layer ("
                    + (Integer.MAX_VALUE - 8) + " values), got: " + numBlocks + " * " + blockSize + " * " + kvDim);
        }
        this.layers = layers;
        this.kvDim = kvDim;
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

    /** Index in a layer's keys or values of position {@code pos} of the sequence's block table. */
    int offset(int[] blockTable, int pos) {
        return (blockTable[pos / blockSize] * blockSize + pos % blockSize) * kvDim;
    }

    /**
     * Stores the key and value rows {@code k[t * kvDim ..]}, {@code v[t * kvDim ..]} of one token at position
     * {@code pos} of the sequence whose block table is given, as the nearest halves in an F16 cache.
     */
    void store(int layer, int[] blockTable, int pos, float[] k, float[] v, int t) {
        int dst = offset(blockTable, pos);
        if (keys != null) {
            System.arraycopy(k, t * kvDim, keys[layer], dst, kvDim);
            System.arraycopy(v, t * kvDim, values[layer], dst, kvDim);
            return;
        }
        short[] hk = halfKeys[layer];
        short[] hv = halfValues[layer];
        int src = t * kvDim;
        int special = 0;
        for (int i = 0; i < kvDim; i++) {
            short hki = Float.floatToFloat16(k[src + i]);
            short hvi = Float.floatToFloat16(v[src + i]);
            hk[dst + i] = hki;
            hv[dst + i] = hvi;
            special |= ((hki & 0x7C00) + 0x0400) | ((hvi & 0x7C00) + 0x0400);
        }
        nonFinite |= (special & 0x8000) != 0;
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
        int elements = positions * kvDim;
        target.nonFinite |= nonFinite;
        for (int l = 0; l < layers; l++) {
            System.arraycopy(keysOf(l), 0, target.keysOf(l), 0, elements);
            System.arraycopy(valuesOf(l), 0, target.valuesOf(l), 0, elements);
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
     * Keys of an F16 cache as floats: {@code width} values from element {@code index} (a position's row and a head's
     * columns) for each of {@code n} positions kvDim apart, into {@code dst[p * width ..]}.
     */
    void keysToFloats(int layer, int index, int n, int width, float[] dst, TensorKernels kernels) {
        halvesToFloats(halfKeys[layer], index, n, width, dst, kernels);
    }

    /** As {@link #keysToFloats} for the values. */
    void valuesToFloats(int layer, int index, int n, int width, float[] dst, TensorKernels kernels) {
        halvesToFloats(halfValues[layer], index, n, width, dst, kernels);
    }

    private void halvesToFloats(short[] src, int index, int n, int width, float[] dst, TensorKernels kernels) {
        for (int p = 0; p < n; p++) {
            if (nonFinite) {
                kernels.halvesToFloats(src, index + p * kvDim, dst, p * width, width);
            } else {
                kernels.finiteHalvesToFloats(src, index + p * kvDim, dst, p * width, width);
            }
        }
    }

    /** Scratch buffers for up to {@code tokens} tokens, reused across calls (grown when a larger batch comes). */
    Activations activations(LlamaConfig config, int tokens) {
        if (activations == null || activations.tokens < tokens) {
            activations = new Activations(config, tokens);
        }
        return activations;
    }
}
