package org.jrag.engine.tensor;

import java.lang.foreign.MemorySegment;
import java.nio.ByteOrder;
import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.ShortVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShuffle;
import jdk.incubator.vector.VectorSpecies;

/**
 * The interleaved Q4_0 matrix ({@link Q4_0x8Tensor}) times activations rounded to 8-bit blocks ({@link
 * Q8Activations}) in integers, as llama.cpp's q4_0 x q8_0 dot: 16 weight bytes (two columns of 8 rows) widen to 16
 * shorts, whose low and high nibbles multiply 16-bit activations (vpmullw) into 16-bit sums; per block these become
 * 8 row sums, one float conversion and one fused multiply-add with the two scales. The activations are laid out for
 * the weights, each value 8 times: {@code [x_j x8, x_j+1 x8]} beside {@code [x_j+16 x8, x_j+17 x8]} for j = 0, 2, ..
 * 14, so no broadcast is left in the loop.
 *
 * <p>16-bit sums are exact: a lane adds 16 products of a nibble (at most 15) and an activation (at most 127 in
 * magnitude), at most 30,480. The -8 offset of every weight is applied once per block as the integer {@code -8 *
 * sum_j q_x}. A token's result does not depend on how many tokens share a pass (integer sums, then the same float
 * steps), and equals {@link Q8Activations#matmulQ4_0x8} bit for bit.
 */
final class Q4_0x8IntegerKernels {
    private static final VectorSpecies<Float> F = FloatVector.SPECIES_256;
    private static final VectorSpecies<Integer> I = IntVector.SPECIES_256;
    private static final VectorSpecies<Short> S = ShortVector.SPECIES_256;
    private static final VectorSpecies<Byte> B = ByteVector.SPECIES_128;
    private static final ByteOrder LE = ByteOrder.LITTLE_ENDIAN;
    private static final int BLOCK = Q8Activations.BLOCK;
    private static final int GROUP_BLOCK_BYTES = Q4_0x8Tensor.GROUP_BLOCK_BYTES;

    /** Shorts of one block of activations in the kernel's layout: 32 values, 8 copies each. */
    static final int BLOCK_SHORTS = BLOCK * Interleaved8.ROWS;

    /** 1.5 * 2^23: (y + M) - M rounds a float of magnitude below 2^22 to an integer, halves to even (as rint). */
    private static final float ROUNDER = 0x1.8p23f;

    /** Lanes 2m, 2m, 2m, 2m, 2m+1 x4: with each int holding its value in both halves, [x_2m x8, x_2m+1 x8]. */
    private static final VectorShuffle<Integer>[] PAIRS = pairs();

    @SuppressWarnings("unchecked")
    private static VectorShuffle<Integer>[] pairs() {
        VectorShuffle<Integer>[] p = new VectorShuffle[4];
        for (int m = 0; m < 4; m++) {
            p[m] = VectorShuffle.fromValues(I, 2 * m, 2 * m, 2 * m, 2 * m, 2 * m + 1, 2 * m + 1, 2 * m + 1, 2 * m + 1);
        }
        return p;
    }

    /** Per-thread rounded activations (layout above), block scales and block offsets -8 * sum q, grown as needed. */
    private static final class Scratch {
        short[] values = new short[0];
        float[] scales = new float[0];
        int[] offsets = new int[0];
    }

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    private Q4_0x8IntegerKernels() {}

