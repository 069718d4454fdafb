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
 * The interleaved Q5_K matrix ({@link Q5Kx8Tensor}) times activations rounded to 8-bit blocks of 32, in integers: the
 * low 4 bits of every code are summed as {@link Q4Kx8IntegerKernels} sums Q4_K codes, and the fifth bits the same way
 * as a second 4-bit code that is 0 or 1 (a lane adds at most 16 activations of magnitude 127 there), so a sub-block's
 * integer sum is {@code nibbles + 16 * fifth bits}; the scales and mins then enter as for Q4_K. Results equal {@link
 * Q8Activations#matmulQ5Kx8} bit for bit.
 */
final class Q5Kx8IntegerKernels {
    private static final VectorSpecies<Float> F = FloatVector.SPECIES_256;
    private static final VectorSpecies<Integer> I = IntVector.SPECIES_256;
    private static final VectorSpecies<Short> S = ShortVector.SPECIES_256;
    private static final VectorSpecies<Byte> B = ByteVector.SPECIES_128;
    private static final ByteOrder LE = ByteOrder.LITTLE_ENDIAN;
    private static final int BLOCK_INTS = Q4_0x8IntegerKernels.BLOCK_INTS;
    private static final int SUBS = Q5Kx8Tensor.SUBS;
    private static final int HEADER = Q5Kx8Tensor.HEADER_BYTES;
    private static final int HIGH = Q5Kx8Tensor.HIGH;
    private static final int SUB_BYTES = Q5Kx8Tensor.SUB_BYTES;
    private static final int GROUP_SUPER_BYTES = Q5Kx8Tensor.GROUP_SUPER_BYTES;

    private Q5Kx8IntegerKernels() {}

    /**
     * Groups [g0, g1) of the matrix times {@code tokens} activation rows: out[outOff + t * outStride + 8g + r]; 4
     * tokens per pass over a group, then the 1-3 left over one at a time.
     */
    static void matmul(
            MemorySegment w, int cols, float[] x, int tokens, float[] out, int outOff, int outStride, int g0, int g1) {
        int blocks = cols / Q8Activations.BLOCK;
        Q4_0x8IntegerKernels.Scratch s = Q4_0x8IntegerKernels.rounded(x, tokens * cols);
        int supers = cols / Q5KTensor.BLOCK;
        for (int g = g0; g < g1; g++) {
            MemorySegment group = Q4_0x8IntegerKernels.group(w, (long) supers * GROUP_SUPER_BYTES, g);
            int t = 0;
            for (; t + 4 <= tokens; t += 4) {
                group4(group, supers, g, s, t * blocks, blocks, out, outOff + t * outStride, outStride);
            }
            for (; t < tokens; t++) {
                float[] sums = subBlockSums(group, supers, s, t * blocks);
                group1(group, supers, g, s, t * blocks, sums, out, outOff + t * outStride);
            }
        }
    }

    /**
     * The lane sums of every sub-block of a group (its super-blocks alone in {@code w}) for the token whose blocks
     * start at block {@code tb} of the scratch, as exact floats in the scratch's {@link
     * Q4_0x8IntegerKernels.Scratch#sums}: sub-block i's nibble sums at 8i and its fifth-bit sums at 8 * (subs + i),
     * where subs is the group's sub-block count (16-bit sums through the scratch's shorts, as {@link #subBlockSums4}).
     * A pass of its own, apart from the float steps of {@link #group1}: in one method C2 (JDK 25) stopped inlining at
     * its node limit ("NodeCountInliningCutoff") and left the float steps as calls that box their vectors. C2 compiles
     * this pass on its own only while it is larger than it inlines (325 bytes of bytecode, {@code FreqInlineSize}):
     * at 322 bytes it went into the caller with the float steps, and 1B decode fell from 6.5-7.4 to 4.1-4.4 t/s. The
     * 8 column loads of a sub-block are two loops of 4, one per half of its fifth bits: one loop of 8 that picked the
     * half per load ran 12.9-13.9 against 15.5 G multiply-adds a second (Zen 5 VM, one thread, AVX2 code).
     */
    private static float[] subBlockSums(MemorySegment w, int supers, Q4_0x8IntegerKernels.Scratch s, int tb) {
        int subs = supers * SUBS;
        short[] raw = s.raw(2 * 16 * subs);
        int[] xp = s.pairs;
        int shift = Q4_0x8IntegerKernels.nibbleShift;
        int a = 0;
        for (int sb = 0; sb < supers; sb++, a += GROUP_SUPER_BYTES) {
            int sub = a + HEADER;
            for (int k = 0; k < SUBS; k++, sub += SUB_BYTES) {
                int i = sb * SUBS + k;
                int p = (tb + i) * BLOCK_INTS;
                ShortVector h0 = fifthBits(w, sub + HIGH);
                ShortVector h1 = fifthBits(w, sub + HIGH + 16);
                ShortVector n = ShortVector.zero(S);
                ShortVector f = ShortVector.zero(S);
                // the column loads of each half of the fifth bits in a loop of their own (no select per load)
                for (int j = 0; j < 4; j++) {
                    ShortVector v = Q4Kx8IntegerKernels.column(w, sub + 16 + 16 * j);
                    ShortVector u = fifth(h0, j);
                    ShortVector x0 = IntVector.broadcast(I, xp[p + j]).reinterpretAsShorts();
                    ShortVector x1 = IntVector.broadcast(I, xp[p + 8 + j]).reinterpretAsShorts();
                    n = n.add(v.mul(x0))
                            .add(v.lanewise(VectorOperators.LSHR, shift).mul(x1));
                    f = f.add(u.mul(x0))
                            .add(u.lanewise(VectorOperators.LSHR, shift).mul(x1));
                }
                for (int j = 4; j < 8; j++) {
                    ShortVector v = Q4Kx8IntegerKernels.column(w, sub + 16 + 16 * j);
                    ShortVector u = fifth(h1, j);
                    ShortVector x0 = IntVector.broadcast(I, xp[p + j]).reinterpretAsShorts();
                    ShortVector x1 = IntVector.broadcast(I, xp[p + 8 + j]).reinterpretAsShorts();
                    n = n.add(v.mul(x0))
                            .add(v.lanewise(VectorOperators.LSHR, shift).mul(x1));
                    f = f.add(u.mul(x0))
                            .add(u.lanewise(VectorOperators.LSHR, shift).mul(x1));
                }
                n.intoArray(raw, 16 * i);
                f.intoArray(raw, 16 * (subs + i));
            }
        }
        return s.rawLaneSums(2 * subs);
    }

    /** A half of a sub-block's fifth bits (already in row order), widened to shorts. */
    private static ShortVector fifthBits(MemorySegment w, long off) {
        return (ShortVector)
                ByteVector.fromMemorySegment(B, w, off, LE).convertShape(VectorOperators.ZERO_EXTEND_B2S, S, 0);
    }

    /** The fifth bits of column load j (bits 0 and 4 of each lane) from the half that holds them. */
    private static ShortVector fifth(ShortVector half, int j) {
        return half.lanewise(VectorOperators.LSHR, j % 4).and((short) 0x11);
    }

    /**
     * Group g (its super-blocks alone in {@code w}, from {@link Q4_0x8IntegerKernels#group}) for the token whose blocks
     * start at block {@code tb} of the scratch, from its sub-block sums ({@link #subBlockSums}); outputs at o + 8g.
     */
    private static void group1(
            MemorySegment w,
            int supers,
            int g,
            Q4_0x8IntegerKernels.Scratch s,
            int tb,
            float[] sums,
            float[] out,
            int o) {
        int a = 0;
        FloatVector acc = FloatVector.zero(F);
        for (int sb = 0; sb < supers; sb++, a += GROUP_SUPER_BYTES) {
            FloatVector scaled = FloatVector.zero(F);
            FloatVector mins = FloatVector.zero(F);
            int sub = a + HEADER;
            for (int k = 0; k < SUBS; k++, sub += SUB_BYTES) {
                int i = sb * SUBS + k;
                int b = tb + i;
                scaled = sums(sums, 8 * i, 8 * (supers * SUBS + i))
                        .fma(PanamaTensorKernels.bytesToFloats(w, sub).mul(s.scales[b]), scaled);
                mins = PanamaTensorKernels.bytesToFloats(w, sub + 8)
                        .fma(FloatVector.broadcast(F, Q4Kx8IntegerKernels.minWeight(s, b)), mins);
            }
            acc = PanamaTensorKernels.floats(w, a).fma(scaled, acc);
            acc = PanamaTensorKernels.floats(w, a + Interleaved8.DMIN_BYTES).fma(mins, acc);
        }
        acc.intoArray(out, o + 8 * g);
    }

    /**
     * As {@link #group1} for 4 tokens (blocks at tb, tb + blocks, ..; outputs at o, o + stride, ..), in two passes:
     * the integer sub-block sums ({@link #subBlockSums4}), then the float steps, as the one-token pass.
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
            int stride) {
        float[] sums = subBlockSums4(w, supers, s, tb, blocks);
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
                scaled0 = sums(sums, i, 4 * n + i).fma(sc.mul(s.scales[b0]), scaled0);
                scaled1 = sums(sums, n + i, 5 * n + i).fma(sc.mul(s.scales[b1]), scaled1);
                scaled2 = sums(sums, 2 * n + i, 6 * n + i).fma(sc.mul(s.scales[b2]), scaled2);
                scaled3 = sums(sums, 3 * n + i, 7 * n + i).fma(sc.mul(s.scales[b3]), scaled3);
                mins0 = m.fma(FloatVector.broadcast(F, Q4Kx8IntegerKernels.minWeight(s, b0)), mins0);
                mins1 = m.fma(FloatVector.broadcast(F, Q4Kx8IntegerKernels.minWeight(s, b1)), mins1);
                mins2 = m.fma(FloatVector.broadcast(F, Q4Kx8IntegerKernels.minWeight(s, b2)), mins2);
                mins3 = m.fma(FloatVector.broadcast(F, Q4Kx8IntegerKernels.minWeight(s, b3)), mins3);
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
     * A sub-block's 8 row sums, nibble sums plus 16 times fifth-bit sums (exact), from the lane sums at n and f.
     */
    private static FloatVector sums(float[] laneSums, int n, int f) {
        return FloatVector.fromArray(F, laneSums, f).mul(16f).add(FloatVector.fromArray(F, laneSums, n));
    }

    /**
     * The lane sums of every sub-block of a group for 4 tokens (blocks at tb, tb + blocks, ..), as exact floats in the
     * scratch's {@link Q4_0x8IntegerKernels.Scratch#sums}: token t's nibble sums of sub-block i at 8 * (t * subs + i)
     * and its fifth-bit sums at 8 * ((4 + t) * subs + i), where subs is the group's sub-block count (16-bit sums
     * through the scratch's shorts, as {@link Q4Kx8IntegerKernels} does).
     */
    private static float[] subBlockSums4(
            MemorySegment w, int supers, Q4_0x8IntegerKernels.Scratch s, int tb, int blocks) {
        int subs = supers * SUBS;
        short[] raw = s.raw(8 * 16 * subs);
        int[] xp = s.pairs;
        int shift = Q4_0x8IntegerKernels.nibbleShift;
        int a = 0;
        for (int sb = 0; sb < supers; sb++, a += GROUP_SUPER_BYTES) {
            int sub = a + HEADER;
            for (int k = 0; k < SUBS; k++, sub += SUB_BYTES) {
                int i = 16 * (sb * SUBS + k);
                int p0 = (tb + sb * SUBS + k) * BLOCK_INTS;
                int p1 = p0 + blocks * BLOCK_INTS;
                int p2 = p1 + blocks * BLOCK_INTS;
                int p3 = p2 + blocks * BLOCK_INTS;
                ShortVector h0 = fifthBits(w, sub + HIGH);
                ShortVector h1 = fifthBits(w, sub + HIGH + 16);
                ShortVector n0 = ShortVector.zero(S);
                ShortVector n1 = ShortVector.zero(S);
                ShortVector n2 = ShortVector.zero(S);
                ShortVector n3 = ShortVector.zero(S);
                ShortVector f0 = ShortVector.zero(S);
                ShortVector f1 = ShortVector.zero(S);
                ShortVector f2 = ShortVector.zero(S);
                ShortVector f3 = ShortVector.zero(S);
                for (int j = 0; j < 8; j++) {
                    ShortVector v = Q4Kx8IntegerKernels.column(w, sub + 16 + 16 * j);
                    ShortVector vh = v.lanewise(VectorOperators.LSHR, shift);
                    ShortVector u = fifth(j < 4 ? h0 : h1, j);
                    ShortVector uh = u.lanewise(VectorOperators.LSHR, shift);
                    ShortVector x0 = IntVector.broadcast(I, xp[p0 + j]).reinterpretAsShorts();
                    ShortVector y0 = IntVector.broadcast(I, xp[p0 + 8 + j]).reinterpretAsShorts();
                    n0 = n0.add(v.mul(x0)).add(vh.mul(y0));
                    f0 = f0.add(u.mul(x0)).add(uh.mul(y0));
                    ShortVector x1 = IntVector.broadcast(I, xp[p1 + j]).reinterpretAsShorts();
                    ShortVector y1 = IntVector.broadcast(I, xp[p1 + 8 + j]).reinterpretAsShorts();
                    n1 = n1.add(v.mul(x1)).add(vh.mul(y1));
                    f1 = f1.add(u.mul(x1)).add(uh.mul(y1));
                    ShortVector x2 = IntVector.broadcast(I, xp[p2 + j]).reinterpretAsShorts();
                    ShortVector y2 = IntVector.broadcast(I, xp[p2 + 8 + j]).reinterpretAsShorts();
                    n2 = n2.add(v.mul(x2)).add(vh.mul(y2));
                    f2 = f2.add(u.mul(x2)).add(uh.mul(y2));
                    ShortVector x3 = IntVector.broadcast(I, xp[p3 + j]).reinterpretAsShorts();
                    ShortVector y3 = IntVector.broadcast(I, xp[p3 + 8 + j]).reinterpretAsShorts();
                    n3 = n3.add(v.mul(x3)).add(vh.mul(y3));
                    f3 = f3.add(u.mul(x3)).add(uh.mul(y3));
                }
                n0.intoArray(raw, i);
                n1.intoArray(raw, 16 * subs + i);
                n2.intoArray(raw, 32 * subs + i);
                n3.intoArray(raw, 48 * subs + i);
                f0.intoArray(raw, 64 * subs + i);
                f1.intoArray(raw, 80 * subs + i);
                f2.intoArray(raw, 96 * subs + i);
                f3.intoArray(raw, 112 * subs + i);
            }
        }
        return s.rawLaneSums(8 * subs);
    }
}
