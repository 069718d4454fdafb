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
 * Q8Activations}) in integers, as llama.cpp's q4_0 x q8_0 dot. A 32-byte run of a block holds 4 bytes of each of its 8
 * rows: as 16 lanes of 16 bits, lane 2r holds row r's bytes 4k and 4k + 1, lane 2r + 1 its bytes 4k + 2 and 4k + 3,
 * each lane 4 nibbles u = n0 + 16 n1 + 256 n2 + 4096 n3 (values 4k, 4k + 16, 4k + 1, 4k + 17 of the row in lane 2r;
 * 4k + 2, 4k + 18, 4k + 3, 4k + 19 in lane 2r + 1). The nibbles are never masked out: u, u >>> 4, u >>> 8 and u >>> 12
 * multiply 16-bit activation terms a, b, c, d (vpmullw) with a = x0, b = x1 - 16 x0, c = x2 - 16 x1, d = x3 - 16 x2
 * (x0 .. x3 the rounded activations of the lane's 4 values in that order), since u a + (u >>> 4) b + (u >>> 8) c +
 * (u >>> 12) d = n0 x0 + n1 x1 + n2 x2 + n3 x3. Each term pairs the even and the odd lane's value in one int (its
 * "quad" of 4 ints per run, 16 per block, {@link #quantizeQuads}), which one broadcast spreads over the 8 rows; the
 * one-token pass reads them already spread, 8 copies each ({@link Scratch#wide}). Products and sums wrap modulo 2^16,
 * and the true sums fit 16 bits (a lane adds 16 products of a nibble, at most 15, and an activation, at most 127 in
 * magnitude: at most 30,480), so each lane ends exact. Per block the two lanes of each row become its sum, one float
 * conversion and one fused multiply-add with the two scales; the -8 offset of every weight is applied once per block
 * as the integer {@code -8 * sum_j q_x}. A token's result does not depend on how many tokens share a pass (integer
 * sums, then the same float steps), and equals {@link Q8Activations#matmulQ4_0x8} bit for bit.
 *
 * <p>The layout takes no shuffle and no widening per load, where the byte-column layout before it took both ({@code
 * vpshufb}, {@code vpmovzxbw}) per 32 multiply-adds; with the one-token pass's activations spread in memory (no
 * {@code vpbroadcastd}, which C2 mostly compiled as a scalar load, a move and a broadcast) the pass ran 1.15-1.35x
 * faster in cache and 1.16x from memory on two threads (Zen 3 VM, AVX2, {@code BENCH.md}).
 *
 * <p>The K-quant kernels share this class's rounding into 16-bit pairs ({@link #rounded}: values j and j + 1 in one
 * int, from j = 16 on as {@code q(j) - 16 q(j - 16)}, for bytes that hold values j and j + 16; {@link
 * #roundedStrided}: the terms of 16-bit lanes that hold two 6-bit codes).
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

        /**
         * The {@link #pairs} (quads) of blocks [{@link #wideStart}, {@link #wideEnd}) with each int repeated 8 times
         * (as 16 shorts: low half, high half, ...), 256 shorts a block, for the one-token pass ({@link #widen}).
         * Shorts, not ints: C2 (JDK 25) folds a short load into {@code vpmullw} as its memory operand, not an int
         * load reinterpreted as shorts (1.04-1.08x, Zen 3 VM).
         */
        short[] wide = new short[0];

        int wideStart = -1;
        int wideEnd = -1;

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
                offsets = new int[2 * (n / BLOCK)];
                source = new float[n];
            }
            length = -1;
            wideStart = -1;
            wideEnd = -1;
        }

        /** Spreads the quads of blocks [b0, b1) into {@link #wide} (8 copies of each int), unless it holds them. */
        void widen(int b0, int b1) {
            if (b0 == wideStart && b1 == wideEnd) {
                return;
            }
            int n = (b1 - b0) * BLOCK_INTS;
            if (wide.length < 16 * n) {
                wide = new short[16 * n];
            }
            for (int i = 0; i < n; i++) {
                IntVector.broadcast(I, pairs[b0 * BLOCK_INTS + i])
                        .reinterpretAsShorts()
                        .intoArray(wide, 16 * i);
            }
            wideStart = b0;
            wideEnd = b1;
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

    /**
     * Whether one token's pass reads two groups half the range apart at once ({@link #group1Pair}) rather than one
     * group after another ({@link #group1}): yes, on every core measured (two weight streams keep more of the memory's
     * lines in flight, and each term load serves both). 1B Q4_0 decode, 2 threads, one build with this switch set
     * both ways ({@code BuildAB}): Intel Xeon VM 1.17x, Zen 5 VM 1.54x, Zen 3 VM 1.32x (135M 1.09x); an earlier
     * version of the pair had measured 0.77-0.85x on a Zen 3 VM. {@code -Djrag.engine.q4TwoStreams=false} turns it
     * off (to compare in one build).
     */
    static final boolean TWO_STREAMS = Boolean.parseBoolean(System.getProperty("jrag.engine.q4TwoStreams", "true"));

    private static final long PREFETCH_BYTES = (long) PREFETCH_BLOCKS * GROUP_BLOCK_BYTES;

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    /** As {@link #SCRATCH} in strided terms ({@link #quantizeStrided}): for the 6-bit kernels. */
    private static final ThreadLocal<Scratch> STRIDED_SCRATCH = ThreadLocal.withInitial(Scratch::new);

    /** As {@link #SCRATCH} in quads ({@link #quantizeQuads}): for this class's own passes. */
    private static final ThreadLocal<Scratch> QUAD_SCRATCH = ThreadLocal.withInitial(Scratch::new);

    private Q4_0x8IntegerKernels() {}

    /**
     * Groups [g0, g1) of the matrix times {@code tokens} activation rows: out[outOff + t * outStride + 8g + r]; 2
     * tokens per pass over a group ({@link #group2}), an odd last one alone ({@code remainderPasses}; else the tokens
     * past the whole fours one at a time). One token alone goes over two groups at once ({@link #group1Pair}) if
     * {@code twoStreams} (as {@link #TWO_STREAMS} says for this machine), else one group at a time ({@link
     * #group1}).
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
            boolean remainderPasses,
            boolean twoStreams) {
        int blocks = cols / BLOCK;
        long groupBytes = (long) blocks * GROUP_BLOCK_BYTES;
        Scratch s = roundedQuads(x, tokens * cols);
        int whole = tokens & ~1;
        // the tokens left to one-token passes read their activations spread out: all past the pairs (without
        // remainder passes, all past the whole fours), or the odd last one
        int single = !remainderPasses ? tokens & ~3 : whole;
        s.widen(single * blocks, tokens * blocks);
        int first = g0;
        if (tokens == 1 && twoStreams) {
            // groups g and g + half side by side; an odd last group below
            int half = (g1 - g0) / 2;
            for (int g = g0; g < g0 + half; g++) {
                group1Pair(
                        group(w, groupBytes, g), group(w, groupBytes, g + half), blocks, g, g + half, s, out, outOff);
            }
            first = g0 + 2 * half;
        }
        for (int g = first; g < g1; g++) {
            MemorySegment group = group(w, groupBytes, g);
            long ahead = (g + 1) * groupBytes;
            int t = 0;
            int pairsEnd = remainderPasses ? whole : tokens & ~3;
            for (; t < pairsEnd; t += 2) {
                group2(group, blocks, g, s, t * blocks, out, outOff + t * outStride, outStride);
            }
            for (; t < tokens; t++) {
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
        return rounded(x, n, SCRATCH.get(), Q4_0x8IntegerKernels::quantize);
    }

    /** As {@link #rounded} in strided terms ({@link #quantizeStrided}, for {@link Q6Kx8IntegerKernels}). */
    static Scratch roundedStrided(float[] x, int n) {
        return rounded(x, n, STRIDED_SCRATCH.get(), Q4_0x8IntegerKernels::quantizeStrided);
    }

    /** As {@link #rounded} in quads ({@link #quantizeQuads}). */
    static Scratch roundedQuads(float[] x, int n) {
        return rounded(x, n, QUAD_SCRATCH.get(), Q4_0x8IntegerKernels::quantizeQuads);
    }

    /** One of this class's roundings of {@code blocks} blocks of x into pairs (or terms), scales and offsets. */
    @FunctionalInterface
    private interface Rounding {
        void round(float[] x, int blocks, int[] pairs, float[] scales, int[] offsets);
    }

    private static Scratch rounded(float[] x, int n, Scratch s, Rounding rounding) {
        if (!s.holds(x, n)) {
            s.clear(n);
            rounding.round(x, n / BLOCK, s.pairs, s.scales, s.offsets);
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
            IntVector q0 = Q8Activations.round(v0, inv);
            IntVector q1 = Q8Activations.round(v1, inv);
            IntVector q2 = Q8Activations.round(v2, inv);
            IntVector q3 = Q8Activations.round(v3, inv);
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
     * Rounds blocks [0, n) of x (as {@link #quantize}) into the quads of this class's passes (see the class comment):
     * for run k of block b, {@code quads[16b + 4k + i]} holds term i (a, b, c, d) of the even lane's values 4k, 4k +
     * 16, 4k + 1, 4k + 17 in its low 16 bits and of the odd lane's values 4k + 2, 4k + 18, 4k + 3, 4k + 19 in its high
     * 16 bits; with the block's scale and offset -8 * sum q.
     */
    static void quantizeQuads(float[] x, int n, int[] quads, float[] scales, int[] offsets) {
        // each value's own pair first, then rewritten block by block in place
        quantize(x, n, quads, scales, offsets, false);
        int[] q = new int[BLOCK];
        for (int b = 0; b < n; b++) {
            unpair(quads, b, q);
            for (int k = 0; k < 4; k++) {
                int o = BLOCK_INTS * b + 4 * k;
                int j = 4 * k;
                quads[o] = pair(q[j], q[j + 2]);
                quads[o + 1] = pair(q[j + 16] - 16 * q[j], q[j + 18] - 16 * q[j + 2]);
                quads[o + 2] = pair(q[j + 1] - 16 * q[j + 16], q[j + 3] - 16 * q[j + 18]);
                quads[o + 3] = pair(q[j + 17] - 16 * q[j + 1], q[j + 19] - 16 * q[j + 3]);
            }
        }
    }

    /**
     * Rounds blocks [0, n) of x (as {@link #quantize}) into the terms of 16-bit lanes that each hold two unsigned 6-bit
     * codes, u = q0 + 256 q1 ({@link Q6Kx8IntegerKernels}): per 4 values c (values 4c .. 4c + 3 of block b, the even
     * lane's pair 4c, 4c + 1 and the odd lane's 4c + 2, 4c + 3), {@code terms[16b + 2c]} holds a = x(4c) and x(4c + 2)
     * and {@code terms[16b + 2c + 1]} b = x(4c + 1) - 256 x(4c) and x(4c + 3) - 256 x(4c + 2), as 16-bit halves: u a +
     * (u >>> 8) b = q0 x0 + q1 x1 modulo 2^16. {@code offsets[2b + h]} holds the codes' offset for half h of the block
     * (values 16h .. 16h + 15), {@code -32} times the sum of the even lanes' activations and of the odd lanes', as
     * halves: a lane's 16-bit sum that starts there ends at {@code sum (q - 32) q_x}, exact where that fits 16 bits.
     */
    static void quantizeStrided(float[] x, int n, int[] terms, float[] scales, int[] offsets) {
        quantize(x, n, terms, scales, offsets, false);
        int[] q = new int[BLOCK];
        for (int b = 0; b < n; b++) {
            unpair(terms, b, q);
            for (int c = 0; c < BLOCK / 4; c++) {
                int j = 4 * c;
                terms[BLOCK_INTS * b + 2 * c] = pair(q[j], q[j + 2]);
                terms[BLOCK_INTS * b + 2 * c + 1] = pair(q[j + 1] - 256 * q[j], q[j + 3] - 256 * q[j + 2]);
            }
            for (int h = 0; h < 2; h++) {
                int even = 0;
                int odd = 0;
                for (int j = 16 * h; j < 16 * h + 16; j += 4) {
                    even += q[j] + q[j + 1];
                    odd += q[j + 2] + q[j + 3];
                }
                offsets[2 * b + h] = pair(-32 * even, -32 * odd);
            }
        }
    }

    /** Block b's 32 rounded values, as {@link #quantize} pairs them without the nibble form, into q. */
    private static void unpair(int[] pairs, int b, int[] q) {
        for (int i = 0; i < BLOCK_INTS; i++) {
            int pair = pairs[BLOCK_INTS * b + i];
            q[2 * i] = (short) pair;
            q[2 * i + 1] = pair >> 16;
        }
    }

    /** lo and hi as the low and high 16 bits of an int. */
    private static int pair(int lo, int hi) {
        return (lo & 0xFFFF) | (hi << 16);
    }

    /**
     * Group g (its blocks alone in {@code w}, from {@link #group}) for the token whose blocks start at block {@code tb}
     * of the scratch (their quads spread in {@link Scratch#wide}); outputs at o + 8g. Prefetches the next group's
     * blocks, at {@code ahead} in {@code matrix}, run by run ({@link #PREFETCH_BLOCKS}), where {@link
     * Prefetch#ONE_STREAM}. Per 32-byte run: a load, three shifts, and four {@code vpmullw} that take their
     * activations from memory; C2 (JDK 25) unrolls the loop over the 4 runs whole.
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
        short[] xw = s.wide;
        int wb = tb - s.wideStart;
        int s4 = nibbleShift;
        int s8 = 2 * s4;
        int s12 = 3 * s4;
        FloatVector acc = FloatVector.zero(F);
        // without the prefetch one loop over all blocks: C2 then drops the nest (1.06x from memory, Zen 3 VM)
        int run = Prefetch.ONE_STREAM ? PREFETCH_BLOCKS : blocks;
        for (int c = 0; c < blocks; c += run) {
            int a = c * GROUP_BLOCK_BYTES;
            int end = Math.min(blocks, c + run);
            if (Prefetch.ONE_STREAM) {
                Prefetch.lines(matrix, ahead + a, ahead + a + PREFETCH_BYTES / 2, PREFETCH_BYTES / 2);
            }
            for (int b = c; b < end; b++, a += GROUP_BLOCK_BYTES) {
                int p = (wb + b) * 16 * BLOCK_INTS;
                ShortVector sum = ShortVector.zero(S);
                for (int k = 0; k < 4; k++) {
                    ShortVector u = ShortVector.fromMemorySegment(S, w, a + 16 + 32 * k, LE);
                    int q = p + 64 * k;
                    ShortVector t0 = u.mul(ShortVector.fromArray(S, xw, q));
                    ShortVector t1 = u.lanewise(VectorOperators.LSHR, s4).mul(ShortVector.fromArray(S, xw, q + 16));
                    ShortVector t2 = u.lanewise(VectorOperators.LSHR, s8).mul(ShortVector.fromArray(S, xw, q + 32));
                    ShortVector t3 = u.lanewise(VectorOperators.LSHR, s12).mul(ShortVector.fromArray(S, xw, q + 48));
                    sum = sum.add(t0.add(t1)).add(t2.add(t3));
                }
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

    /**
     * As {@link #group1} for groups ga and gc at once (one token, its quads spread in {@link Scratch#wide} from block
     * 0; outputs at o + 8ga and o + 8gc), each group's sums exactly as {@link #group1} makes them. The two weight
     * streams keep more of the memory's lines in flight than one, and each term load serves both; C2 (JDK 25) keeps
     * the loop over the 4 runs rolled, and written out the pass spilled (13-14 against 21-23 G multiply-adds a second
     * in cache, Intel Xeon VM).
     */
    private static void group1Pair(
            MemorySegment wa, MemorySegment wc, int blocks, int ga, int gc, Scratch s, float[] out, int o) {
        short[] xw = s.wide;
        int wb = -s.wideStart;
        int s4 = nibbleShift;
        int s8 = 2 * s4;
        int s12 = 3 * s4;
        FloatVector accA = FloatVector.zero(F);
        FloatVector accC = FloatVector.zero(F);
        int a = 0;
        for (int b = 0; b < blocks; b++, a += GROUP_BLOCK_BYTES) {
            int p = (wb + b) * 16 * BLOCK_INTS;
            ShortVector sumA = ShortVector.zero(S);
            ShortVector sumC = ShortVector.zero(S);
            for (int k = 0; k < 4; k++) {
                ShortVector u = ShortVector.fromMemorySegment(S, wa, a + 16 + 32 * k, LE);
                ShortVector v = ShortVector.fromMemorySegment(S, wc, a + 16 + 32 * k, LE);
                int q = p + 64 * k;
                ShortVector x0 = ShortVector.fromArray(S, xw, q);
                ShortVector x1 = ShortVector.fromArray(S, xw, q + 16);
                ShortVector x2 = ShortVector.fromArray(S, xw, q + 32);
                ShortVector x3 = ShortVector.fromArray(S, xw, q + 48);
                sumA = sumA.add(u.mul(x0)
                                .add(u.lanewise(VectorOperators.LSHR, s4).mul(x1)))
                        .add(u.lanewise(VectorOperators.LSHR, s8)
                                .mul(x2)
                                .add(u.lanewise(VectorOperators.LSHR, s12).mul(x3)));
                sumC = sumC.add(v.mul(x0)
                                .add(v.lanewise(VectorOperators.LSHR, s4).mul(x1)))
                        .add(v.lanewise(VectorOperators.LSHR, s8)
                                .mul(x2)
                                .add(v.lanewise(VectorOperators.LSHR, s12).mul(x3)));
            }
            float xs = s.scales[b];
            int off = s.offsets[b];
            FloatVector dA = PanamaTensorKernels.finiteHalfToFloat(wa, a);
            FloatVector dC = PanamaTensorKernels.finiteHalfToFloat(wc, a);
            IntVector pa = sumA.reinterpretAsInts();
            IntVector ra = pa.lanewise(VectorOperators.LSHL, 16)
                    .lanewise(VectorOperators.ASHR, 16)
                    .add(pa.lanewise(VectorOperators.ASHR, 16))
                    .add(off);
            accA = ((FloatVector) ra.convert(VectorOperators.I2F, 0)).fma(dA.mul(xs), accA);
            IntVector pc = sumC.reinterpretAsInts();
            IntVector rc = pc.lanewise(VectorOperators.LSHL, 16)
                    .lanewise(VectorOperators.ASHR, 16)
                    .add(pc.lanewise(VectorOperators.ASHR, 16))
                    .add(off);
            accC = ((FloatVector) rc.convert(VectorOperators.I2F, 0)).fma(dC.mul(xs), accC);
        }
        accA.intoArray(out, o + 8 * ga);
        accC.intoArray(out, o + 8 * gc);
    }

    /** Term i of quad {@code q} of the scratch, spread over the 8 rows. */
    private static ShortVector term(int[] quads, int q) {
        return IntVector.broadcast(I, quads[q]).reinterpretAsShorts();
    }

    /**
     * As {@link #group1} for 2 tokens (blocks at tb and tb + blocks; outputs at o and o + stride). More tokens take
     * one such pass per pair over the group, the later ones from cache: one pass over 4 tokens, with twice the term
     * broadcasts in one compile, went past C2's (JDK 25) node limit ({@code NodeCountInliningCutoff}) in some
     * processes and ran the broadcasts left out of line on boxed vectors (Zen 5 VM: a 4-token step of the 1B model
     * 361-543 ms against 108-136 as two 2-token passes, and 28-45 ms for one token). No prefetch: with one (as {@link
     * #group1}'s) the 2-token step read 67-72 ms, 41-64 without (BENCH.md).
     */
    private static void group2(MemorySegment w, int blocks, int g, Scratch s, int tb, float[] out, int o, int stride) {
        int[] xq = s.pairs;
        int s4 = nibbleShift;
        int s8 = 2 * s4;
        int s12 = 3 * s4;
        int a = 0;
        int tb1 = tb + blocks;
        FloatVector acc0 = FloatVector.zero(F);
        FloatVector acc1 = FloatVector.zero(F);
        for (int b = 0; b < blocks; b++, a += GROUP_BLOCK_BYTES) {
            int p0 = (tb + b) * BLOCK_INTS;
            int p1 = (tb1 + b) * BLOCK_INTS;
            ShortVector s0 = ShortVector.zero(S);
            ShortVector s1 = ShortVector.zero(S);
            for (int k = 0; k < 4; k++) {
                ShortVector u = ShortVector.fromMemorySegment(S, w, a + 16 + 32 * k, LE);
                ShortVector u4 = u.lanewise(VectorOperators.LSHR, s4);
                ShortVector u8 = u.lanewise(VectorOperators.LSHR, s8);
                ShortVector u12 = u.lanewise(VectorOperators.LSHR, s12);
                int q0 = p0 + 4 * k;
                int q1 = p1 + 4 * k;
                s0 = s0.add(u.mul(term(xq, q0)).add(u4.mul(term(xq, q0 + 1))))
                        .add(u8.mul(term(xq, q0 + 2)).add(u12.mul(term(xq, q0 + 3))));
                s1 = s1.add(u.mul(term(xq, q1)).add(u4.mul(term(xq, q1 + 1))))
                        .add(u8.mul(term(xq, q1 + 2)).add(u12.mul(term(xq, q1 + 3))));
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
}
