package org.jrag.engine.tensor;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.Optional;
import org.jrag.engine.gguf.GgmlType;

/**
 * A Q6_K matrix repacked at load time into groups of 8 rows for the integer decode kernels ({@link
 * Q6Kx8IntegerKernels}). Per group and super-block column (256 values of 8 rows): the 8 rows' {@code d} as floats (32
 * bytes), then per 16-value sub-block k in [0, 16) 136 bytes: the 8 rows' int8 scales, and the codes {@code q - 32}
 * as signed bytes with byte {@code 8 + 16 j + 2 r + e} = value {@code 2 j + e} of row r, so one 16-byte load holds
 * two values of each of the 8 rows side by side. Values stay {@code (d * sc) * (q - 32)} bit for bit; a byte per
 * code takes 276 bytes per row and super-block where the file packs them into 210.
 */
public record Q6Kx8Tensor(MemorySegment data, long size, int cols) implements Tensor {
    static final int ROWS = Interleaved8.ROWS;
    static final int SUB = 16;
    static final int SUBS = Q6KTensor.BLOCK / SUB;

    /** The 8 rows' d as floats ({@link Interleaved8#setScale}). */
    static final int HEADER_BYTES = 4 * ROWS;

    /** One sub-block of 8 rows: scales, then the codes in row pairs. */
    static final int SUB_BYTES = ROWS + ROWS * SUB;

    static final int GROUP_SUPER_BYTES = HEADER_BYTES + SUBS * SUB_BYTES;

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
            long sub = o + HEADER_BYTES + (long) k * SUB_BYTES;
            dst.set(ValueLayout.JAVA_BYTE, sub + r, Layouts.i8(src, s + 192 + k));
            for (int v = 0; v < SUB; v++) {
                dst.set(ValueLayout.JAVA_BYTE, codeOffset(sub, r, v), (byte) q[SUB * k + v]);
            }
        }
        return (d & 0x7C00) == 0x7C00;
    }

    /** Byte of value v of row r in the sub-block at {@code sub}. */
    static long codeOffset(long sub, int r, int v) {
        return sub + ROWS + (long) SUB * (v / 2) + 2L * r + v % 2;
    }

    /** Lane {@code lane}'s 256 values of the super-block at {@code off}, as {@link Q6KTensor#decodeBlock} gives them. */
    static void decodeSuper(MemorySegment s, long off, int lane, float[] out, int o) {
        float d = Interleaved8.scale(s, off, lane);
        for (int k = 0; k < SUBS; k++) {
            long sub = off + HEADER_BYTES + (long) k * SUB_BYTES;
            float dk = d * Layouts.i8(s, sub + lane);
            for (int v = 0; v < SUB; v++) {
                out[o + SUB * k + v] = dk * Layouts.i8(s, codeOffset(sub, lane, v));
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
