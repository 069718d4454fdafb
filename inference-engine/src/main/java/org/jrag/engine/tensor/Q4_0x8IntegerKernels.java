package org.jrag.engine.tensor;

import java.lang.foreign.MemorySegment;
import java.nio.ByteOrder;
import java.util.Arrays;
import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.ShortVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShuffle;
import jdk.incubator.vector.VectorSpecies;

/**
 * The interleaved Q4_0 matrix ({@link Q4_0x8Tensor}) times activations rounded to 8-bit blocks ({@link
 * Q8Activations}) in integers, as llama.cpp's q4_0 x q8_0 dot: 16 weight bytes (columns j and j + 1 of 8 rows) are
 * shuffled to row order (row r's two bytes side by side) and widened to 16 shorts v = lo + 16 hi, which multiply
 * 16-bit activations (vpmullw) into 16-bit sums; per block the two lanes of each row become its sum, one float
 * conversion and one fused multiply-add with the two scales. The activations are kept as 16-bit pairs in an int
 * (values j and j + 1), which one broadcast spreads over the 8 rows, so a token costs 4 bytes of activations per 32
 * multiply-adds.
 *
 * <p>The low nibble is never masked out: value i (i < 16) multiplies the whole byte v, and value 16 + i (the high
 * nibble's) is kept as {@code q(16 + i) - 16 q(i)} and multiplies {@code v >> 4}, since v q(i) + hi (q(16 + i) - 16
 * q(i)) = lo q(i) + hi q(16 + i). Products and sums wrap modulo 2^16, and the true sums fit 16 bits (a lane adds 16
 * products of a nibble, at most 15, and an activation, at most 127 in magnitude: at most 30,480), so each lane ends
 * exact. The -8 offset of every weight is applied once per block as the integer {@code -8 * sum_j q_x}. A token's
 * result does not depend on how many tokens share a pass (integer sums, then the same float steps), and equals
 * {@link Q8Activations#matmulQ4_0x8} bit for bit.
 */
final class Q4_0x8IntegerKernels {
    private static final VectorSpecies<Float> F = FloatVector.SPECIES_256;
    private static final VectorSpecies<Integer> I = IntVector.SPECIES_256;
    private static final VectorSpecies<Short> S = ShortVector.SPECIES_256;
    private static final VectorSpecies<Short> S8 = ShortVector.SPECIES_128;
    private static final VectorSpecies<Byte> B = ByteVector.SPECIES_128;
    private static final ByteOrder LE = ByteOrder.LITTLE_ENDIAN;
    private static final int BLOCK = Q8Activations.BLOCK;
    private static final int GROUP_BLOCK_BYTES = Q4_0x8Tensor.GROUP_BLOCK_BYTES;

    /** Ints of one block of rounded activations: 32 values as 16 pairs, in order. */
    static final int BLOCK_INTS = BLOCK / 2;

    /** 1.5 * 2^23: (y + M) - M rounds a float of magnitude below 2^22 to an integer, halves to even (as rint). */
    private static final float ROUNDER = 0x1.8p23f;

    /** Bytes [col j rows 0-7, col j+1 rows 0-7] to [row 0 cols j, j+1, row 1 ..]. */
    static final VectorShuffle<Byte> ROW_PAIRS =
            VectorShuffle.fromValues(B, 0, 8, 1, 9, 2, 10, 3, 11, 4, 12, 5, 13, 6, 14, 7, 15);

    /**
     * Per-thread rounded activations (pairs), block scales and block offsets -8 * sum q, grown as needed, and a copy
     * of the {@code length} floats they were rounded from. A parallel product hands each thread several row chunks
     * of one matrix (and fused jobs several matrices) with the same activations: a thread rounds them once and
     * reuses them while the floats are the same (a compare costs a tenth of the rounding; at 576 columns the rounding
     * costs about as much as a chunk's multiply-adds).
     */
    static final class Scratch {
        int[] pairs = new int[0];
        float[] scales = new float[0];
        int[] offsets = new int[0];
        float[] source = new float[0];
        int length = -1;
        float[] sums = new float[0];