    /**
     * Groups [g0, g1) of the matrix times {@code tokens} activation rows: out[outOff + t * outStride + 8g + r]; 4
     * tokens per pass over a group, then the 1-3 left over in one more pass ({@code remainderPasses}; else one at a
     * time).
     */
    static void matmul(
            MemorySegment w,
            int cols,
            float[] x,
            int tokens,
            float[] out,
            int outOff,
            int outStride,
            int g0,
            int g1,
            boolean remainderPasses) {
        int blocks = cols / BLOCK;
        Scratch s = SCRATCH.get();
        if (s.scales.length < tokens * blocks) {
            s.values = new short[tokens * blocks * BLOCK_SHORTS];
            s.scales = new float[tokens * blocks];
            s.offsets = new int[tokens * blocks];
        }
        quantize(x, tokens * blocks, s.values, s.scales, s.offsets);
        for (int g = g0; g < g1; g++) {
            int t = 0;
            for (; t + 4 <= tokens; t += 4) {
                group4(w, blocks, g, s, t * blocks, out, outOff + t * outStride, outStride);
            }
            if (!remainderPasses) {
                for (; t < tokens; t++) {
                    group1(w, blocks, g, s, t * blocks, out, outOff + t * outStride);
                }
            } else if (tokens - t == 3) {
                group3(w, blocks, g, s, t * blocks, out, outOff + t * outStride, outStride);
            } else if (tokens - t == 2) {
                group2(w, blocks, g, s, t * blocks, out, outOff + t * outStride, outStride);
            } else if (tokens - t == 1) {
                group1(w, blocks, g, s, t * blocks, out, outOff + t * outStride);
            }
        }
    }

    /**
     * Rounds blocks [0, n) of x (as {@link Q8Activations}) into the kernel's layout: values 0-7 of a block give the
     * pairs (0, 1) .. (6, 7) at shorts 0, 32, 64, 96; values 8-15 the pairs at 128 .. 224; values 16-31 the same
     * 16 shorts further on.
     */
    static void quantize(float[] x, int n, short[] values, float[] scales, int[] offsets) {
        for (int b = 0; b < n; b++) {
            int i = BLOCK * b;
            FloatVector v0 = FloatVector.fromArray(F, x, i);
            FloatVector v1 = FloatVector.fromArray(F, x, i + 8);
            FloatVector v2 = FloatVector.fromArray(F, x, i + 16);
            FloatVector v3 = FloatVector.fromArray(F, x, i + 24);
            float amax = v0.abs().max(v1.abs()).max(v2.abs().max(v3.abs())).reduceLanes(VectorOperators.MAX);
            float d = Q8Activations.scale(amax);
            float inv = Q8Activations.inverse(d);
            IntVector q0 = (IntVector) v0.mul(inv).add(ROUNDER).sub(ROUNDER).convert(VectorOperators.F2I, 0);
            IntVector q1 = (IntVector) v1.mul(inv).add(ROUNDER).sub(ROUNDER).convert(VectorOperators.F2I, 0);
            IntVector q2 = (IntVector) v2.mul(inv).add(ROUNDER).sub(ROUNDER).convert(VectorOperators.F2I, 0);
            IntVector q3 = (IntVector) v3.mul(inv).add(ROUNDER).sub(ROUNDER).convert(VectorOperators.F2I, 0);
            scales[b] = d;
            offsets[b] = -8 * q0.add(q1).add(q2.add(q3)).reduceLanes(VectorOperators.ADD);
            // each int holding its value in both 16-bit halves, a pair shuffle gives [q_2m x8, q_2m+1 x8]
            q0 = q0.and(0xFFFF).or(q0.lanewise(VectorOperators.LSHL, 16));
            q1 = q1.and(0xFFFF).or(q1.lanewise(VectorOperators.LSHL, 16));
            q2 = q2.and(0xFFFF).or(q2.lanewise(VectorOperators.LSHL, 16));
            q3 = q3.and(0xFFFF).or(q3.lanewise(VectorOperators.LSHL, 16));
            int o = BLOCK_SHORTS * b;
            for (int m = 0; m < 4; m++) {
                VectorShuffle<Integer> pair = PAIRS[m];
                q0.rearrange(pair).reinterpretAsShorts().intoArray(values, o + 32 * m);
                q1.rearrange(pair).reinterpretAsShorts().intoArray(values, o + 128 + 32 * m);
                q2.rearrange(pair).reinterpretAsShorts().intoArray(values, o + 16 + 32 * m);
                q3.rearrange(pair).reinterpretAsShorts().intoArray(values, o + 144 + 32 * m);
            }
        }
    }

