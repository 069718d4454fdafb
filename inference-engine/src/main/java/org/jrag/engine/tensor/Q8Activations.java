package org.jrag.engine.tensor;

import java.lang.foreign.MemorySegment;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorOperators;

/**
 * Activations rounded to 8 bits per block of 32 for the integer Q4_0 kernels, as ggml's {@code quantize_row_q8_0}
 * rounds them for its q4_0 x q8_0 dot: scale {@code d = max|x| / 127}, {@code q = round(x * (1 / d))} in [-127,
 * 127] (halves to even; ggml rounds them away from zero, which differs only on exact ties). A block whose scale
 * is below the smallest normal float (max|x| below ~1.5e-36) rounds to zeros. Each value is then off by at most
 * {@code d / 2}, so a block's dot product with weights w by at most {@code d / 2 * sum|w|}.
 *
 * <p>{@link #matmulQ4_0x8} is the scalar reference of the vector kernel ({@link Q4_0x8IntegerKernels}): the same
 * rounded activations, exact integer block sums {@code sum_j (q_w - 8) * q_x}, and per block one fused
 * multiply-add of that sum with {@code d_w * d_x}, in block order; both give the same bits.
 */
final class Q8Activations {
    static final int BLOCK = 32;

    /** 1.5 * 2^23: (y + M) - M rounds a float of magnitude below 2^22 to an integer, halves to even (as rint). */
    private static final float ROUNDER = 0x1.8p23f;

    private Q8Activations() {}

    /** The scale of a block whose largest magnitude is {@code amax}. */
    static float scale(float amax) {
        return amax / 127f;
    }

    /** 1 / d, or 0 where d is below the smallest normal float (so the inverse stays finite). */
    static float inverse(float d) {
        return d >= Float.MIN_NORMAL ? 1f / d : 0f;
    }

    /** Each lane of v times {@code inverse}, rounded as {@link #round} rounds it, for the vector kernels. */
    static IntVector round(FloatVector v, float inverse) {
        return (IntVector) v.mul(inverse).add(ROUNDER).sub(ROUNDER).convert(VectorOperators.F2I, 0);
    }

    /** x * (1 / d) rounded to the nearest integer, halves to even. */
    static int round(float x, float inverse) {
        return (int) Math.rint(x * inverse);
    }

    /**
     * The scalar reference of the interleaved Q4_0 matrix ({@link Q4_0x8Tensor}) times {@code tokens} rounded
     * activation rows, rows [from, to): {@code out[outOff + t * outStride + r] = sum_b d_w(r, b) * d_x(t, b) * sum_j
     * (q_w - 8) * q_x}.
     */
    static void matmulQ4_0x8(
            MemorySegment w,
            int cols,
            float[] x,
            int tokens,
            float[] out,
            int outOff,
            int outStride,
            int from,
            int to) {
        int blocks = cols / BLOCK;
        int[] q = new int[tokens * cols];
        float[] d = new float[tokens * blocks];
        round(x, tokens * blocks, q, d);
        for (int r = from; r < to; r++) {
            int lane = r % Interleaved8.ROWS;
            for (int t = 0; t < tokens; t++) {
                float acc = 0f;
                for (int b = 0; b < blocks; b++) {
                    long off = Q4_0x8Tensor.blockOffset(cols, r / Interleaved8.ROWS, b);
                    int qb = (t * blocks + b) * BLOCK;
                    int sum = 0;
                    for (int j = 0; j < BLOCK / 2; j++) {
                        int v = Layouts.u8(w, off + Q4_0x8Tensor.byteOffset(j, lane));
                        sum += ((v & 0x0F) - 8) * q[qb + j] + ((v >>> 4) - 8) * q[qb + j + 16];
                    }
                    acc = Math.fma((float) sum, Layouts.f16(w, off + 2L * lane) * d[t * blocks + b], acc);
                }
                out[outOff + t * outStride + r] = acc;
            }
        }
    }

    /** Rounds blocks [0, n) of x into q (values) and d (block scales). */
    private static void round(float[] x, int n, int[] q, float[] d) {
        for (int b = 0; b < n; b++) {
            float amax = 0f;
            for (int j = 0; j < BLOCK; j++) {
                amax = Math.max(amax, Math.abs(x[BLOCK * b + j]));
            }
            d[b] = scale(amax);
            float inv = inverse(d[b]);
            for (int j = 0; j < BLOCK; j++) {
                q[BLOCK * b + j] = round(x[BLOCK * b + j], inv);
            }
        }
    }

    /**
     * The scalar reference of the interleaved Q4_K matrix ({@link Q4Kx8Tensor}) times {@code tokens} rounded
     * activation rows, rows [from, to): per super-block, over its 32-value sub-blocks k (scale sc, min m, activation
     * block b) in order, {@code scaled = fma(sum_i q_w * q_x, sc * d_x, scaled)} and {@code mins = fma(m, d_x * -sum_i
     * q_x, mins)}; then {@code acc = fma(d, scaled, acc)} and {@code acc = fma(dmin, mins, acc)}. {@link
     * Q4Kx8IntegerKernels} gives the same bits.
     */
    static void matmulQ4Kx8(
            MemorySegment w,
            int cols,
            float[] x,
            int tokens,
            float[] out,
            int outOff,
            int outStride,
            int from,
            int to) {
        matmulKx8(
                Q4Kx8Tensor::code,
                Q4Kx8Tensor.GROUP_SUPER_BYTES,
                Q4Kx8Tensor.SUB_BYTES,
                w,
                cols,
                x,
                tokens,
                out,
                outOff,
                outStride,
                from,
                to);
    }

