package org.jrag.engine.tensor;

import java.lang.foreign.MemorySegment;
import java.nio.ByteOrder;
import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.ShortVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The interleaved Q4_K matrix ({@link Q4Kx8Tensor}) times activations rounded to 8-bit blocks of 32 ({@link
 * Q8Activations}), in integers: every 32-value sub-block is an interleaved Q4_0 block without the -8 offset, summed
 * as {@link Q4_0x8IntegerKernels} sums those (16-bit products, exact), so row r's sub-block k gives the integer
 * {@code sum_i q_w * q_x}. As the weights are {@code d * sc * q_w - dmin * m}, a super-block adds {@code d * sum_k
 * sc_k d_x sum_i q_w q_x} and {@code dmin * sum_k m_k d_x (-sum_i q_x)} (the activation block sum the Q4_0 kernels
 * keep as their offset): per sub-block and token two fused multiply-adds into the two sums, per super-block two into
 * the result. The scales and mins are turned into floats once per sub-block for all the tokens of a pass. llama.cpp
 * rounds activations to blocks of 256 (Q8_K) for this product; blocks of 32 round finer. Results equal {@link
 * Q8Activations#matmulQ4Kx8} bit for bit.
 */
final class Q4Kx8IntegerKernels {
    private static final VectorSpecies<Float> F = FloatVector.SPECIES_256;
    private static final VectorSpecies<Integer> I = IntVector.SPECIES_256;
    private static final VectorSpecies<Short> S = ShortVector.SPECIES_256;
    private static final VectorSpecies<Byte> B = ByteVector.SPECIES_128;
    private static final ByteOrder LE = ByteOrder.LITTLE_ENDIAN;
    private static final int BLOCK_INTS = Q4_0x8IntegerKernels.BLOCK_INTS;
    private static final int SUBS = Q4Kx8Tensor.SUBS;
    private static final int HEADER = Q4Kx8Tensor.HEADER_BYTES;
    private static final int SUB_BYTES = Q4Kx8Tensor.SUB_BYTES;
    private static final int GROUP_SUPER_BYTES = Q4Kx8Tensor.GROUP_SUPER_BYTES;

    private Q4Kx8IntegerKernels() {}

    /**
     * Groups [g0, g1) of the matrix times {@code tokens} activation rows: out[outOff + t * outStride + 8g + r]; 4
     * tokens per pass over a group, then the 1-3 left over one at a time.
     */
    static void matmul(
            MemorySegment w, int cols, float[] x, int tokens, float[] out, int outOff, int outStride, int g0, int g1) {
        int blocks = cols / Q8Activations.BLOCK;
        Q4_0x8IntegerKernels.Scratch s = Q4_0x8IntegerKernels.rounded(x, tokens * cols);
        int supers = cols / Q4KTensor.BLOCK;
        long groupBytes = (long) supers * GROUP_SUPER_BYTES;
        for (int g = g0; g < g1; g++) {
            MemorySegment group = Q4_0x8IntegerKernels.group(w, groupBytes, g);
            int t = 0;
            for (; t + 4 <= tokens; t += 4) {
                group4(
                        group,
                        supers,
                        g,
                        s,
                        t * blocks,
                        blocks,
                        out,
                        outOff + t * outStride,
                        outStride,
                        w,
                        t == 0 ? (g + 1) * groupBytes : -1);
            }
            for (; t < tokens; t++) {
                group1(group, supers, g, s, t * blocks, out, outOff + t * outStride, w, (g + 1) * groupBytes);
            }
        }
    }

    /** The 16 weight bytes of columns j and j + 1 at {@code off}, in row order, widened to shorts. */
    static ShortVector column(MemorySegment w, long off) {
        return (ShortVector) ByteVector.fromMemorySegment(B, w, off, LE)
                .rearrange(Q4_0x8IntegerKernels.ROW_PAIRS)
                .convertShape(VectorOperators.ZERO_EXTEND_B2S, S, 0);
    }

    /** {@code d_x * -sum_i q_x} of activation block b (the Q4_0 offset is {@code -8 sum_i q_x}, exact in floats). */
    static float minWeight(Q4_0x8IntegerKernels.Scratch s, int b) {
        return s.scales[b] * (s.offsets[b] * 0.125f);
    }

    /**
     * Group g (its super-blocks alone in {@code w}, from {@link Q4_0x8IntegerKernels#group}) for the token whose blocks
     * start at block {@code tb} of the scratch; outputs at o + 8g. Before each super-block it prefetches the same
     * super-block of the next group, at {@code ahead} in {@code matrix} (as {@link Q4_0x8IntegerKernels}'s one-token
     * pass does, where it does: Intel Xeon VM, AVX2 code, 1B decode 19.2-20.1 against 11.1-11.5 t/s). Column loops
     * of 4 (Zen 5 VM, one thread, AVX2 code, alternating in one process: 1.10-1.12x; 0.87x while a scale load stayed
     * out of line).
     */
    private static void group1(
            MemorySegment w,
            int supers,
            int g,
            Q4_0x8IntegerKernels.Scratch s,
            int tb,
            float[] out,
            int o,
            MemorySegment matrix,
            long ahead) {
        int[] xp = s.pairs;
        int shift = Q4_0x8IntegerKernels.nibbleShift;
        int a = 0;
        FloatVector acc = FloatVector.zero(F);
        for (int sb = 0; sb < supers; sb++, a += GROUP_SUPER_BYTES) {
            if (Prefetch.ONE_STREAM) {
                Prefetch.lines(matrix, ahead + a, ahead + a + GROUP_SUPER_BYTES / 2, GROUP_SUPER_BYTES / 2);
            }
            FloatVector scaled = FloatVector.zero(F);
            FloatVector mins = FloatVector.zero(F);
            int sub = a + HEADER;
            for (int k = 0; k < SUBS; k++, sub += SUB_BYTES) {
                int b = tb + sb * SUBS + k;
                int p = b * BLOCK_INTS;
                ShortVector lo = ShortVector.zero(S);
                ShortVector hi = ShortVector.zero(S);
                // two loops of 4 columns, which C2 unrolls whole (as Q4_0x8IntegerKernels' one-token pass)
                for (int j = 0; j < 4; j++) {
                    ShortVector v = column(w, sub + 16 + 16 * j);
                    lo = lo.add(v.mul(IntVector.broadcast(I, xp[p + j]).reinterpretAsShorts()));
                    hi = hi.add(v.lanewise(VectorOperators.LSHR, shift)
                            .mul(IntVector.broadcast(I, xp[p + 8 + j]).reinterpretAsShorts()));
                }
                for (int j = 4; j < 8; j++) {
                    ShortVector v = column(w, sub + 16 + 16 * j);
                    lo = lo.add(v.mul(IntVector.broadcast(I, xp[p + j]).reinterpretAsShorts()));
                    hi = hi.add(v.lanewise(VectorOperators.LSHR, shift)
                            .mul(IntVector.broadcast(I, xp[p + 8 + j]).reinterpretAsShorts()));
                }
                scaled = Q4_0x8IntegerKernels.laneSums(lo.add(hi))
                        .fma(PanamaTensorKernels.bytesToFloats(w, sub).mul(s.scales[b]), scaled);
                mins = PanamaTensorKernels.bytesToFloats(w, sub + 8)
                        .fma(FloatVector.broadcast(F, minWeight(s, b)), mins);
            }
            // the scales loaded here, not through PanamaTensorKernels.floats: with the unrolled column loops that call
            // went past C2's node budget (NodeCountInliningCutoff) and stayed a call returning a boxed vector
            acc = FloatVector.fromMemorySegment(F, w, a, LE).fma(scaled, acc);
            acc = FloatVector.fromMemorySegment(F, w, a + Interleaved8.DMIN_BYTES, LE)
                    .fma(mins, acc);
        }
        acc.intoArray(out, o + 8 * g);
    }

    /**
     * As {@link #group1} for 4 tokens (blocks at tb, tb + blocks, ..; outputs at o, o + stride, ..), in two passes:
     * the integer sub-block sums ({@link #subBlockSums4}), then the float steps. In one method C2 (JDK 25) stopped
     * inlining at its node limit ("NodeCountInliningCutoff") and left the float steps as calls that box their vectors.
     */
    private static void group4(
            MemorySegment w,
            int supers,
            int g,
            Q4_0x8IntegerKernels.Scratch s,
            int tb,
            int blocks,
            float[] out,
            int o,
            int stride,
            MemorySegment matrix,
            long ahead) {
        float[] sums = subBlockSums4(w, supers, s, tb, blocks, matrix, ahead);
        int n = 8 * supers * SUBS;
        int a = 0;
        FloatVector acc0 = FloatVector.zero(F);
        FloatVector acc1 = FloatVector.zero(F);
        FloatVector acc2 = FloatVector.zero(F);
        FloatVector acc3 = FloatVector.zero(F);
        for (int sb = 0; sb < supers; sb++, a += GROUP_SUPER_BYTES) {
            FloatVector scaled0 = FloatVector.zero(F);
            FloatVector scaled1 = FloatVector.zero(F);
            FloatVector scaled2 = FloatVector.zero(F);
            FloatVector scaled3 = FloatVector.zero(F);
            FloatVector mins0 = FloatVector.zero(F);
            FloatVector mins1 = FloatVector.zero(F);
            FloatVector mins2 = FloatVector.zero(F);
            FloatVector mins3 = FloatVector.zero(F);
            int sub = a + HEADER;
            for (int k = 0; k < SUBS; k++, sub += SUB_BYTES) {
                int i = 8 * (sb * SUBS + k);
                int b0 = tb + sb * SUBS + k;
                int b1 = b0 + blocks;
                int b2 = b1 + blocks;
                int b3 = b2 + blocks;
                FloatVector sc = PanamaTensorKernels.bytesToFloats(w, sub);
                FloatVector m = PanamaTensorKernels.bytesToFloats(w, sub + 8);
                scaled0 = FloatVector.fromArray(F, sums, i).fma(sc.mul(s.scales[b0]), scaled0);
                scaled1 = FloatVector.fromArray(F, sums, n + i).fma(sc.mul(s.scales[b1]), scaled1);
                scaled2 = FloatVector.fromArray(F, sums, 2 * n + i).fma(sc.mul(s.scales[b2]), scaled2);
                scaled3 = FloatVector.fromArray(F, sums, 3 * n + i).fma(sc.mul(s.scales[b3]), scaled3);
                mins0 = m.fma(FloatVector.broadcast(F, minWeight(s, b0)), mins0);
                mins1 = m.fma(FloatVector.broadcast(F, minWeight(s, b1)), mins1);
                mins2 = m.fma(FloatVector.broadcast(F, minWeight(s, b2)), mins2);
                mins3 = m.fma(FloatVector.broadcast(F, minWeight(s, b3)), mins3);
            }
            FloatVector d = PanamaTensorKernels.floats(w, a);
            FloatVector dmin = PanamaTensorKernels.floats(w, a + Interleaved8.DMIN_BYTES);
            acc0 = dmin.fma(mins0, d.fma(scaled0, acc0));
            acc1 = dmin.fma(mins1, d.fma(scaled1, acc1));
            acc2 = dmin.fma(mins2, d.fma(scaled2, acc2));
            acc3 = dmin.fma(mins3, d.fma(scaled3, acc3));
        }
        acc0.intoArray(out, o + 8 * g);
        acc1.intoArray(out, o + stride + 8 * g);
        acc2.intoArray(out, o + 2 * stride + 8 * g);
        acc3.intoArray(out, o + 3 * stride + 8 * g);
    }

    /**
     * The integer sums of every sub-block of a group for 4 tokens (blocks at tb, tb + blocks, ..), as exact floats in
     * the scratch's {@link Q4_0x8IntegerKernels.Scratch#sums}: token t's sub-block i at 8 * (t * subs + i), where subs
     * is the group's sub-block count. The 16-bit sums go to the scratch's shorts first and become floats in a loop of
     * their own ({@link Q4_0x8IntegerKernels.Scratch#rawLaneSums}). Prefetches as {@link #group1} does unless {@code
     * ahead} is negative (Intel Xeon VM, AVX2 code: a 4-sequence step of the 1B model 128-130 against 158-160 ms).
     */
    private static float[] subBlockSums4(
            MemorySegment w,
            int supers,
            Q4_0x8IntegerKernels.Scratch s,
            int tb,
            int blocks,
            MemorySegment matrix,
            long ahead) {
        int subs = supers * SUBS;
        short[] raw = s.raw(4 * 16 * subs);
        int[] xp = s.pairs;
        int shift = Q4_0x8IntegerKernels.nibbleShift;
        int a = 0;
        for (int sb = 0; sb < supers; sb++, a += GROUP_SUPER_BYTES) {
            if (ahead >= 0) {
                Prefetch.lines(matrix, ahead + a, ahead + a + GROUP_SUPER_BYTES / 2, GROUP_SUPER_BYTES / 2);
            }
            int sub = a + HEADER;
            for (int k = 0; k < SUBS; k++, sub += SUB_BYTES) {
                int i = 16 * (sb * SUBS + k);
                int p0 = (tb + sb * SUBS + k) * BLOCK_INTS;
                int p1 = p0 + blocks * BLOCK_INTS;
                int p2 = p1 + blocks * BLOCK_INTS;
                int p3 = p2 + blocks * BLOCK_INTS;
                ShortVector s0 = ShortVector.zero(S);
                ShortVector s1 = ShortVector.zero(S);
                ShortVector s2 = ShortVector.zero(S);
                ShortVector s3 = ShortVector.zero(S);
                for (int j = 0; j < 8; j++) {
                    ShortVector v = column(w, sub + 16 + 16 * j);
                    ShortVector hi = v.lanewise(VectorOperators.LSHR, shift);
                    s0 = s0.add(v.mul(IntVector.broadcast(I, xp[p0 + j]).reinterpretAsShorts()))
                            .add(hi.mul(IntVector.broadcast(I, xp[p0 + 8 + j]).reinterpretAsShorts()));
                    s1 = s1.add(v.mul(IntVector.broadcast(I, xp[p1 + j]).reinterpretAsShorts()))
                            .add(hi.mul(IntVector.broadcast(I, xp[p1 + 8 + j]).reinterpretAsShorts()));
                    s2 = s2.add(v.mul(IntVector.broadcast(I, xp[p2 + j]).reinterpretAsShorts()))
                            .add(hi.mul(IntVector.broadcast(I, xp[p2 + 8 + j]).reinterpretAsShorts()));
                    s3 = s3.add(v.mul(IntVector.broadcast(I, xp[p3 + j]).reinterpretAsShorts()))
                            .add(hi.mul(IntVector.broadcast(I, xp[p3 + 8 + j]).reinterpretAsShorts()));
                }
                s0.intoArray(raw, i);
                s1.intoArray(raw, 16 * subs + i);
                s2.intoArray(raw, 32 * subs + i);
                s3.intoArray(raw, 48 * subs + i);
            }
        }
        return s.rawLaneSums(4 * subs);
    }
}