    /** Columns j and j + 1 of 8 rows (16 bytes at off) as 16 unsigned shorts. */
    private static ShortVector weights(MemorySegment w, long off) {
        return (ShortVector)
                ByteVector.fromMemorySegment(B, w, off, LE).convertShape(VectorOperators.ZERO_EXTEND_B2S, S, 0);
    }

    /** Group g for the token whose blocks start at block {@code tb} of the scratch; outputs at o + 8g. */
    private static void group1(MemorySegment w, int blocks, int g, Scratch s, int tb, float[] out, int o) {
        short[] xs = s.values;
        long a = g * (long) blocks * GROUP_BLOCK_BYTES;
        FloatVector acc = FloatVector.zero(F);
        for (int b = 0; b < blocks; b++, a += GROUP_BLOCK_BYTES) {
            int p = (tb + b) * BLOCK_SHORTS;
            ShortVector lo = ShortVector.zero(S);
            ShortVector hi = ShortVector.zero(S);
            for (int j = 0; j < 8; j++) {
                ShortVector v = (ShortVector) ByteVector.fromMemorySegment(B, w, a + 16 + 16L * j, LE)
                        .convertShape(VectorOperators.ZERO_EXTEND_B2S, S, 0);
                lo = lo.add(v.and((short) 0x0F).mul(ShortVector.fromArray(S, xs, p + 32 * j)));
                hi = hi.add(v.lanewise(VectorOperators.LSHR, 4).mul(ShortVector.fromArray(S, xs, p + 32 * j + 16)));
            }
            FloatVector d = PanamaTensorKernels.halfToFloat(w, a);
            acc = ((FloatVector) ((IntVector) lo.add(hi).convertShape(VectorOperators.S2I, I, 0))
                            .add((IntVector) lo.add(hi).convertShape(VectorOperators.S2I, I, 1))
                            .add(s.offsets[tb + b])
                            .convert(VectorOperators.I2F, 0))
                    .fma(d.mul(s.scales[tb + b]), acc);
        }
        acc.intoArray(out, o + 8 * g);
    }

    /** As {@link #group1} for 2 tokens (blocks at tb and tb + blocks; outputs at o and o + stride). */
    private static void group2(MemorySegment w, int blocks, int g, Scratch s, int tb, float[] out, int o, int stride) {
        short[] xs = s.values;
        long a = g * (long) blocks * GROUP_BLOCK_BYTES;
        int tb1 = tb + blocks;
        FloatVector acc0 = FloatVector.zero(F);
        FloatVector acc1 = FloatVector.zero(F);
        for (int b = 0; b < blocks; b++, a += GROUP_BLOCK_BYTES) {
            int p0 = (tb + b) * BLOCK_SHORTS;
            int p1 = (tb1 + b) * BLOCK_SHORTS;
            ShortVector s0 = ShortVector.zero(S);
            ShortVector s1 = ShortVector.zero(S);
            for (int j = 0; j < 8; j++) {
                ShortVector v = (ShortVector) ByteVector.fromMemorySegment(B, w, a + 16 + 16L * j, LE)
                        .convertShape(VectorOperators.ZERO_EXTEND_B2S, S, 0);
                ShortVector lo = v.and((short) 0x0F);
                ShortVector hi = v.lanewise(VectorOperators.LSHR, 4);
                int q = 32 * j;
                s0 = s0.add(lo.mul(ShortVector.fromArray(S, xs, p0 + q)))
                        .add(hi.mul(ShortVector.fromArray(S, xs, p0 + q + 16)));
                s1 = s1.add(lo.mul(ShortVector.fromArray(S, xs, p1 + q)))
                        .add(hi.mul(ShortVector.fromArray(S, xs, p1 + q + 16)));
            }
            FloatVector d = PanamaTensorKernels.halfToFloat(w, a);
            acc0 = ((FloatVector) ((IntVector) s0.convertShape(VectorOperators.S2I, I, 0))
                            .add((IntVector) s0.convertShape(VectorOperators.S2I, I, 1))
                            .add(s.offsets[tb + b])
                            .convert(VectorOperators.I2F, 0))
                    .fma(d.mul(s.scales[tb + b]), acc0);
            acc1 = ((FloatVector) ((IntVector) s1.convertShape(VectorOperators.S2I, I, 0))
                            .add((IntVector) s1.convertShape(VectorOperators.S2I, I, 1))
                            .add(s.offsets[tb1 + b])
                            .convert(VectorOperators.I2F, 0))
                    .fma(d.mul(s.scales[tb1 + b]), acc1);
        }
        acc0.intoArray(out, o + 8 * g);
        acc1.intoArray(out, o + stride + 8 * g);
    }

