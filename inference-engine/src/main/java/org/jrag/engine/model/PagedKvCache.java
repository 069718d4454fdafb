package org.jrag.engine.model;

import java.util.Objects;
import org.jrag.engine.quantize.BlockQuantizer;
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
 * precision would hold; about 3x the rate of converting rows of 64 a stride apart). {@link KvCacheType#Q8_0}: the
 * same layout in 8-bit codes, with a half scale per 32 values of a row (llama.cpp's q8_0 blocks) in an array beside
 * them, converted back the same way. The forward pass's scratch buffers live here too: one caller thread at a time
 * per cache.
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
    /** F16 storage; null otherwise. */
    private final short[][] halfKeys;

    private final short[][] halfValues;
    /** Q8_0 storage, codes and a half scale per 32 of them; null otherwise. */
    private final byte[][] codeKeys;

    private final byte[][] codeValues;
    private final short[][] keyScales;
    private final short[][] valueScales;

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
        Objects.requireNonNull(type, "type");
        if (type == KvCacheType.Q8_0 && headDim % KvCacheType.Q8_0_BLOCK != 0) {
            throw new IllegalArgumentException("a Q8_0 KV cache needs heads of a multiple of " + KvCacheType.Q8_0_BLOCK
                    + " values (its blocks), got heads of " + headDim + ": use F16 or F32 for this model");
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
        this.type = type;
        boolean exact = type == KvCacheType.F32;
        boolean half = type == KvCacheType.F16;
        boolean q8 = type == KvCacheType.Q8_0;
        int scales = (int) (elements / KvCacheType.Q8_0_BLOCK);
        this.keys = exact ? new float[layers][(int) elements] : null;
        this.values = exact ? new float[layers][(int) elements] : null;
        this.halfKeys = half ? new short[layers][(int) elements] : null;
        this.halfValues = half ? new short[layers][(int) elements] : null;
        this.codeKeys = q8 ? new byte[layers][(int) elements] : null;
        this.codeValues = q8 ? new byte[layers][(int) elements] : null;
        this.keyScales = q8 ? new short[layers][scales] : null;
        this.valueScales = q8 ? new short[layers][scales] : null;
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

    /** Heap bytes one block takes over all layers, keys and values: 4 per value for F32, 2 for F16, 34/32 for Q8_0. */
    public long bytesPerBlock() {
        return bytesPerBlock(layers, kvDim, blockSize, type);
    }

    /** {@link #bytesPerBlock()} of a cache for {@code config} (to size a pool before allocating it). */
    public static long bytesPerBlock(LlamaConfig config, int blockSize, KvCacheType type) {
        return bytesPerBlock(config.layers(), config.kvDim(), blockSize, type);
    }

    private static long bytesPerBlock(int layers, int kvDim, int blockSize, KvCacheType type) {
        return 2 * type.bytes((long) layers * blockSize * kvDim);
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
            if (type == KvCacheType.Q8_0) {
                int n = size / KvCacheType.Q8_0_BLOCK;
                System.arraycopy(keyScales[l], from * n, keyScales[l], to * n, n);
                System.arraycopy(valueScales[l], from * n, valueScales[l], to * n, n);
            }
        }
    }

    /** Layer l's key storage: a float[], a short[] of halves or a byte[] of codes. */
    private Object keysOf(int l) {
        return switch (type) {
            case F32 -> keys[l];
            case F16 -> halfKeys[l];
            case Q8_0 -> codeKeys[l];
        };
    }

    private Object valuesOf(int l) {
        return switch (type) {
            case F32 -> values[l];
            case F16 -> halfValues[l];
            case Q8_0 -> codeValues[l];
        };
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
     * {@code pos} of the sequence whose block table is given, as the nearest halves in an F16 cache, in Q8_0 blocks
     * in a Q8_0 one.
     */
    void store(int layer, int[] blockTable, int pos, float[] k, float[] v, int t) {
        if (keys != null) {
            int dst = offset(blockTable, pos);
            System.arraycopy(k, t * kvDim, keys[layer], dst, kvDim);
            System.arraycopy(v, t * kvDim, values[layer], dst, kvDim);
            return;
        }
        int block = blockTable[pos / blockSize];
        for (int h = 0; h < kvDim / headDim; h++) {
            int src = t * kvDim + h * headDim;
            int at = rowIndex(block, pos % blockSize, h);
            if (type == KvCacheType.Q8_0) {
                toQ8_0(k, src, headDim, codeKeys[layer], keyScales[layer], at);
                toQ8_0(v, src, headDim, codeValues[layer], valueScales[layer], at);
                continue;
            }
            short[] hk = halfKeys[layer];
            short[] hv = halfValues[layer];
            for (int i = 0; i < headDim; i++) {
                hk[at + i] = Float.floatToFloat16(k[src + i]);
                hv[at + i] = Float.floatToFloat16(v[src + i]);
            }
        }
    }

    /**
     * x[from .. from + n) as Q8_0 blocks ({@link BlockQuantizer#encodeQ8_0}, the GGUF quantizer's rounding) into
     * codes[at ..] and scales[at / 32 ..].
     */
    static void toQ8_0(float[] x, int from, int n, byte[] codes, short[] scales, int at) {
        for (int b = 0; b < n; b += KvCacheType.Q8_0_BLOCK) {
            scales[(at + b) / KvCacheType.Q8_0_BLOCK] = BlockQuantizer.encodeQ8_0(x, from + b, codes, at + b);
        }
    }

    /** Index in a layer's halves or codes of kv head {@code kvHead}'s row at {@code slot} of {@code block}. */
    private int rowIndex(int block, int slot, int kvHead) {
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
                    int from = rowIndex(p / blockSize, p % blockSize, h);
                    int to = target.rowIndex(p / target.blockSize, p % target.blockSize, h);
                    System.arraycopy(keysOf(l), from, target.keysOf(l), to, n * headDim);
                    System.arraycopy(valuesOf(l), from, target.valuesOf(l), to, n * headDim);
                    if (type == KvCacheType.Q8_0) {
                        int blocks = n * headDim / KvCacheType.Q8_0_BLOCK;
                        int fromScale = from / KvCacheType.Q8_0_BLOCK;
                        int toScale = to / KvCacheType.Q8_0_BLOCK;
                        System.arraycopy(keyScales[l], fromScale, target.keyScales[l], toScale, blocks);
                        System.arraycopy(valueScales[l], fromScale, target.valueScales[l], toScale, blocks);
                    }
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
     * Keys of an F16 or Q8_0 cache as floats: kv head {@code kvHead}'s rows of {@code n} positions from {@code slot}
     * of {@code block}, into {@code dst[p * headDim ..]} (one run of halves or codes).
     */
    void keysToFloats(int layer, int block, int slot, int kvHead, int n, float[] dst, TensorKernels kernels) {
        int at = rowIndex(block, slot, kvHead);
        if (type == KvCacheType.Q8_0) {
            kernels.q8ToFloats(codeKeys[layer], at, keyScales[layer], dst, 0, n * headDim);
        } else {
            kernels.halvesToFloats(halfKeys[layer], at, dst, 0, n * headDim);
        }
    }

    /** As {@link #keysToFloats} for the values. */
    void valuesToFloats(int layer, int block, int slot, int kvHead, int n, float[] dst, TensorKernels kernels) {
        int at = rowIndex(block, slot, kvHead);
        if (type == KvCacheType.Q8_0) {
            kernels.q8ToFloats(codeValues[layer], at, valueScales[layer], dst, 0, n * headDim);
        } else {
            kernels.halvesToFloats(halfValues[layer], at, dst, 0, n * headDim);
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