        /**
         * Room for n floats of sub-block sums: the K-quant kernels' integer passes leave them here for their float
         * passes (see {@link Q5Kx8IntegerKernels}); unrelated to the rounded activations.
         */
        float[] sums(int n) {
            if (sums.length < n) {
                sums = new float[n];
            }
            return sums;
        }

        short[] raw = new short[0];

        /** Room for n shorts: 16-bit sums before {@link #rawLaneSums} turns them into floats. */
        short[] raw(int n) {
            if (raw.length < n) {
                raw = new short[n];
            }
            return raw;
        }

        /**
         * {@link #laneSums(ShortVector)} of the first n vectors of 16 shorts in {@link #raw}, 8 floats each, in {@link
         * #sums}: a loop of its own, so that a K-quant integer pass stores its 16-bit sums with one instruction each
         * and stays within C2's node limit for inlining.
         */
        float[] rawLaneSums(int n) {
            float[] out = sums(8 * n);
            for (int i = 0; i < n; i++) {
                laneSums(ShortVector.fromArray(S, raw, 16 * i)).intoArray(out, 8 * i);
            }
            return out;
        }

        /** Whether x[0, n) are the floats rounded last. */
        boolean holds(float[] x, int n) {
            return n == length && Arrays.equals(x, 0, n, source, 0, n);
        }

        /** Room for n floats; forgets what was rounded. */
        void clear(int n) {
            if (source.length < n) {
                pairs = new int[n / BLOCK * BLOCK_INTS];
                scales = new float[n / BLOCK];
                offsets = new int[n / BLOCK];
                source = new float[n];
            }
            length = -1;
        }

        /** Records that x[0, n) are the floats rounded. */
        void keep(float[] x, int n) {
            System.arraycopy(x, 0, source, 0, n);
            length = n;
        }
    }

    /**
     * The nibble shift, 4, read from a field (not final on purpose) into a local once per pass: with the constant C2
     * (JDK 25) loads the count into a vector register before every {@code vpsrlw} (three instructions per shift);
     * from a loop-invariant local it loads it once (one instruction per shift, two fewer per 32 multiply-adds).
     */
    static int nibbleShift = 4;

    /**
     * Blocks of a group between two prefetches in the one-token pass ({@link #group1}): before each run of them it
     * prefetches the same blocks of the next group. A call inside the block loop made C2 keep the loop's invariants
     * on the stack (in cache 19 against 23 G multiply-adds a second); one per 8 blocks keeps them in registers, and
     * memory brings the next group in while this one computes (Intel Xeon VM, AVX2 code: 1B Q4_0 decode 22.0 against
     * 12.5 t/s, 135M 200-213 against 99-101; every 4 blocks 22.1 / 189, every 16 17.5 / 179).
     */
    private static final int PREFETCH_BLOCKS = 8;

