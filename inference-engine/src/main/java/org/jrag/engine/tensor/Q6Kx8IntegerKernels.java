package org.jrag.engine.tensor;

import java.lang.foreign.MemorySegment;
import java.nio.ByteOrder;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.ShortVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The interleaved Q6_K matrix ({@link Q6Kx8Tensor}) times activations rounded to 8-bit blocks of 32 ({@link
 * Q8Activations}), in integers: per 16-value sub-block, each of its 4 chunks (values 4m .. 4m + 3 of the 8 rows, one
 * row a 32-bit lane) is put together from its nibbles and high bits ({@link #chunk}) as 16 lanes of 16 bits, lane 2r
 * + e holding row r's codes of values 4m + 2e and 4m + 2e + 1 as u = q0 + 256 q1. The lane and the lane shifted right
 * by 8 multiply 16-bit activation terms (vpmullw; {@link Q4_0x8IntegerKernels#quantizeStrided}) whose products add up
 * to {@code q0 x0 + q1 x1} modulo 2^16, into sums that start at the codes' offset {@code -32 sum x}. The true sum of a
 * lane, {@code sum (q - 32) q_x} over 8 values, fits 16 bits (a code in [-32, 31] times an activation of magnitude at
 * most 127, at most 32,512), so each lane ends exact. The two lanes of a row give its integer {@code sum_i (q - 32) *
 * q_x}; per sub-block and token one fused multiply-add adds it times {@code sc * d_x}, and per super-block one more
 * multiplies that sum by {@code d}. llama.cpp rounds activations to blocks of 256 (Q8_K) for this product; blocks of
 * 32 round finer. Results equal {@link Q8Activations#matmulQ6Kx8} bit for bit.
 */
final class Q6Kx8IntegerKernels {
    private static final VectorSpecies<Float> F = FloatVector.SPECIES_256;
    private static final VectorSpecies<Integer> I = IntVector.SPECIES_256;
    private static final VectorSpecies<Short> S = ShortVector.SPECIES_256;
    private static final ByteOrder LE = ByteOrder.LITTLE_ENDIAN;
    private static final int BLOCK_INTS = Q4_0x8IntegerKernels.BLOCK_INTS;
    private static final int SUBS = Q6Kx8Tensor.SUBS;
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
        Q4_0x8IntegerKernels.Scratch s = Q4_0x8IntegerKernels.roundedStrided(x, tokens * cols);
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

    /**
     * Chunk m of the sub-block codes at {@code c} ({@link Q6Kx8Tensor}) as 16 lanes of 16 bits: byte {@code 4 r + v}
     * holds the code q of value {@code 4 m + v} of row r. Loaded and shifted as shorts, not bytes: C2 (JDK 25) left the
     * shifts of a {@code ByteVector} reinterpreted as shorts as calls.
     */
    private static ShortVector chunk(MemorySegment w, long c, int m) {
        ShortVector low = ShortVector.fromMemorySegment(S, w, c + 32 * (m / 2), LE)
                .lanewise(VectorOperators.LSHR, 4 * (m % 2))
                .and((short) 0x0F0F);
        ShortVector high = ShortVector.fromMemorySegment(S, w, c + 64, LE)
                .lanewise(VectorOperators.LSHR, 2 * m)
                .and((short) 0x0303);
        return low.or(high.lanewise(VectorOperators.LSHL, 4));
    }

    /**
     * Group g (its super-blocks alone in {@code w}, from {@link Q4_0x8IntegerKernels#group}) for the token whose blocks
     * start at block {@code tb} of the scratch; outputs at o + 8g. Before each super-block it prefetches the same
     * super-block of the next group, at {@code ahead} in {@code matrix}, where {@link Prefetch#ONE_STREAM} (as {@link
     * Q4_0x8IntegerKernels}'s one-token pass does: Intel Xeon VM, AVX2 code, 1B decode 12.2-12.5 against 6.9-7.2 t/s;
     * a Zen 3 VM one thread 5.7-6.4 without against 3.9-4.4 with, where a Zen 5 VM gained 7 % with it). One sub-block
     * a pass of its loop, its 4 chunks in a loop of their own: with two sub-blocks a pass, each chunk's steps written
     * out, C2 (JDK 25) reached its node limit while inlining and left the chunks, the lane sums and the scales as calls
     * that box their vectors (Zen 4 VM, 2048 x 2048 in cache: 4x the time).
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
            for (int k = 0; k < SUBS; k++) {
                int b = tb + sb * BLOCKS_PER_SUPER + k / 2;
                long c = Q6Kx8Tensor.codesOffset(a, k);
                int p = b * BLOCK_INTS + (k % 2) * 8;
                ShortVector sum =
                        IntVector.broadcast(I, s.offsets[2 * b + k % 2]).reinterpretAsShorts();
                for (int m = 0; m < 4; m++) {
                    ShortVector u = chunk(w, c, m);
                    sum = sum.add(u.mul(IntVector.broadcast(I, xp[p + 2 * m]).reinterpretAsShorts()))
                            .add(u.lanewise(VectorOperators.LSHR, 8)
                                    .mul(IntVector.broadcast(I, xp[p + 2 * m + 1])
                                            .reinterpretAsShorts()));
                }
                FloatVector sc = PanamaTensorKernels.bytesToFloats(w, Q6Kx8Tensor.scaleOffset(a, k))
                        .mul(s.scales[b]);
                scaled = Q4_0x8IntegerKernels.laneSums(sum).fma(sc, scaled);
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
            for (int k = 0; k < SUBS; k++) {
                int i = 8 * (sb * SUBS + k);
                int b0 = tb + sb * BLOCKS_PER_SUPER + k / 2;
                int b1 = b0 + blocks;
                int b2 = b1 + blocks;
                int b3 = b2 + blocks;
                FloatVector sc = PanamaTensorKernels.bytesToFloats(w, Q6Kx8Tensor.scaleOffset(a, k));
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
            for (int k = 0; k < SUBS; k++) {
                long c = Q6Kx8Tensor.codesOffset(a, k);
                int i = 16 * (sb * SUBS + k);
                int b0 = tb + sb * BLOCKS_PER_SUPER + k / 2;
                int h = k % 2;
                int p0 = b0 * BLOCK_INTS + h * 8;
                int p1 = p0 + blocks * BLOCK_INTS;
                int p2 = p1 + blocks * BLOCK_INTS;
                int p3 = p2 + blocks * BLOCK_INTS;
                ShortVector s0 = IntVector.broadcast(I, s.offsets[2 * b0 + h]).reinterpretAsShorts();
                ShortVector s1 =
                        IntVector.broadcast(I, s.offsets[2 * (b0 + blocks) + h]).reinterpretAsShorts();
                ShortVector s2 = IntVector.broadcast(I, s.offsets[2 * (b0 + 2 * blocks) + h])
                        .reinterpretAsShorts();
                ShortVector s3 = IntVector.broadcast(I, s.offsets[2 * (b0 + 3 * blocks) + h])
                        .reinterpretAsShorts();
                for (int m = 0; m < 4; m++) {
                    ShortVector u = chunk(w, c, m);
                    ShortVector v = u.lanewise(VectorOperators.LSHR, 8);
                    int j = 2 * m;
                    s0 = s0.add(u.mul(IntVector.broadcast(I, xp[p0 + j]).reinterpretAsShorts()))
                            .add(v.mul(IntVector.broadcast(I, xp[p0 + j + 1]).reinterpretAsShorts()));
                    s1 = s1.add(u.mul(IntVector.broadcast(I, xp[p1 + j]).reinterpretAsShorts()))
                            .add(v.mul(IntVector.broadcast(I, xp[p1 + j + 1]).reinterpretAsShorts()));
                    s2 = s2.add(u.mul(IntVector.broadcast(I, xp[p2 + j]).reinterpretAsShorts()))
                            .add(v.mul(IntVector.broadcast(I, xp[p2 + j + 1]).reinterpretAsShorts()));
                    s3 = s3.add(u.mul(IntVector.broadcast(I, xp[p3 + j]).reinterpretAsShorts()))
                            .add(v.mul(IntVector.broadcast(I, xp[p3 + j + 1]).reinterpretAsShorts()));
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
