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
 * The interleaved Q6_K matrix ({@link Q6Kx8Tensor}) times activations rounded to 8-bit blocks of 32 ({@link
 * Q8Activations}), in integers: per 16-value sub-block, 8 loads of 16 code bytes (two values of each of 8 rows)
 * widened to shorts multiply 16-bit activation pairs (vpmullw) into 16-bit sums. Those are exact: a lane adds 8
 * products of a code in [-32, 31] and an activation of magnitude at most 127, at most 32,512. The two lanes of a row
 * give its integer {@code sum_i (q - 32) * q_x}; per sub-block and token one fused multiply-add adds it times {@code
 * sc * d_x}, and per super-block one more multiplies that sum by {@code d}. llama.cpp rounds activations to blocks of
 * 256 (Q8_K) for this product; blocks of 32 round finer. Results equal {@link Q8Activations#matmulQ6Kx8} bit for bit.
 */
final class Q6Kx8IntegerKernels {
    private static final VectorSpecies<Float> F = FloatVector.SPECIES_256;
    private static final VectorSpecies<Integer> I = IntVector.SPECIES_256;
    private static final VectorSpecies<Short> S = ShortVector.SPECIES_256;
    private static final VectorSpecies<Byte> B = ByteVector.SPECIES_128;
    private static final ByteOrder LE = ByteOrder.LITTLE_ENDIAN;
    private static final int BLOCK_INTS = Q4_0x8IntegerKernels.BLOCK_INTS;
    private static final int SUBS = Q6Kx8Tensor.SUBS;
    private static final int ROWS = Interleaved8.ROWS;
    private static final int HEADER = Q6Kx8Tensor.HEADER_BYTES;
    private static final int SUB_BYTES = Q6Kx8Tensor.SUB_BYTES;
    private static final int GROUP_SUPER_BYTES = Q6Kx8Tensor.GROUP_SUPER_BYTES;

    /** Activation blocks (32 values) per super-block. */
    private static final int BLOCKS_PER_SUPER = Q6KTensor.BLOCK / Q8Activations.BLOCK;

    private Q6Kx8IntegerKernels() {}

    /**
     * Groups [g0, g1) of the matrix times {@code tokens} activation rows: out[outOff + t * outStride + 8g + r]; 4
     * tokens per pass over a group, then the 1-3 left over one at a time.
     */
    static void matmul(
            MemorySegment w, int cols, float[] x, int tokens, float[] out, int outOff, int outStride, int g0, int g1) {
        int blocks = cols / Q8Activations.BLOCK;
        Q4_0x8IntegerKernels.Scratch s = Q4_0x8IntegerKernels.roundedRaw(x, tokens * cols);
        int supers = cols / Q6KTensor.BLOCK;
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

    /** The 16 code bytes at {@code off} (values 2j, 2j + 1 of 8 rows), sign-extended to shorts. */
    private static ShortVector codes(MemorySegment w, long off) {
        return (ShortVector) ByteVector.fromMemorySegment(B, w, off, LE).convertShape(VectorOperators.B2S, S, 0);
    }

    /**
     * Group g (its super-blocks alone in {@code w}, from {@link Q4_0x8IntegerKernels#group}) for the token whose blocks
     * start at block {@code tb} of the scratch; outputs at o + 8g. Before each super-block it prefetches the same
     * super-block of the next group, at {@code ahead} in {@code matrix}, where {@link Prefetch#ONE_STREAM} (as {@link
     * Q4_0x8IntegerKernels}'s one-token pass does: Intel Xeon VM, AVX2 code, 1B decode 12.2-12.5 against 6.9-7.2 t/s;
     * a Zen 3 VM one thread 5.7-6.4 without against 3.9-4.4 with, where a Zen 5 VM gained 7 % with it). Each pass of
     * its loop takes the two sub-blocks of one activation block, in order (Zen 3 VM, one thread: 6.9-7.4 against
     * 6.6-7.0 t/s one sub-block a pass), in a column loop each: C2 (JDK 25) unrolls those, where one loop over
     * both sub-blocks' columns ran 8 passes of ~30 instructions, bounds checks and a broadcast through a general
     * register included (Zen 5 VM, one thread, AVX2 code: 20.2-21.1 against 15.5-16.3 G multiply-adds a second).
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
        int a = 0;
        FloatVector acc = FloatVector.zero(F);
        for (int sb = 0; sb < supers; sb++, a += GROUP_SUPER_BYTES) {
            if (Prefetch.ONE_STREAM) {
                Prefetch.lines(matrix, ahead + a, ahead + a + GROUP_SUPER_BYTES / 2, GROUP_SUPER_BYTES / 2);
            }
            FloatVector scaled = FloatVector.zero(F);
            int sub = a + HEADER;
            int b = tb + sb * BLOCKS_PER_SUPER;
            for (int h = 0; h < BLOCKS_PER_SUPER; h++, b++, sub += 2 * SUB_BYTES) {
                int p = b * BLOCK_INTS;
                ShortVector s0 = ShortVector.zero(S);
                ShortVector s1 = ShortVector.zero(S);
                for (int j = 0; j < 8; j++) {
                    s0 = s0.add(codes(w, sub + ROWS + 16 * j)
                            .mul(IntVector.broadcast(I, xp[p + j]).reinterpretAsShorts()));
                }
                for (int j = 0; j < 8; j++) {
                    s1 = s1.add(codes(w, sub + SUB_BYTES + ROWS + 16 * j)
                            .mul(IntVector.broadcast(I, xp[p + 8 + j]).reinterpretAsShorts()));
                }
                float xs = s.scales[b];
                FloatVector sc0 = PanamaTensorKernels.bytesToFloats(w, sub).mul(xs);
                FloatVector sc1 =
                        PanamaTensorKernels.bytesToFloats(w, sub + SUB_BYTES).mul(xs);
                scaled = Q4_0x8IntegerKernels.laneSums(s0).fma(sc0, scaled);
                scaled = Q4_0x8IntegerKernels.laneSums(s1).fma(sc1, scaled);
            }
            acc = PanamaTensorKernels.floats(w, a).fma(scaled, acc);
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
            int sub = a + HEADER;
            for (int k = 0; k < SUBS; k++, sub += SUB_BYTES) {
                int i = 8 * (sb * SUBS + k);
                int b0 = tb + sb * BLOCKS_PER_SUPER + k / 2;
                int b1 = b0 + blocks;
                int b2 = b1 + blocks;
                int b3 = b2 + blocks;
                FloatVector sc = PanamaTensorKernels.bytesToFloats(w, sub);
                scaled0 = FloatVector.fromArray(F, sums, i).fma(sc.mul(s.scales[b0]), scaled0);
                scaled1 = FloatVector.fromArray(F, sums, n + i).fma(sc.mul(s.scales[b1]), scaled1);
                scaled2 = FloatVector.fromArray(F, sums, 2 * n + i).fma(sc.mul(s.scales[b2]), scaled2);
                scaled3 = FloatVector.fromArray(F, sums, 3 * n + i).fma(sc.mul(s.scales[b3]), scaled3);
            }
            FloatVector d = PanamaTensorKernels.floats(w, a);
            acc0 = d.fma(scaled0, acc0);
            acc1 = d.fma(scaled1, acc1);
            acc2 = d.fma(scaled2, acc2);
            acc3 = d.fma(scaled3, acc3);
        }
        acc0.intoArray(out, o + 8 * g);
        acc1.intoArray(out, o + stride + 8 * g);
        acc2.intoArray(out, o + 2 * stride + 8 * g);
        acc3.intoArray(out, o + 3 * stride + 8 * g);
    }

    /**
     * The integer sums of every 16-value sub-block of a group for 4 tokens (blocks at tb, tb + blocks, ..), as exact
     * floats in the scratch's {@link Q4_0x8IntegerKernels.Scratch#sums}: token t's sub-block i at 8 * (t * subs + i),
     * where subs is the group's sub-block count (16-bit sums through the scratch's shorts, as {@link
     * Q4Kx8IntegerKernels} does). Prefetches as {@link #group1} does unless {@code ahead} is negative (Intel Xeon VM,
     * AVX2 code: a 4-sequence step of the 1B model 177-178 against 231 ms).
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
        int a = 0;
        for (int sb = 0; sb < supers; sb++, a += GROUP_SUPER_BYTES) {
            if (ahead >= 0) {
                Prefetch.lines(matrix, ahead + a, ahead + a + GROUP_SUPER_BYTES / 2, GROUP_SUPER_BYTES / 2);
            }
            int sub = a + HEADER;
            for (int k = 0; k < SUBS; k++, sub += SUB_BYTES) {
                int i = 16 * (sb * SUBS + k);
                int p0 = (tb + sb * BLOCKS_PER_SUPER + k / 2) * BLOCK_INTS + (k % 2) * 8;
                int p1 = p0 + blocks * BLOCK_INTS;
                int p2 = p1 + blocks * BLOCK_INTS;
                int p3 = p2 + blocks * BLOCK_INTS;
                ShortVector s0 = ShortVector.zero(S);
                ShortVector s1 = ShortVector.zero(S);
                ShortVector s2 = ShortVector.zero(S);
                ShortVector s3 = ShortVector.zero(S);
                for (int j = 0; j < 8; j++) {
                    ShortVector v = codes(w, sub + ROWS + 16 * j);
                    s0 = s0.add(v.mul(IntVector.broadcast(I, xp[p0 + j]).reinterpretAsShorts()));
                    s1 = s1.add(v.mul(IntVector.broadcast(I, xp[p1 + j]).reinterpretAsShorts()));
                    s2 = s2.add(v.mul(IntVector.broadcast(I, xp[p2 + j]).reinterpretAsShorts()));
                    s3 = s3.add(v.mul(IntVector.broadcast(I, xp[p3 + j]).reinterpretAsShorts()));
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