    /** As {@link #group2} for 3 tokens. */
    private static void group3(MemorySegment w, int blocks, int g, Scratch s, int tb, float[] out, int o, int stride) {
        short[] xs = s.values;
        long a = g * (long) blocks * GROUP_BLOCK_BYTES;
        int tb1 = tb + blocks;
        int tb2 = tb1 + blocks;
        FloatVector acc0 = FloatVector.zero(F);
        FloatVector acc1 = FloatVector.zero(F);
        FloatVector acc2 = FloatVector.zero(F);
        for (int b = 0; b < blocks; b++, a += GROUP_BLOCK_BYTES) {
            int p0 = (tb + b) * BLOCK_SHORTS;
            int p1 = (tb1 + b) * BLOCK_SHORTS;
            int p2 = (tb2 + b) * BLOCK_SHORTS;
            ShortVector s0 = ShortVector.zero(S);
            ShortVector s1 = ShortVector.zero(S);
            ShortVector s2 = ShortVector.zero(S);
            for (int j = 0; j < 8; j++) {
                ShortVector v = (ShortVector) ByteVector.fromMemorySegment(B, w, a + 16 + 16L * j, LE)
                        .convertShape(VectorOperators.ZERO_EXTEND_B2S, S, 0);
                ShortVector lo = v.and((short) 0x0F);
                ShortVector hi = v.lanewise(VectorOperators.LSHR, 4);
                int q = 32 * j;
                s0 = s0.add(lo.mul(ShortVector.fromArray(S, xs, p0 + q)))
                        .add(hi.mul(ShortVector.fromArray(S, xs, p0 + q + 16)));
                s1 = s1.add(lo.mul(ShortVector.fromArray(S, xs, p1 + q)))
                        .add(hi.mul(ShortVector.fromArray(S, xs, p1 + q + 16)));
                s2 = s2.add(lo.mul(ShortVector.fromArray(S, xs, p2 + q)))
                        .add(hi.mul(ShortVector.fromArray(S, xs, p2 + q + 16)));
            }
            FloatVector d = PanamaTensorKernels.halfToFloat(w, a);
            acc0 = ((FloatVector) ((IntVector) s0.convertShape(VectorOperators.S2I, I, 0))
                            .add((IntVector) s0.convertShape(VectorOperators.S2I, I, 1))
                            .add(s.offsets[tb + b])
                            .convert(VectorOperators.I2F, 0))
                    .fma(d.mul(s.scales[tb + b]), acc0);
            acc1 = ((FloatVector) ((IntVector) s1.convertShape(VectorOperators.S2I, I, 0))
                            .add((IntVector) s1.convertShape(VectorOperators.S2I, I, 1))
                            .add(s.offsets[tb1 + b])
                            .convert(VectorOperators.I2F, 0))
                    .fma(d.mul(s.scales[tb1 + b]), acc1);
            acc2 = ((FloatVector) ((IntVector) s2.convertShape(VectorOperators.S2I, I, 0))
                            .add((IntVector) s2.convertShape(VectorOperators.S2I, I, 1))
                            .add(s.offsets[tb2 + b])
                            .convert(VectorOperators.I2F, 0))
                    .fma(d.mul(s.scales[tb2 + b]), acc2);
        }
        acc0.intoArray(out, o + 8 * g);
        acc1.intoArray(out, o + stride + 8 * g);
        acc2.intoArray(out, o + 2 * stride + 8 * g);
    }

