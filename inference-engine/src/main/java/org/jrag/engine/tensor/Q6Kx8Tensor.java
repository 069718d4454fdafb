package org.jrag.engine.tensor;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.Optional;
import org.jrag.engine.gguf.GgmlType;

/**
 * A Q6_K matrix repacked at load time into groups of 8 rows for the integer decode kernels ({@link
 * Q6Kx8IntegerKernels}, the AVX2 passes of {@link IntegerPasses}). Per group and super-block column (256 values of 8
 * rows): the 8 rows' {@code d} as floats (32 bytes), the 8 rows' int8 scales of each 16-value sub-block k (byte {@code
 * 32 + 8 k + r}), then per sub-block 96 bytes of 6-bit codes {@code q} (value {@code q - 32}) in 4 chunks: chunk m
 * holds values {@code 4 m + v} (v in [0, 4)) of the 8 rows at position {@code b = 4 r + v}, so a chunk is each row's 4
 * values in one 32-bit lane. Its low 4 bits are the low (m = 0, 2) or high (m = 1, 3) nibble of byte b of the nibble
 * run {@code m / 2} (32 bytes each), its high 2 bits bits {@code 2 m, 2 m + 1} of byte b of the 32 bytes after them.
 * Values stay {@code (d * sc) * (q - 32)} bit for bit, in 212 bytes per row and super-block where the file takes 210
 * (the floats and one scale a byte; a byte per code took 276).
 */
public record Q6Kx8Tensor(MemorySegment data, long size, int cols) implements Tensor {
    static final int ROWS = Interleaved8.ROWS;
    static final int SUB = 16;
    static final int SUBS = Q6KTensor.BLOCK / SUB;

    /** The 8 rows' d as floats ({@link Interleaved8#setScale}). */
    static final int HEADER_BYTES = 4 * ROWS;

    /** Offset of the sub-blocks' codes in a super-block: after d and the 16 sub-blocks' 8 scales. */
    static final int CODES_OFFSET = HEADER_BYTES + SUBS * ROWS;

    /** One sub-block of 8 rows' codes: two nibble runs, then the high bits. */
    static final int SUB_BYTES = 3 * 32;

    static final int GROUP_SUPER_BYTES = CODES_OFFSET + SUBS * SUB_BYTES;

    public Q6Kx8Tensor {
        Interleaved8.requireShape(GgmlType.Q6_K, Q6KTensor.BLOCK, size, cols);
    }

    @Override
    public GgmlType type() {
        return GgmlType.Q6_K;
    }

    /** Byte offset of super-block column {@code sb} of 8-row group {@code g}. */
    static long superOffset(int cols, int g, int sb) {
        return ((long) g * (cols / Q6KTensor.BLOCK) + sb) * GROUP_SUPER_BYTES;
    }

    /**
     * Repacks a row-major Q6_K matrix of {@code cols} columns (rows a multiple of 8) into memory of {@code arena};
     * empty when a {@code d} is infinite or NaN (the kernels convert them assuming they are finite).
     */
    public static Optional<Q6Kx8Tensor> repack(Q6KTensor t, int cols, Arena arena) {
        return Interleaved8.repackSuperBlocks(
                        t.data(),
                        t.size(),
                        cols,
                        Q6KTensor.BLOCK_BYTES,
                        GROUP_SUPER_BYTES,
                        Q6Kx8Tensor::repackRow,
                        arena)
                .map(data -> new Q6Kx8Tensor(data, t.size(), cols));
    }

    /** Copies the Q6_K block at src[s] into lane r of the super-block at dst[o]; true when d is not finite. */
    private static boolean repackRow(MemorySegment src, long s, MemorySegment dst, long o, int r, int[] q) {
        short d = src.get(Layouts.I16, s + 208);
        Interleaved8.setScale(dst, o, r, d);
        Q6KTensor.codes(src, s, q);
        for (int k = 0; k < SUBS; k++) {
            dst.set(ValueLayout.JAVA_BYTE, scaleOffset(o, k) + r, Layouts.i8(src, s + 192 + k));
            long c = codesOffset(o, k);
            for (int v = 0; v < 4; v++) {
                int b = 4 * r + v;
                int u0 = q[SUB * k + v] + 32;
                int u1 = q[SUB * k + 4 + v] + 32;
                int u2 = q[SUB * k + 8 + v] + 32;
                int u3 = q[SUB * k + 12 + v] + 32;
                dst.set(ValueLayout.JAVA_BYTE, c + b, (byte) ((u0 & 0x0F) | (u1 & 0x0F) << 4));
                dst.set(ValueLayout.JAVA_BYTE, c + 32 + b, (byte) ((u2 & 0x0F) | (u3 & 0x0F) << 4));
                dst.set(ValueLayout.JAVA_BYTE, c + 64 + b, (byte)
                        ((u0 >>> 4) | (u1 >>> 4) << 2 | (u2 >>> 4) << 4 | (u3 >>> 4) << 6));
            }
        }
        return (d & 0x7C00) == 0x7C00;
    }

    /** Offset of sub-block k's 8 int8 scales in the super-block at {@code off}. */
    static long scaleOffset(long off, int k) {
        return off + HEADER_BYTES + (long) ROWS * k;
    }

    /** Offset of sub-block k's codes in the super-block at {@code off}. */
    static long codesOffset(long off, int k) {
        return off + CODES_OFFSET + (long) SUB_BYTES * k;
    }

    /** Value v's code {@code q - 32} of row r in the sub-block codes at {@code c}. */
    static int code(MemorySegment s, long c, int r, int v) {
        int m = v / 4;
        int b = 4 * r + v % 4;
        int low = (Layouts.u8(s, c + 32 * (m / 2) + b) >>> (4 * (m % 2))) & 0x0F;
        int high = (Layouts.u8(s, c + 64 + b) >>> (2 * m)) & 3;
        return (low | high << 4) - 32;
    }

    /** Lane {@code lane}'s 256 values of the super-block at {@code off}, as {@link Q6KTensor#decodeBlock} gives them. */
    static void decodeSuper(MemorySegment s, long off, int lane, float[] out, int o) {
        float d = Interleaved8.scale(s, off, lane);
        for (int k = 0; k < SUBS; k++) {
            float dk = d * Layouts.i8(s, scaleOffset(off, k) + lane);
            long c = codesOffset(off, k);
            for (int v = 0; v < SUB; v++) {
                out[o + SUB * k + v] = dk * code(s, c, lane, v);
            }
        }
    }

    /** Row by row, super-block by super-block. */
    @Override
    public void dequantize(long start, float[] out, int outOff, int n) {
        Interleaved8.dequantize(
                data, cols, Q6KTensor.BLOCK, GROUP_SUPER_BYTES, Q6Kx8Tensor::decodeSuper, start, out, outOff, n);
    }

    /** Reference dot of elements [start, start + n) with x, super-block by super-block (products use the kernels). */
    @Override
    public float dot(long start, float[] x, int xOff, int n, TensorKernels kernels) {
        return Interleaved8.dot(this, Q6KTensor.BLOCK, start, x, xOff, n);
    }

    /** Interleaved rows have no linear element-to-byte mapping. */
    @Override
    public long byteOffset(long start) {
        throw new UnsupportedOperationException("an interleaved matrix has no linear byte offset");
    }
}