    private static final long PREFETCH_BYTES = (long) PREFETCH_BLOCKS * GROUP_BLOCK_BYTES;

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    /** As {@link #SCRATCH} with every value's own pair (no nibble form): for the 6-bit kernels. */
    private static final ThreadLocal<Scratch> RAW_SCRATCH = ThreadLocal.withInitial(Scratch::new);

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
        long groupBytes = (long) blocks * GROUP_BLOCK_BYTES;
        Scratch s = rounded(x, tokens * cols);
        for (int g = g0; g < g1; g++) {
            MemorySegment group = group(w, groupBytes, g);
            long ahead = (g + 1) * groupBytes;
            int t = 0;
            for (; t + 4 <= tokens; t += 4) {
                group4(group, blocks, g, s, t * blocks, out, outOff + t * outStride, outStride, w, t == 0 ? ahead : -1);
            }
            if (!remainderPasses) {
                for (; t < tokens; t++) {
                    group1(group, blocks, g, s, t * blocks, out, outOff + t * outStride, w, ahead);
                }
            } else if (tokens - t == 3) {
                group3(group, blocks, g, s, t * blocks, out, outOff + t * outStride, outStride);
            } else if (tokens - t == 2) {
                group2(group, blocks, g, s, t * blocks, out, outOff + t * outStride, outStride);
            } else if (tokens - t == 1) {
                group1(group, blocks, g, s, t * blocks, out, outOff + t * outStride, w, ahead);
            }
        }
    }

    /**
     * Group g of a matrix of 8-row groups of {@code groupBytes} bytes (this type's or a K-quant's) as a segment of its
     * own, which the kernels address with int offsets: C2 (JDK 25) checks an int offset into it with one compare per
     * load, where a long offset into the whole matrix made it wrap every block's 8-step column loop in a loop nest of
     * ~40 scalar instructions and vector spills (seen in the disassembly; 1B Q4_0 decode 1.06-1.16x faster without it,
     * {@code BENCH.md}).
     */
    static MemorySegment group(MemorySegment w, long groupBytes, int g) {
        return w.asSlice(g * groupBytes, groupBytes);
    }

    /**
     * This thread's scratch holding x[0, n) rounded to 8-bit blocks ({@link #quantize}), rounded now unless it holds
     * them already.
     */
    static Scratch rounded(float[] x, int n) {
        return rounded(x, n, SCRATCH.get(), true);
    }

    /** As {@link #rounded} with values 16-31 paired as they are (for {@link Q6Kx8IntegerKernels}). */
    static Scratch roundedRaw(float[] x, int n) {
        return rounded(x, n, RAW_SCRATCH.get(), false);
    }

    private static Scratch rounded(float[] x, int n, Scratch s, boolean nibbleForm) {
        if (!s.holds(x, n)) {
            s.clear(n);
            quantize(x, n / BLOCK, s.pairs, s.scales, s.offsets, nibbleForm);
            s.keep(x, n);
        }
        return s;
    }

    /**
     * The 8 rows' sums of the two 16-bit lanes each holds in {@code sum}, sign-extended (their integer block sums), as
     * floats (exact: below 2^24 in magnitude).
     */
    static FloatVector laneSums(ShortVector sum) {
        IntVector pairs = sum.reinterpretAsInts();
        return (FloatVector) pairs.lanewise(VectorOperators.LSHL, 16)
                .lanewise(VectorOperators.ASHR, 16)
                .add(pairs.lanewise(VectorOperators.ASHR, 16))
                .convert(VectorOperators.I2F, 0);
    }

    /**
     * Rounds blocks [0, n) of x (as {@link Q8Activations}): block b's values j and j + 1 (j even) as the low and high
     * 16 bits of {@code pairs[16b + j / 2]}, where from j = 16 on value j is stored as {@code q(j) - 16 q(j - 16)}
     * (see the class comment); its scale and its offset -8 * sum q.
     */
    static void quantize(float[] x, int n, int[] pairs, float[] scales, int[] offsets) {
        quantize(x, n, pairs, scales, offsets, true);
    }

    /**
     * As {@link #quantize(float[], int, int[], float[], int[])}, values 16-31 as they are unless {@code nibbleForm}.
     */
    static void quantize(float[] x, int n, int[] pairs, float[] scales, int[] offsets, boolean nibbleForm) {
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
            int o = BLOCK_INTS * b;
            q0.convertShape(VectorOperators.I2S, S8, 0).reinterpretAsInts().intoArray(pairs, o);
            q1.convertShape(VectorOperators.I2S, S8, 0).reinterpretAsInts().intoArray(pairs, o + 4);
            // values 16-31 meet the high nibbles; stored as q(16 + i) - 16 q(i), see the class comment
            IntVector h2 = nibbleForm ? q2.sub(q0.lanewise(VectorOperators.LSHL, 4)) : q2;
            IntVector h3 = nibbleForm ? q3.sub(q1.lanewise(VectorOperators.LSHL, 4)) : q3;
            h2.convertShape(VectorOperators.I2S, S8, 0).reinterpretAsInts().intoArray(pairs, o + 8);
            h3.convertShape(VectorOperators.I2S, S8, 0).reinterpretAsInts().intoArray(pairs, o + 12);
        }
    }

    /**
     * Group g (its blocks alone in {@code w}, from {@link #group}) for the token whose blocks start at block {@code tb}
     * of the scratch; outputs at o + 8g. Prefetches the next group's blocks, at {@code ahead} in {@code matrix}, run by
     * run ({@link #PREFETCH_BLOCKS}), where {@link Prefetch#ONE_STREAM}. A block's 8 column loads are two loops of 4:
     * C2 (JDK 25) unrolls each whole, where it unrolled one loop of 8 by 2 with a pre- and a post-loop and ~6 scalar
     * instructions of index, bounds check and loop control per 2 columns (hsdis). Zen 5 VM, one thread, AVX2 code,
     * alternating in one process: 1.04-1.06x on an 8192 x 2048 matrix in cache, 1.21-1.26x while the VM's neighbours
     * held the cache (15.6-18.3 against 12.7-14.4 G multiply-adds a second). The two loops are written out: one loop
     * over the halves around a loop of 4 ran 0.71x.
     */
    private static void group1(
            MemorySegment w,
            int blocks,
            int g,
            Scratch s,
            int tb,
            float[] out,
            int o,
            MemorySegment matrix,
            long ahead) {
        int[] xp = s.pairs;
        int shift = nibbleShift;
        FloatVector acc = FloatVector.zero(F);
        for (int c = 0; c < blocks; c += PREFETCH_BLOCKS) {
            int a = c * GROUP_BLOCK_BYTES;
            int end = Math.min(blocks, c + PREFETCH_BLOCKS);
            if (Prefetch.ONE_STREAM) {
                Prefetch.lines(matrix, ahead + a, ahead + a + PREFETCH_BYTES / 2, PREFETCH_BYTES / 2);
            }
            for (int b = c; b < end; b++, a += GROUP_BLOCK_BYTES) {
                int p = (tb + b) * BLOCK_INTS;
                ShortVector lo = ShortVector.zero(S);
                ShortVector hi = ShortVector.zero(S);
                // two loops of 4 columns, which C2 unrolls whole (see above)
                for (int j = 0; j < 4; j++) {
                    ShortVector v = (ShortVector) ByteVector.fromMemorySegment(B, w, a + 16 + 16 * j, LE)
                            .rearrange(ROW_PAIRS)
                            .convertShape(VectorOperators.ZERO_EXTEND_B2S, S, 0);
                    lo = lo.add(v.mul(IntVector.broadcast(I, xp[p + j]).reinterpretAsShorts()));
                    hi = hi.add(v.lanewise(VectorOperators.LSHR, shift)
                            .mul(IntVector.broadcast(I, xp[p + 8 + j]).reinterpretAsShorts()));
                }
                for (int j = 4; j < 8; j++) {
                    ShortVector v = (ShortVector) ByteVector.fromMemorySegment(B, w, a + 16 + 16 * j, LE)
                            .rearrange(ROW_PAIRS)
                            .convertShape(VectorOperators.ZERO_EXTEND_B2S, S, 0);
                    lo = lo.add(v.mul(IntVector.broadcast(I, xp[p + j]).reinterpretAsShorts()));
                    hi = hi.add(v.lanewise(VectorOperators.LSHR, shift)
                            .mul(IntVector.broadcast(I, xp[p + 8 + j]).reinterpretAsShorts()));
                }
                ShortVector sum = lo.add(hi);
                FloatVector d = PanamaTensorKernels.finiteHalfToFloat(w, a);
                IntVector pairs = sum.reinterpretAsInts();
                IntVector rows = pairs.lanewise(VectorOperators.LSHL, 16)
                        .lanewise(VectorOperators.ASHR, 16)
                        .add(pairs.lanewise(VectorOperators.ASHR, 16))
                        .add(s.offsets[tb + b]);
                acc = ((FloatVector) rows.convert(VectorOperators.I2F, 0)).fma(d.mul(s.scales[tb + b]), acc);
            }
        }
        acc.intoArray(out, o + 8 * g);
    }

    /** As {@link #group1} for 2 tokens (blocks at tb and tb + blocks; outputs at o and o + stride). */
    private static void group2(MemorySegment w, int blocks, int g, Scratch s, int tb, float[] out, int o, int stride) {
        int[] xp = s.pairs;
        int shift = nibbleShift;
        int a = 0;
        int tb1 = tb + blocks;
        FloatVector acc0 = FloatVector.zero(F);
        FloatVector acc1 = FloatVector.zero(F);
        for (int b = 0; b < blocks; b++, a += GROUP_BLOCK_BYTES) {
            int p0 = (tb + b) * BLOCK_INTS;
            int p1 = (tb1 + b) * BLOCK_INTS;
            ShortVector s0 = ShortVector.zero(S);
            ShortVector s1 = ShortVector.zero(S);
            for (int j = 0; j < 8; j++) {
                ShortVector v = (ShortVector) ByteVector.fromMemorySegment(B, w, a + 16 + 16 * j, LE)
                        .rearrange(ROW_PAIRS)
                        .convertShape(VectorOperators.ZERO_EXTEND_B2S, S, 0);
                ShortVector hi = v.lanewise(VectorOperators.LSHR, shift);
                s0 = s0.add(v.mul(IntVector.broadcast(I, xp[p0 + j]).reinterpretAsShorts()))
                        .add(hi.mul(IntVector.broadcast(I, xp[p0 + 8 + j]).reinterpretAsShorts()));
                s1 = s1.add(v.mul(IntVector.broadcast(I, xp[p1 + j]).reinterpretAsShorts()))
                        .add(hi.mul(IntVector.broadcast(I, xp[p1 + 8 + j]).reinterpretAsShorts()));
            }
            FloatVector d = PanamaTensorKernels.finiteHalfToFloat(w, a);
            IntVector pairs0 = s0.reinterpretAsInts();
            IntVector rows0 = pairs0.lanewise(VectorOperators.LSHL, 16)
                    .lanewise(VectorOperators.ASHR, 16)
                    .add(pairs0.lanewise(VectorOperators.ASHR, 16))
                    .add(s.offsets[tb + b]);
            acc0 = ((FloatVector) rows0.convert(VectorOperators.I2F, 0)).fma(d.mul(s.scales[tb + b]), acc0);
            IntVector pairs1 = s1.reinterpretAsInts();
            IntVector rows1 = pairs1.lanewise(VectorOperators.LSHL, 16)
                    .lanewise(VectorOperators.ASHR, 16)
                    .add(pairs1.lanewise(VectorOperators.ASHR, 16))
                    .add(s.offsets[tb1 + b]);
            acc1 = ((FloatVector) rows1.convert(VectorOperators.I2F, 0)).fma(d.mul(s.scales[tb1 + b]), acc1);
        }
        acc0.intoArray(out, o + 8 * g);
        acc1.intoArray(out, o + stride + 8 * g);
    }

    /** As {@link #group2} for 3 tokens. */
    private static void group3(MemorySegment w, int blocks, int g, Scratch s, int tb, float[] out, int o, int stride) {
        int[] xp = s.pairs;
        int shift = nibbleShift;
        int a = 0;
        int tb1 = tb + blocks;
        int tb2 = tb1 + blocks;
        FloatVector acc0 = FloatVector.zero(F);
        FloatVector acc1 = FloatVector.zero(F);
        FloatVector acc2 = FloatVector.zero(F);
        for (int b = 0; b < blocks; b++, a += GROUP_BLOCK_BYTES) {
            int p0 = (tb + b) * BLOCK_INTS;
            int p1 = (tb1 + b) * BLOCK_INTS;
            int p2 = (tb2 + b) * BLOCK_INTS;
            ShortVector s0 = ShortVector.zero(S);
            ShortVector s1 = ShortVector.zero(S);
            ShortVector s2 = ShortVector.zero(S);
            for (int j = 0; j < 8; j++) {
                ShortVector v = (ShortVector) ByteVector.fromMemorySegment(B, w, a + 16 + 16 * j, LE)
                        .rearrange(ROW_PAIRS)
                        .convertShape(VectorOperators.ZERO_EXTEND_B2S, S, 0);
                ShortVector hi = v.lanewise(VectorOperators.LSHR, shift);
                s0 = s0.add(v.mul(IntVector.broadcast(I, xp[p0 + j]).reinterpretAsShorts()))
                        .add(hi.mul(IntVector.broadcast(I, xp[p0 + 8 + j]).reinterpretAsShorts()));
                s1 = s1.add(v.mul(IntVector.broadcast(I, xp[p1 + j]).reinterpretAsShorts()))
                        .add(hi.mul(IntVector.broadcast(I, xp[p1 + 8 + j]).reinterpretAsShorts()));
                s2 = s2.add(v.mul(IntVector.broadcast(I, xp[p2 + j]).reinterpretAsShorts()))
                        .add(hi.mul(IntVector.broadcast(I, xp[p2 + 8 + j]).reinterpretAsShorts()));
            }
            FloatVector d = PanamaTensorKernels.finiteHalfToFloat(w, a);
            IntVector pairs0 = s0.reinterpretAsInts();
            IntVector rows0 = pairs0.lanewise(VectorOperators.LSHL, 16)
                    .lanewise(VectorOperators.ASHR, 16)
                    .add(pairs0.lanewise(VectorOperators.ASHR, 16))
                    .add(s.offsets[tb + b]);
            acc0 = ((FloatVector) rows0.convert(VectorOperators.I2F, 0)).fma(d.mul(s.scales[tb + b]), acc0);
            IntVector pairs1 = s1.reinterpretAsInts();
            IntVector rows1 = pairs1.lanewise(VectorOperators.LSHL, 16)
                    .lanewise(VectorOperators.ASHR, 16)
                    .add(pairs1.lanewise(VectorOperators.ASHR, 16))
                    .add(s.offsets[tb1 + b]);
            acc1 = ((FloatVector) rows1.convert(VectorOperators.I2F, 0)).fma(d.mul(s.scales[tb1 + b]), acc1);
            IntVector pairs2 = s2.reinterpretAsInts();
            IntVector rows2 = pairs2.lanewise(VectorOperators.LSHL, 16)
                    .lanewise(VectorOperators.ASHR, 16)
                    .add(pairs2.lanewise(VectorOperators.ASHR, 16))
                    .add(s.offsets[tb2 + b]);
            acc2 = ((FloatVector) rows2.convert(VectorOperators.I2F, 0)).fma(d.mul(s.scales[tb2 + b]), acc2);
        }
        acc0.intoArray(out, o + 8 * g);
        acc1.intoArray(out, o + stride + 8 * g);
        acc2.intoArray(out, o + 2 * stride + 8 * g);
    }

    /**
     * As {@link #group2} for 4 tokens; prefetches as {@link #group1} does unless {@code ahead} is negative (a group's
     * later passes find it in cache; Intel Xeon VM, AVX2 code: a 4-sequence step of the 1B model 98-102 against
     * 152-159 ms).
     */
    private static void group4(
            MemorySegment w,
            int blocks,
            int g,
            Scratch s,
            int tb,
            float[] out,
            int o,
            int stride,
            MemorySegment matrix,
            long ahead) {
        int[] xp = s.pairs;
        int shift = nibbleShift;
        int a = 0;
        int tb1 = tb + blocks;
        int tb2 = tb1 + blocks;
        int tb3 = tb2 + blocks;
        FloatVector acc0 = FloatVector.zero(F);
        FloatVector acc1 = FloatVector.zero(F);
        FloatVector acc2 = FloatVector.zero(F);
        FloatVector acc3 = FloatVector.zero(F);
        for (int c = 0; c < blocks; c += PREFETCH_BLOCKS) {
            if (ahead >= 0) {
                Prefetch.lines(matrix, ahead + a, ahead + a + PREFETCH_BYTES / 2, PREFETCH_BYTES / 2);
            }
            int end = Math.min(blocks, c + PREFETCH_BLOCKS);
            for (int b = c; b < end; b++, a += GROUP_BLOCK_BYTES) {
                int p0 = (tb + b) * BLOCK_INTS;
                int p1 = (tb1 + b) * BLOCK_INTS;
                int p2 = (tb2 + b) * BLOCK_INTS;
                int p3 = (tb3 + b) * BLOCK_INTS;
                ShortVector s0 = ShortVector.zero(S);
                ShortVector s1 = ShortVector.zero(S);
                ShortVector s2 = ShortVector.zero(S);
                ShortVector s3 = ShortVector.zero(S);
                for (int j = 0; j < 8; j++) {
                    ShortVector v = (ShortVector) ByteVector.fromMemorySegment(B, w, a + 16 + 16 * j, LE)
                            .rearrange(ROW_PAIRS)
                            .convertShape(VectorOperators.ZERO_EXTEND_B2S, S, 0);
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
                FloatVector d = PanamaTensorKernels.finiteHalfToFloat(w, a);
                IntVector pairs0 = s0.reinterpretAsInts();
                IntVector rows0 = pairs0.lanewise(VectorOperators.LSHL, 16)
                        .lanewise(VectorOperators.ASHR, 16)
                        .add(pairs0.lanewise(VectorOperators.ASHR, 16))
                        .add(s.offsets[tb + b]);
                acc0 = ((FloatVector) rows0.convert(VectorOperators.I2F, 0)).fma(d.mul(s.scales[tb + b]), acc0);
                IntVector pairs1 = s1.reinterpretAsInts();
                IntVector rows1 = pairs1.lanewise(VectorOperators.LSHL, 16)
                        .lanewise(VectorOperators.ASHR, 16)
                        .add(pairs1.lanewise(VectorOperators.ASHR, 16))
                        .add(s.offsets[tb1 + b]);
                acc1 = ((FloatVector) rows1.convert(VectorOperators.I2F, 0)).fma(d.mul(s.scales[tb1 + b]), acc1);
                IntVector pairs2 = s2.reinterpretAsInts();
                IntVector rows2 = pairs2.lanewise(VectorOperators.LSHL, 16)
                        .lanewise(VectorOperators.ASHR, 16)
                        .add(pairs2.lanewise(VectorOperators.ASHR, 16))
                        .add(s.offsets[tb2 + b]);
                acc2 = ((FloatVector) rows2.convert(VectorOperators.I2F, 0)).fma(d.mul(s.scales[tb2 + b]), acc2);
                IntVector pairs3 = s3.reinterpretAsInts();
                IntVector rows3 = pairs3.lanewise(VectorOperators.LSHL, 16)
                        .lanewise(VectorOperators.ASHR, 16)
                        .add(pairs3.lanewise(VectorOperators.ASHR, 16))
                        .add(s.offsets[tb3 + b]);
                acc3 = ((FloatVector) rows3.convert(VectorOperators.I2F, 0)).fma(d.mul(s.scales[tb3 + b]), acc3);
            }
        }
        acc0.intoArray(out, o + 8 * g);
        acc1.intoArray(out, o + stride + 8 * g);
        acc2.intoArray(out, o + 2 * stride + 8 * g);
        acc3.intoArray(out, o + 3 * stride + 8 * g);
    }
}
