package org.jrag.engine.tensor;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * What the block types served through another type's kernels ({@link Q4_1Tensor}, {@link Q5_0Tensor}, {@link
 * Q5_1Tensor}, {@link IQ4_NLTensor}, {@link Q2KTensor}, {@link Q3KTensor}) share: decoding whole blocks, a dot product
 * over the decoded values, the transcoding of 32-value blocks that start with an fp16 scale into Q8_0 blocks and of
 * 256-value super-blocks into Q6_K blocks, and the minimums of the types that have one.
 */
final class LegacyBlocks {
    static final int BLOCK = 32;

    /** Decodes the values of the block at byte {@code off} into out[o ..]. */
    @FunctionalInterface
    interface Decoder {
        void decode(long off, float[] out, int o);
    }

    /** The integer code of value j of the block at byte {@code off}. */
    @FunctionalInterface
    interface Codes {
        int code(long off, int j);
    }

    /** The 256 codes (value order) and 16 sub-block scales of the super-block at byte {@code off}, for Q6_K. */
    @FunctionalInterface
    interface SuperCodes {
        void codes(long off, int[] q, int[] sc);
    }

    private static final ThreadLocal<float[]> ROW = ThreadLocal.withInitial(() -> new float[0]);

    private LegacyBlocks() {}

    /** The n values (whole blocks of {@code block} values) from byte {@code off} decoded into out[outOff ..]. */
    static void dequantize(Decoder decoder, int block, int blockBytes, long off, float[] out, int outOff, int n) {
        for (int b = 0; b < n / block; b++) {
            decoder.decode(off + (long) b * blockBytes, out, outOff + b * block);
        }
    }

    /**
     * The n values (whole blocks of {@code block} values) from byte {@code off} decoded into this thread's scratch,
     * dotted with x[xOff ..].
     */
    static float dot(
            Decoder decoder, int block, int blockBytes, long off, float[] x, int xOff, int n, TensorKernels kernels) {
        float[] row = ROW.get();
        if (row.length < n) {
            row = new float[n];
            ROW.set(row);
        }
        dequantize(decoder, block, blockBytes, off, row, 0, n);
        return kernels.dot(row, 0, x, xOff, n);
    }

    /**
     * Q8_0 blocks in memory of {@code arena} with each source block's leading fp16 scale copied and its 32 codes (each
     * within int8) as int8: the source's {@code code * d} values bit for bit.
     */
    static Q8_0Tensor asQ8_0(MemorySegment data, long size, int blockBytes, Codes codes, Arena arena) {
        long blocks = size / BLOCK;
        MemorySegment out = HugePages.allocate(arena, blocks * Q8_0Tensor.BLOCK_BYTES);
        for (long b = 0; b < blocks; b++) {
            long from = b * blockBytes;
            long to = b * Q8_0Tensor.BLOCK_BYTES;
            out.set(Layouts.I16, to, data.get(Layouts.I16, from));
            for (int j = 0; j < BLOCK; j++) {
                out.set(ValueLayout.JAVA_BYTE, to + 2 + j, (byte) codes.code(from, j));
            }
        }
        return new Q8_0Tensor(out, size);
    }

    /** Each 32-value block's minimum (the fp16 after its scale) as a float, in order. */
    static float[] mins(MemorySegment data, long size, int blockBytes) {
        float[] m = new float[Math.toIntExact(size / BLOCK)];
        for (int b = 0; b < m.length; b++) {
            m[b] = Layouts.f16(data, (long) b * blockBytes + 2);
        }
        return m;
    }

    /** The block at {@code off} of a type with a minimum (d, m as fp16 first): value j = q * d + m, in float. */
    static void decodeWithMin(MemorySegment data, long off, Codes codes, float[] out, int o) {
        float d = Layouts.f16(data, off);
        float m = Layouts.f16(data, off + 2);
        for (int j = 0; j < BLOCK; j++) {
            out[o + j] = codes.code(off, j) * d + m;
        }
    }

    /**
     * Q6_K blocks in memory of {@code arena} from super-blocks of 256 values whose fp16 d sits at byte {@code
     * dOffset} of each: d copied, codes and int8 scales from {@code codes}; the source's {@code (d * sc) * q} values,
     * bit for bit.
     */
    static Q6KTensor asQ6K(MemorySegment data, long size, int blockBytes, int dOffset, SuperCodes codes, Arena arena) {
        long blocks = size / Q6KTensor.BLOCK;
        MemorySegment out = HugePages.allocate(arena, blocks * Q6KTensor.BLOCK_BYTES);
        int[] q = new int[Q6KTensor.BLOCK];
        int[] sc = new int[Q6KTensor.BLOCK / 16];
        for (long b = 0; b < blocks; b++) {
            long from = b * blockBytes;
            codes.codes(from, q, sc);
            Q6KTensor.encodeBlock(q, sc, data.get(Layouts.I16, from + dOffset), out, b * Q6KTensor.BLOCK_BYTES);
        }
        return new Q6KTensor(out, size);
    }
}
