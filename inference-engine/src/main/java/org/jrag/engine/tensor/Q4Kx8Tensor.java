package org.jrag.engine.tensor;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.Optional;
import org.jrag.engine.gguf.GgmlType;

/**
 * A Q4_K matrix repacked at load time into groups of 8 rows, so that its decode kernels ({@link Q4Kx8IntegerKernels})
 * run the integer sums of the interleaved Q4_0 kernels on every 32-value sub-block (llama.cpp's {@code
 * block_q4_Kx8} idea). Per group and super-block column (256 values of 8 rows): the 8 rows' {@code d}, then
 * their {@code dmin}, as floats (64 bytes), then per sub-block k in [0, 8) 144 bytes: the 8 rows' 6-bit scales (one byte
 * each), their 6-bit mins, and 128 bytes laid out as an interleaved Q4_0 block: byte {@code 16 + i * 8 + r} holds
 * value i of row r's sub-block in its low nibble and value i + 16 in its high nibble. Values stay {@code (d * sc) * q
 * - (dmin * m)} bit for bit; the layout takes 152 bytes per row and super-block where the file takes 144 (scales
 * and mins unpacked to bytes).
 */
public record Q4Kx8Tensor(MemorySegment data, long size, int cols) implements Tensor {
    static final int ROWS = Interleaved8.ROWS;
    static final int SUB = 32;
    static final int SUBS = Q4KTensor.BLOCK / SUB;

    /** The 8 rows' d, then their dmin, as floats ({@link Interleaved8#setScale}). */
    static final int HEADER_BYTES = 8 * ROWS;

    /** One sub-block of 8 rows: scales, mins, then the nibbles in interleaved Q4_0 order. */
    static final int SUB_BYTES = 2 * ROWS + ROWS * SUB / 2;

    static final int GROUP_SUPER_BYTES = HEADER_BYTES + SUBS * SUB_BYTES;

    public Q4Kx8Tensor {
        Interleaved8.requireShape(GgmlType.Q4_K, Q4KTensor.BLOCK, size, cols);
    }

    @Override
    public GgmlType type() {
        return GgmlType.Q4_K;
    }

    /** Byte offset of super-block column {@code sb} of 8-row group {@code g}. */
    static long superOffset(int cols, int g, int sb) {
        return ((long) g * (cols / Q4KTensor.BLOCK) + sb) * GROUP_SUPER_BYTES;
    }

    /**
     * Repacks a row-major Q4_K matrix of {@code cols} columns (rows a multiple of 8) into memory of {@code arena};
     * empty when a {@code d} or {@code dmin} is infinite or NaN (the kernels convert them assuming they are finite).
     */
    public static Optional<Q4Kx8Tensor> repack(Q4KTensor t, int cols, Arena arena) {
        return Interleaved8.repackSuperBlocks(
                        t.data(),
                        t.size(),
                        cols,
                        Q4KTensor.BLOCK_BYTES,
                        GROUP_SUPER_BYTES,
                        Q4Kx8Tensor::repackRow,
                        arena)
                .map(data -> new Q4Kx8Tensor(data, t.size(), cols));
    }

    /**
     * Copies the Q4_K block at src[s] into lane r of the super-block at dst[o] (no scratch needed); true when d or dmin
     * is not finite.
     */
    private static boolean repackRow(MemorySegment src, long s, MemorySegment dst, long o, int r, int[] unused) {
        short d = src.get(Layouts.I16, s);
        short dmin = src.get(Layouts.I16, s + 2);
        Interleaved8.setScale(dst, o, r, d);
        Interleaved8.setScale(dst, o, ROWS + r, dmin);
        for (int k = 0; k < SUBS; k++) {
            long sub = o + HEADER_BYTES + (long) k * SUB_BYTES;
            dst.set(ValueLayout.JAVA_BYTE, sub + r, (byte) Q4KTensor.scale(src, s + 4, k));
            dst.set(ValueLayout.JAVA_BYTE, sub + ROWS + r, (byte) Q4KTensor.min(src, s + 4, k));
            // sub-block k is the low (k even) or high (k odd) nibbles of qs[32 (k / 2) ..]
            long qs = s + 16 + SUB * (k / 2);
            int shift = 4 * (k % 2);
            for (int i = 0; i < SUB / 2; i++) {
                int lo = (Layouts.u8(src, qs + i) >>> shift) & 0x0F;
                int hi = (Layouts.u8(src, qs + i + SUB / 2) >>> shift) & 0x0F;
                dst.set(ValueLayout.JAVA_BYTE, sub + 2 * ROWS + (long) i * ROWS + r, (byte) (lo | hi << 4));
            }
        }
        return (d & 0x7C00) == 0x7C00 || (dmin & 0x7C00) == 0x7C00;
    }

    /** Code i (0-15) of row lane's sub-block at {@code sub}. */
    static int code(MemorySegment s, long sub, int lane, int i) {
        int nibbles = Layouts.u8(s, sub + 2 * ROWS + (long) (i % (SUB / 2)) * ROWS + lane);
        return i < SUB / 2 ? nibbles & 0x0F : nibbles >>> 4;
    }

    /** Lane {@code lane}'s 256 values of the super-block at {@code off}, as {@link Q4KTensor#decodeBlock} gives them. */
    static void decodeSuper(MemorySegment s, long off, int lane, float[] out, int o) {
        float d = Interleaved8.scale(s, off, lane);
        float dmin = Interleaved8.scale(s, off, ROWS + lane);
        for (int k = 0; k < SUBS; k++) {
            long sub = off + HEADER_BYTES + (long) k * SUB_BYTES;
            float dk = d * Layouts.u8(s, sub + lane);
            float mk = dmin * Layouts.u8(s, sub + ROWS + lane);
            for (int i = 0; i < SUB / 2; i++) {
                int q = Layouts.u8(s, sub + 2 * ROWS + (long) i * ROWS + lane);
                out[o + SUB * k + i] = dk * (q & 0x0F) - mk;
                out[o + SUB * k + i + SUB / 2] = dk * (q >>> 4) - mk;
            }
        }
    }

    /** Row by row, super-block by super-block. */
    @Override
    public void dequantize(long start, float[] out, int outOff, int n) {
        Interleaved8.dequantize(
                data, cols, Q4KTensor.BLOCK, GROUP_SUPER_BYTES, Q4Kx8Tensor::decodeSuper, start, out, outOff, n);
    }

    /** Reference dot of elements [start, start + n) with x, super-block by super-block (products use the kernels). */
    @Override
    public float dot(long start, float[] x, int xOff, int n, TensorKernels kernels) {
        return Interleaved8.dot(this, Q4KTensor.BLOCK, start, x, xOff, n);
    }

    /** Interleaved rows have no linear element-to-byte mapping. */
    @Override
    public long byteOffset(long start) {
        throw new UnsupportedOperationException("an interleaved matrix has no linear byte offset");
    }
}