    /** As {@link #group2} for 4 tokens. */
    private static void group4(MemorySegment w, int blocks, int g, Scratch s, int tb, float[] out, int o, int stride) {
        short[] xs = s.values;
        long a = g * (long) blocks * GROUP_BLOCK_BYTES;
        int tb1 = tb + blocks;
        int tb2 = tb1 + blocks;
        int tb3 = tb2 + blocks;
        FloatVector acc0 = FloatVector.zero(F);
        FloatVector acc1 = FloatVector.zero(F);
        FloatVector acc2 = FloatVector.zero(F);
        FloatVector acc3 = FloatVector.zero(F);
        for (int b = 0; b < blocks; b++, a += GROUP_BLOCK_BYTES) {
            int p0 = (tb + b) * BLOCK_SHORTS;
            int p1 = (tb1 + b) * BLOCK_SHORTS;
            int p2 = (tb2 + b) * BLOCK_SHORTS;
            int p3 = (tb3 + b) * BLOCK_SHORTS;
            ShortVector s0 = ShortVector.zero(S);
            ShortVector s1 = ShortVector.zero(S);
            ShortVector s2 = ShortVector.zero(S);
            ShortVector s3 = ShortVector.zero(S);
            for (int j = 0; j < 8; j++) {
                ShortVector v = (ShortVector) ByteVector.fromMemorySegment(B, w, a + 16 + 16L * j, LE)
                        .convertShape(VectorOperators.ZERO_EXTEND_B2S, S, 0);
                ShortVector lo = v.and((short) 0x0F);
                ShortVector hi = v.lanewise(VectorOperators.LSHR, 4);
                int q = 32 * j;
                s0 = s0.add(lo.mul(ShortVector.fromArray(S, xs, p0 + q)))
                        .add(hi.mul(ShortVector.fromArray(S, xs, p0 + q + 16)));
                s1 = s1.add(lo.mul(ShortVector.fromArray(S, xs, p1 + q)))
                        .add(hi.mul(ShortVector.fromArray(S, xs, p1 + q + 16)));
                s2 = s2.add(lo.mul(ShortVector.fromArray(S, xs, p2 + q)))
                        .add(hi.mul(ShortVector.fromArray(S, xs, p2 + q + 16)));
                s3 = s3.add(lo.mul(ShortVector.fromArray(S, xs, p3 + q)))
                        .add(hi.mul(ShortVector.fromArray(S, xs, p3 + q + 16)));
            }
            FloatVector d = PanamaTensorKernels.halfToFloat(w, a);
            acc0 = ((FloatVector) ((IntVector) s0.convertShape(VectorOperators.S2I, I, 0))
                            .add((IntVector) s0.convertShape(VectorOperators.S2I, I, 1))
                            .add(s.offsets[tb + b])
                            .convert(VectorOperators.I2F, 0))
                    .fma(d.mul(s.scales[tb + b]), acc0);
            acc1 = ((FloatVector) ((IntVector) s1.convertShape(VectorOperators.S2I, I, 0))
                            .add((IntVector) s1.convertShape(VectorOperators.S2I, I, 1))
                            .add(s.offsets[tb1 + b])
                            .convert(VectorOperators.I2F, 0))
                    .fma(d.mul(s.scales[tb1 + b]), acc1);
            acc2 = ((FloatVector) ((IntVector) s2.convertShape(VectorOperators.S2I, I, 0))
                            .add((IntVector) s2.convertShape(VectorOperators.S2I, I, 1))
                            .add(s.offsets[tb2 + b])
                            .convert(VectorOperators.I2F, 0))
                    .fma(d.mul(s.scales[tb2 + b]), acc2);
            acc3 = ((FloatVector) ((IntVector) s3.convertShape(VectorOperators.S2I, I, 0))
                            .add((IntVector) s3.convertShape(VectorOperators.S2I, I, 1))
                            .add(s.offsets[tb3 + b])
                            .convert(VectorOperators.I2F, 0))
                    .fma(d.mul(s.scales[tb3 + b]), acc3);
        }
        acc0.intoArray(out, o + 8 * g);
        acc1.intoArray(out, o + stride + 8 * g);
        acc2.intoArray(out, o + 2 * stride + 8 * g);
        acc3.intoArray(out, o + 3 * stride + 8 * g);
    }
}