    /**
     * The scalar reference of the interleaved Q6_K matrix ({@link Q6Kx8Tensor}) times {@code tokens} rounded
     * activation rows, rows [from, to): per super-block, over its 16-value sub-blocks k (scale sc, in activation
     * block b) in order, {@code scaled = fma(sum_i (q - 32) * q_x, sc * d_x, scaled)}; then {@code acc = fma(d,
     * scaled, acc)}. {@link Q6Kx8IntegerKernels} gives the same bits.
     */
    static void matmulQ6Kx8(
            MemorySegment w,
            int cols,
            float[] x,
            int tokens,
            float[] out,
            int outOff,
            int outStride,
            int from,
            int to) {
        int blocks = cols / BLOCK;
        int[] q = new int[tokens * cols];
        float[] dx = new float[tokens * blocks];
        round(x, tokens * blocks, q, dx);
        for (int r = from; r < to; r++) {
            int lane = r % Interleaved8.ROWS;
            for (int t = 0; t < tokens; t++) {
                float acc = 0f;
                for (int sb = 0; sb < cols / Q6KTensor.BLOCK; sb++) {
                    long off = Q6Kx8Tensor.superOffset(cols, r / Interleaved8.ROWS, sb);
                    float scaled = 0f;
                    for (int k = 0; k < Q6Kx8Tensor.SUBS; k++) {
                        long c = Q6Kx8Tensor.codesOffset(off, k);
                        int first = t * cols + sb * Q6KTensor.BLOCK + k * Q6Kx8Tensor.SUB;
                        int sum = 0;
                        for (int v = 0; v < Q6Kx8Tensor.SUB; v++) {
                            sum += Q6Kx8Tensor.code(w, c, lane, v) * q[first + v];
                        }
                        float sc = Layouts.i8(w, Q6Kx8Tensor.scaleOffset(off, k) + lane);
                        scaled = Math.fma((float) sum, sc * dx[first / BLOCK], scaled);
                    }
                    acc = Math.fma(Interleaved8.scale(w, off, lane), scaled, acc);
                }
                out[outOff + t * outStride + r] = acc;
            }
        }
    }

    /**
     * The scalar reference of the interleaved Q5_K matrix ({@link Q5Kx8Tensor}): as {@link #matmulQ4Kx8} with 5-bit
     * codes. {@link Q5Kx8IntegerKernels} gives the same bits.
     */
    static void matmulQ5Kx8(
            MemorySegment w,
            int cols,
            float[] x,
            int tokens,
            float[] out,
            int outOff,
            int outStride,
            int from,
            int to) {
        matmulKx8(
                Q5Kx8Tensor::code,
                Q5Kx8Tensor.GROUP_SUPER_BYTES,
                Q5Kx8Tensor.SUB_BYTES,
                w,
                cols,
                x,
                tokens,
                out,
                outOff,
                outStride,
                from,
                to);
    }

    /** Code i of row {@code lane}'s 32-value sub-block at {@code sub} of an interleaved K-quant matrix. */
    @FunctionalInterface
    interface SubBlockCodes {
        int code(MemorySegment w, long sub, int lane, int i);
    }

    /**
     * The Q4_K / Q5_K references: both layouts start a super-block with the 8 rows' d and dmin and a sub-block with
     * their scales and mins; only where the codes sit differs.
     */
    private static void matmulKx8(
            SubBlockCodes codes,
            int groupSuperBytes,
            int subBytes,
            MemorySegment w,
            int cols,
            float[] x,
            int tokens,
            float[] out,
            int outOff,
            int outStride,
            int from,
            int to) {
        int blocks = cols / BLOCK;
        int supers = cols / Q4KTensor.BLOCK;
        int[] q = new int[tokens * cols];
        float[] dx = new float[tokens * blocks];
        round(x, tokens * blocks, q, dx);
        for (int r = from; r < to; r++) {
            int lane = r % Interleaved8.ROWS;
            for (int t = 0; t < tokens; t++) {
                float acc = 0f;
                for (int sb = 0; sb < supers; sb++) {
                    long off = ((long) (r / Interleaved8.ROWS) * supers + sb) * groupSuperBytes;
                    float scaled = 0f;
                    float mins = 0f;
                    for (int k = 0; k < Q4Kx8Tensor.SUBS; k++) {
                        long sub = off + Q4Kx8Tensor.HEADER_BYTES + (long) k * subBytes;
                        int b = t * blocks + sb * Q4Kx8Tensor.SUBS + k;
                        int sum = 0;
                        int sumX = 0;
                        for (int i = 0; i < BLOCK; i++) {
                            sum += codes.code(w, sub, lane, i) * q[BLOCK * b + i];
                            sumX += q[BLOCK * b + i];
                        }
                        float sc = Layouts.u8(w, sub + lane);
                        float m = Layouts.u8(w, sub + Interleaved8.ROWS + lane);
                        scaled = Math.fma((float) sum, sc * dx[b], scaled);
                        mins = Math.fma(m, dx[b] * (float) -sumX, mins);
                    }
                    acc = Math.fma(Interleaved8.scale(w, off, lane), scaled, acc);
                    acc = Math.fma(Interleaved8.scale(w, off, Interleaved8.ROWS + lane), mins, acc);
                }
                out[outOff + t * outStride + r] = acc;
            }
        }
    }
}
