package org.jrag.engine.tensor;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.Optional;
import org.jrag.engine.gguf.GgmlType;

/**
 * A Q5_K matrix repacked at load time into groups of 8 rows for the integer decode kernels ({@link
 * Q5Kx8IntegerKernels}): the {@link Q4Kx8Tensor} layout (the 8 rows' d and dmin, then per 32-value sub-block their
 * scales, mins and the low 4 bits of every code as an interleaved Q4_0 block) with each sub-block's fifth bits after
 * its nibbles: 32 bytes in two halves, one per 4 of the kernel's 8 column loads, byte {@code 2 r + e} of half h
 * holding in bit {@code c} the fifth bit of value {@code 2 (4 h + c) + e} of row r and in bit {@code 4 + c} that of
 * the value 16 after it. 184 bytes per row and super-block (the file's 176); values stay {@code (d * sc) * q - dmin *
 * m} bit for bit.
 */
public record Q5Kx8Tensor(MemorySegment data, long size, int cols) implements Tensor {
    static final int ROWS = Interleaved8.ROWS;
    static final int SUB = 32;
    static final int SUBS = Q5KTensor.BLOCK / SUB;
    /** The 8 rows' d, then their dmin, as floats ({@link Interleaved8#setScale}). */
    static final int HEADER_BYTES = 8 * ROWS;

    /** Offset of a sub-block's fifth bits: after its scales, mins and nibbles. */
    static final int HIGH = 2 * ROWS + ROWS * SUB / 2;

    static final int SUB_BYTES = HIGH + 2 * 2 * ROWS;
    static final int GROUP_SUPER_BYTES = HEADER_BYTES + SUBS * SUB_BYTES;

    public Q5Kx8Tensor {
        Interleaved8.requireShape(GgmlType.Q5_K, Q5KTensor.BLOCK, size, cols);
    }

    @Override
    public GgmlType type() {
        return GgmlType.Q5_K;
    }

    /** Byte offset of super-block column {@code sb} of 8-row group {@code g}. */
    static long superOffset(int cols, int g, int sb) {
        return ((long) g * (cols / Q5KTensor.BLOCK) + sb) * GROUP_SUPER_BYTES;
    }

    /**
     * Repacks a row-major Q5_K matrix of {@code cols} columns (rows a multiple of 8) into memory of {@code arena};
     * empty when a {@code d} or {@code dmin} is infinite or NaN (the kernels convert them assuming they are finite).
     */
    public static Optional<Q5Kx8Tensor> repack(Q5KTensor t, int cols, Arena arena) {
        return Interleaved8.repackSuperBlocks(
                        t.data(),
                        t.size(),
                        cols,
                        Q5KTensor.BLOCK_BYTES,
                        GROUP_SUPER_BYTES,
                        Q5Kx8Tensor::repackRow,
                        arena)
                .map(data -> new Q5Kx8Tensor(data, t.size(), cols));
    }

    /** Copies the Q5_K block at src[s] into lane r of the super-block at dst[o]; true when d or dmin is not finite. */
    private static boolean repackRow(MemorySegment src, long s, MemorySegment dst, long o, int r, int[] q) {
        short d = src.get(Layouts.I16, s);
        short dmin = src.get(Layouts.I16, s + 2);
        Interleaved8.setScale(dst, o, r, d);
        Interleaved8.setScale(dst, o, ROWS + r, dmin);
        Q5KTensor.codes(src, s, q);
        for (int k = 0; k < SUBS; k++) {
            long sub = o + HEADER_BYTES + (long) k * SUB_BYTES;
            dst.set(ValueLayout.JAVA_BYTE, sub + r, (byte) Q4KTensor.scale(src, s + 4, k));
            dst.set(ValueLayout.JAVA_BYTE, sub + ROWS + r, (byte) Q4KTensor.min(src, s + 4, k));
            writeCodes(q, SUB * k, dst, sub, r);
        }
        return (d & 0x7C00) == 0x7C00 || (dmin & 0x7C00) == 0x7C00;
    }

    /** Row r's 32 codes q[first ..] into the sub-block at {@code sub}: nibbles, then fifth bits. */
    private static void writeCodes(int[] q, int first, MemorySegment dst, long sub, int r) {
        for (int i = 0; i < SUB / 2; i++) {
            int lo = q[first + i] & 0x0F;
            int hi = q[first + i + SUB / 2] & 0x0F;
            dst.set(ValueLayout.JAVA_BYTE, sub + 2 * ROWS + (long) i * ROWS + r, (byte) (lo | hi << 4));
        }
        for (int half = 0; half < 2; half++) {
            for (int e = 0; e < 2; e++) {
                int bits = 0;
                for (int c = 0; c < 4; c++) {
                    int i = 2 * (4 * half + c) + e;
                    bits |= (q[first + i] >>> 4) << c | (q[first + i + SUB / 2] >>> 4) << (4 + c);
                }
                dst.set(ValueLayout.JAVA_BYTE, highOffset(sub, half, r, e), (byte) bits);
            }
        }
    }

    /** Byte of half {@code half}'s fifth bits for row r, column parity e. */
    static long highOffset(long sub, int half, int r, int e) {
        return sub + HIGH + 2L * ROWS * half + 2L * r + e;
    }

    /** Code i (0-31) of row lane's sub-block at {@code sub}. */
    static int code(MemorySegment s, long sub, int lane, int i) {
        int j = i % (SUB / 2);
        int nibbles = Layouts.u8(s, sub + 2 * ROWS + (long) j * ROWS + lane);
        int low = i < SUB / 2 ? nibbles & 0x0F : nibbles >>> 4;
        int bits = Layouts.u8(s, highOffset(sub, j / 8, lane, j % 2));
        int fifth = (bits >>> ((j / 2) % 4 + (i < SUB / 2 ? 0 : 4))) & 1;
        return low | fifth << 4;
    }

    /** Lane {@code lane}'s 256 values of the super-block at {@code off}, as {@link Q5KTensor#decodeBlock} gives them. */
    static void decodeSuper(MemorySegment s, long off, int lane, float[] out, int o) {
        float d = Interleaved8.scale(s, off, lane);
        float dmin = Interleaved8.scale(s, off, ROWS + lane);
        for (int k = 0; k < SUBS; k++) {
            long sub = off + HEADER_BYTES + (long) k * SUB_BYTES;
            float dk = d * Layouts.u8(s, sub + lane);
            float mk = dmin * Layouts.u8(s, sub + ROWS + lane);
            for (int i = 0; i < SUB; i++) {
                out[o + SUB * k + i] = dk * code(s, sub, lane, i) - mk;
            }
        }
    }

    /** Row by row, super-block by super-block. */
    @Override
    public void dequantize(long start, float[] out, int outOff, int n) {
        Interleaved8.dequantize(
                data, cols, Q5KTensor.BLOCK, GROUP_SUPER_BYTES, Q5Kx8Tensor::decodeSuper, start, out, outOff, n);
    }

    /** Reference dot of elements [start, start + n) with x, super-block by super-block (products use the kernels). */
    @Override
    public float dot(long start, float[] x, int xOff, int n, TensorKernels kernels) {
        return Interleaved8.dot(this, Q5KTensor.BLOCK, start, x, xOff, n);
    }

    /** Interleaved rows have no linear element-to-byte mapping. */
    @Override
    public long byteOffset(long start) {
        throw new UnsupportedOperationException("an interleaved matrix has no linear byte offset");
    }
}
