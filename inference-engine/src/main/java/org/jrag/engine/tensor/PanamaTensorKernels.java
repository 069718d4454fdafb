package org.jrag.engine.tensor;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.util.Arrays;
import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.ShortVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShuffle;
import jdk.incubator.vector.VectorSpecies;

/**
 * Vector API kernels on 8-lane (256-bit) float vectors, and where the CPU has AVX-512 a 16-lane pass for the
 * batched Q8_0 products that sums exactly as the 8-lane one. Quantized blocks are widened in registers (8 bytes to
 * 8 floats), scaled and multiplied with x without a heap copy; results differ from the scalar reference only
 * by float summation order and fused multiply-adds.
 */
public final class PanamaTensorKernels implements TensorKernels {
    private static final VectorSpecies<Float> F = FloatVector.SPECIES_256;
    /** Four lanes: the four scores a group of {@link #groupAttentionScores} stores. */
    private static final VectorSpecies<Float> F4 = FloatVector.SPECIES_128;

    private static final VectorSpecies<Byte> B = ByteVector.SPECIES_64;
    private static final VectorSpecies<Short> S = ShortVector.SPECIES_128;
    private static final VectorSpecies<Integer> I = IntVector.SPECIES_256;
    private static final ByteOrder LE = ByteOrder.LITTLE_ENDIAN;
    private static final int L = 8;

    /** Whether the CPU and JVM offer 512-bit float vectors (AVX-512). */
    private static final boolean WIDE_SUPPORTED = FloatVector.SPECIES_PREFERRED.vectorBitSize() >= 512;

    /**
     * Whether the CPU runs each 512-bit vector operation as two 256-bit halves (Zen 4, {@link CpuModel}), whether or
     * not the JVM uses such vectors.
     */
    private static final boolean SPLIT_WIDE = CpuModel.current().splitsWideVectors();

    /**
     * Whether the default kernels run the 8-token Q8_0 pass on 512-bit vectors, two 8-row groups per vector ({@link
     * #q8Pair8}): where such vectors are offered, unless the CPU runs each 512-bit operation as two 256-bit halves
     * ({@link CpuModel#splitsWideVectors}), where that pass is slower than the 256-bit one (Zen 4: 0.78-0.83x,
     * against 1.60-1.73x faster on Zen 5; {@code KernelBench wide}). {@code -Djrag.engine.vectorBits=256} holds the
     * kernels to 256 bits, {@code -Djrag.engine.vectorBits=512} asks for the 512-bit pass wherever it is offered.
     */
    private static final boolean WIDE_AVAILABLE = WIDE_SUPPORTED
            && switch (System.getProperty("jrag.engine.vectorBits", "")) {
                case "256" -> false;
                case "512" -> true;
                default -> !SPLIT_WIDE;
            };

    private static final VectorSpecies<Float> F16 = FloatVector.SPECIES_512;

    /**
     * Vectors of {@link #attentionLanes}, one query a lane: 16 queries where the 512-bit passes run ({@link
     * #WIDE_AVAILABLE}), else 8 (a constant, so the Vector API compiles either to its instructions).
     */
    private static final VectorSpecies<Float> FQ = WIDE_AVAILABLE ? FloatVector.SPECIES_512 : FloatVector.SPECIES_256;

    /** Queries of {@link #attentionLanes}: lanes of {@link #FQ}. */
    private static final int Q = FQ.length();

    private static final VectorSpecies<Long> L2 = LongVector.SPECIES_128;

    /** Lanes of two 2-lane vectors a, b: (a0, b0) and (a1, b1). */
    private static final LongVector FIRST_LANES = LongVector.fromArray(L2, new long[] {0, 2}, 0);

    private static final LongVector SECOND_LANES = LongVector.fromArray(L2, new long[] {1, 3}, 0);

    /** Whether 2 and 3 tokens beyond the 4-token passes share one pass over the weights (false: one at a time). */
    private final boolean remainderPasses;

    /**
     * Whether interleaved Q4_0 products round the activations to 8-bit blocks and sum in integers ({@link
     * Q4_0x8IntegerKernels}); false: the float kernels on exact activations.
     */
    private final boolean q4Integer;

    /** Whether the 8-token Q8_0 pass runs on 512-bit vectors ({@link #WIDE_AVAILABLE}). */
    private final boolean wide;

    /**
     * Whether interleaved Q8_0 products round the activations to 8-bit blocks and sum in integers in the machine-code
     * passes ({@link IntegerPasses}), and interleaved Q4_0, Q4_K, Q5_K and Q6_K integer products run there too; false:
     * the float kernels on exact activations for Q8_0, the Vector API integer kernels for the others.
     */
    private final boolean passes;

    public PanamaTensorKernels() {
        this(true, true, WIDE_AVAILABLE, IntegerPasses.available());
    }

    private PanamaTensorKernels(boolean remainderPasses, boolean q4Integer, boolean wide, boolean passes) {
        this.remainderPasses = remainderPasses;
        this.q4Integer = q4Integer;
        this.wide = wide;
        this.passes = passes;
    }

    /**
     * Whether the default kernels multiply interleaved Q8_0, Q4_0 and K-quant matrices in integers in machine code
     * ({@link IntegerPasses}): where the CPU has AVX-512 VNNI or AVX2, unless {@code -Djrag.engine.q8=float}.
     */
    public static boolean integerPassesAvailable() {
        return IntegerPasses.available();
    }

    /** The instruction set of the integer passes the default kernels take ("VNNI", "AVX2"), or "none". */
    public static String integerPasses() {
        return IntegerPasses.isa().map(Enum::name).orElse("none");
    }

    /** This thread's scratch for {@link #roundActivations}. */
    private static final ThreadLocal<IntegerPasses.Scratch> ROUNDING =
            ThreadLocal.withInitial(IntegerPasses.Scratch::new);

    /**
     * Rounds {@code tokens} rows of {@code cols} activations as the integer passes read them, on this thread's own
     * scratch: through the machine code (where the passes run; else as the passes do), or with {@code inJava}
     * through the Java vector loop (the same bits); for {@code KernelBench} to compare both in one run.
     */
    public static void roundActivations(float[] x, int tokens, int cols, boolean inJava) {
        if (inJava) {
            ROUNDING.get().roundInJava(x, tokens, cols);
        } else if (IntegerPasses.available()) {
            ROUNDING.get().roundInMachineCode(x, tokens, cols);
        } else {
            ROUNDING.get().round(x, tokens, cols);
        }
    }

    /**
     * The kernels with the interleaved Q8_0 products on exact float activations, where the default ones may sum in
     * integers ({@link #integerPassesAvailable()}), and Q4_0 and the K-quants through the Vector API integer kernels
     * (the passes' bits); for {@code KernelBench} and tests to compare both in one run. Q8_0 results differ by the
     * 8-bit rounding of the activations.
     */
    public static PanamaTensorKernels floatQ8_0() {
        return new PanamaTensorKernels(true, true, WIDE_AVAILABLE, false);
    }

    /** Whether the default kernels run the 512-bit passes on this machine and JVM (see {@link #WIDE_AVAILABLE}). */
    public static boolean wideVectorsAvailable() {
        return WIDE_AVAILABLE;
    }

    /** Whether this machine and JVM offer 512-bit float vectors, whether or not the default kernels use them. */
    public static boolean wideVectorsSupported() {
        return WIDE_SUPPORTED;
    }

    /**
     * The kernels with the 512-bit passes, where the default kernels may not use them (a CPU that splits them);
     * for {@code KernelBench} and tests to compare both in one run. Same results, bit for bit.
     *
     * @throws IllegalStateException where 512-bit vectors are not offered
     */
    public static PanamaTensorKernels wideVectors() {
        if (!WIDE_SUPPORTED) {
            throw new IllegalStateException("the CPU or JVM offers no 512-bit float vectors");
        }
        return new PanamaTensorKernels(true, true, true, false);
    }

    /**
     * The kernels on 256-bit vectors only, as on a CPU without AVX-512; for {@code KernelBench} and tests to compare
     * both in one run. Same results, bit for bit.
     */
    public static PanamaTensorKernels narrowVectors() {
        return new PanamaTensorKernels(true, true, false, false);
    }

    /**
     * The kernels as they were before the 2- and 3-token passes (tokens beyond the 4-token passes one at a time,
     * each re-reading the weights); for {@code KernelBench} to compare both in one run. Same results.
     */
    public static PanamaTensorKernels tokenAtATimeRemainders() {
        return new PanamaTensorKernels(false, true, WIDE_AVAILABLE, false);
    }

    /**
     * The kernels with the interleaved Q4_0 products on exact float activations, as before the integer kernels;
     * for {@code KernelBench} and {@code -Djrag.engine.q4=float} to compare both. Results differ by the 8-bit
     * rounding of the activations.
     */
    public static PanamaTensorKernels floatQ4_0() {
        return new PanamaTensorKernels(true, false, WIDE_AVAILABLE, IntegerPasses.available());
    }

    @Override
    public float dotF32(MemorySegment w, long byteOff, float[] x, int xOff, int n) {
        FloatVector acc0 = FloatVector.zero(F);
        FloatVector acc1 = FloatVector.zero(F);
        int i = 0;
        // sum_i w[i] * x[i], two accumulators for latency
        for (; i + 2 * L <= n; i += 2 * L) {
            acc0 = FloatVector.fromMemorySegment(F, w, byteOff + 4L * i, LE)
                    .fma(FloatVector.fromArray(F, x, xOff + i), acc0);
            acc1 = FloatVector.fromMemorySegment(F, w, byteOff + 4L * (i + L), LE)
                    .fma(FloatVector.fromArray(F, x, xOff + i + L), acc1);
        }
        for (; i + L <= n; i += L) {
            acc0 = FloatVector.fromMemorySegment(F, w, byteOff + 4L * i, LE)
                    .fma(FloatVector.fromArray(F, x, xOff + i), acc0);
        }
        float sum = sumLanes(acc0.add(acc1));
        for (; i < n; i++) {
            sum += w.get(Layouts.F32, byteOff + 4L * i) * x[xOff + i];
        }
        return sum;
    }

    /**
     * 8-row panels ({@link F32x8Tensor}): each loaded column of 8 rows is multiplied by broadcast activations, lane r
     * of a group's accumulator is row 8g + r's fused multiply-add chain over the columns in order, as the reference
     * computes it. Whole groups go in pairs against 4 tokens at a time (8 chains; each column loaded once for 4
     * tokens), then the 1-3 tokens left over: 2 at a time over 4 groups, the last one over 8 groups at once (one
     * broadcast for 8 columns), so that every pass has 8 independent chains;
     * groups the range cuts through are computed whole into 8 lanes of scratch. The loops are written inline in each
     * pass, not as a helper returning a vector: C2 compiles such a helper on its own (OSR) once its loop is hot, then
     * refuses to inline that big method, and every returned vector is boxed (8x slower).
     */
    @Override
    public void matmulF32x8(
            float[] p, int cols, float[] x, int tokens, float[] out, int outOff, int outStride, int from, int to) {
        if (from >= to) {
            return;
        }
        int g0 = from >> 3; // groups touched: [g0, g1); whole ones: [w0, w1)
        int g1 = (to + 7) >> 3;
        int w0 = (from & 7) == 0 ? g0 : g0 + 1;
        int w1 = (to & 7) == 0 ? g1 : g1 - 1;
        if (w0 > w1) {
            f32CutGroup(p, cols, g0, x, tokens, out, outOff, outStride, from, to);
            return;
        }
        if (g0 < w0) {
            f32CutGroup(p, cols, g0, x, tokens, out, outOff, outStride, from, 8 * w0);
        }
        int t4 = tokens & ~3;
        for (int g = w0; g < w1; g += 2) {
            for (int t = 0; t < t4; t += 4) {
                if (g + 1 < w1) {
                    f32Pair4(p, cols, g, x, t * cols, out, outOff + t * outStride, outStride);
                } else {
                    f32Group4(p, cols, g, x, t * cols, out, outOff + t * outStride, outStride);
                }
            }
        }
        int rest = tokens - t4;
        int xo = t4 * cols;
        int o = outOff + t4 * outStride;
        if (rest >= 2) {
            int g = w0;
            for (; g + 4 <= w1; g += 4) {
                f32Quad2(p, cols, g, x, xo, out, o, outStride);
            }
            for (; g < w1; g++) {
                f32Group1(p, cols, g, x, xo, out, o + 8 * g);
                f32Group1(p, cols, g, x, xo + cols, out, o + outStride + 8 * g);
            }
            rest -= 2;
            xo += 2 * cols;
            o += 2 * outStride;
        }
        if (rest == 1) {
            int g = w0;
            for (; g + 8 <= w1; g += 8) {
                f32Groups8(p, cols, g, x, xo, out, o + 8 * g);
            }
            if (g + 4 <= w1) {
                f32Groups4(p, cols, g, x, xo, out, o + 8 * g);
                g += 4;
            }
            for (; g < w1; g++) {
                f32Group1(p, cols, g, x, xo, out, o + 8 * g);
            }
        }
        if (w1 < g1) {
            f32CutGroup(p, cols, w1, x, tokens, out, outOff, outStride, 8 * w1, to);
        }
    }

    /** Rows [from, to) of group g (fewer than its 8) for every token, through 8 lanes of scratch. */
    private static void f32CutGroup(
            float[] p,
            int cols,
            int g,
            float[] x,
            int tokens,
            float[] out,
            int outOff,
            int outStride,
            int from,
            int to) {
        float[] lanes = new float[L];
        for (int t = 0; t < tokens; t++) {
            f32Group1(p, cols, g, x, t * cols, lanes, 0);
            System.arraycopy(lanes, from - 8 * g, out, outOff + t * outStride + from, to - from);
        }
    }

    /**
     * Groups g and g + 1 against tokens [t, t + 4) (activations at x[xo + k * cols], outputs at out[o + k * stride]):
     * 8 accumulators, 2 column loads and 4 broadcasts per column.
     */
    private static void f32Pair4(float[] p, int cols, int g, float[] x, int xo, float[] out, int o, int stride) {
        int b = g * cols * L;
        int b1 = b + cols * L;
        FloatVector a0 = FloatVector.zero(F), a1 = a0, a2 = a0, a3 = a0, a4 = a0, a5 = a0, a6 = a0, a7 = a0;
        for (int c = 0; c < cols; c++) {
            FloatVector w0 = FloatVector.fromArray(F, p, b + L * c);
            FloatVector w1 = FloatVector.fromArray(F, p, b1 + L * c);
            FloatVector x0 = FloatVector.broadcast(F, x[xo + c]);
            a0 = w0.fma(x0, a0);
            a4 = w1.fma(x0, a4);
            FloatVector x1 = FloatVector.broadcast(F, x[xo + cols + c]);
            a1 = w0.fma(x1, a1);
            a5 = w1.fma(x1, a5);
            FloatVector x2 = FloatVector.broadcast(F, x[xo + 2 * cols + c]);
            a2 = w0.fma(x2, a2);
            a6 = w1.fma(x2, a6);
            FloatVector x3 = FloatVector.broadcast(F, x[xo + 3 * cols + c]);
            a3 = w0.fma(x3, a3);
            a7 = w1.fma(x3, a7);
        }
        int r = o + L * g;
        a0.intoArray(out, r);
        a1.intoArray(out, r + stride);
        a2.intoArray(out, r + 2 * stride);
        a3.intoArray(out, r + 3 * stride);
        a4.intoArray(out, r + L);
        a5.intoArray(out, r + L + stride);
        a6.intoArray(out, r + L + 2 * stride);
        a7.intoArray(out, r + L + 3 * stride);
    }

    /** Groups [g, g + 4) against 2 tokens (the tokens left after the 4-token passes): 8 chains. */
    private static void f32Quad2(float[] p, int cols, int g, float[] x, int xo, float[] out, int o, int stride) {
        // each load indexed as its own base + 8c: C2 hoists the range checks of such loads, not of (b + 8c) + gs
        int b0 = g * cols * L;
        int b1 = b0 + cols * L;
        int b2 = b1 + cols * L;
        int b3 = b2 + cols * L;
        FloatVector a0 = FloatVector.zero(F), a1 = a0, a2 = a0, a3 = a0, a4 = a0, a5 = a0, a6 = a0, a7 = a0;
        for (int c = 0; c < cols; c++) {
            FloatVector x0 = FloatVector.broadcast(F, x[xo + c]);
            FloatVector x1 = FloatVector.broadcast(F, x[xo + cols + c]);
            FloatVector w0 = FloatVector.fromArray(F, p, b0 + L * c);
            a0 = w0.fma(x0, a0);
            a4 = w0.fma(x1, a4);
            FloatVector w1 = FloatVector.fromArray(F, p, b1 + L * c);
            a1 = w1.fma(x0, a1);
            a5 = w1.fma(x1, a5);
            FloatVector w2 = FloatVector.fromArray(F, p, b2 + L * c);
            a2 = w2.fma(x0, a2);
            a6 = w2.fma(x1, a6);
            FloatVector w3 = FloatVector.fromArray(F, p, b3 + L * c);
            a3 = w3.fma(x0, a3);
            a7 = w3.fma(x1, a7);
        }
        int r = o + L * g;
        a0.intoArray(out, r);
        a1.intoArray(out, r + L);
        a2.intoArray(out, r + 2 * L);
        a3.intoArray(out, r + 3 * L);
        a4.intoArray(out, r + stride);
        a5.intoArray(out, r + stride + L);
        a6.intoArray(out, r + stride + 2 * L);
        a7.intoArray(out, r + stride + 3 * L);
    }

    /** As {@link #f32Pair4} for group g alone (an odd group at the end of the range). */
    private static void f32Group4(float[] p, int cols, int g, float[] x, int xo, float[] out, int o, int stride) {
        int b = g * cols * L;
        FloatVector a0 = FloatVector.zero(F), a1 = a0, a2 = a0, a3 = a0;
        for (int c = 0; c < cols; c++) {
            FloatVector w0 = FloatVector.fromArray(F, p, b + L * c);
            a0 = w0.fma(FloatVector.broadcast(F, x[xo + c]), a0);
            a1 = w0.fma(FloatVector.broadcast(F, x[xo + cols + c]), a1);
            a2 = w0.fma(FloatVector.broadcast(F, x[xo + 2 * cols + c]), a2);
            a3 = w0.fma(FloatVector.broadcast(F, x[xo + 3 * cols + c]), a3);
        }
        int r = o + L * g;
        a0.intoArray(out, r);
        a1.intoArray(out, r + stride);
        a2.intoArray(out, r + 2 * stride);
        a3.intoArray(out, r + 3 * stride);
    }

    /**
     * Groups [g, g + 8) against one token (activations at x[xo ..]), the 64 outputs to out[o ..]: 8 accumulators, 8
     * column loads and one broadcast per column. The loop runs over the first group's panel index (stepping 8), so
     * that C2 hoists the range checks of all 8 loads (indexed by 8 * c it kept one per load, 1.7x slower).
     */
    private static void f32Groups8(float[] p, int cols, int g, float[] x, int xo, float[] out, int o) {
        int gs = cols * L;
        int b = g * gs;
        int end = b + gs;
        FloatVector a0 = FloatVector.zero(F), a1 = a0, a2 = a0, a3 = a0, a4 = a0, a5 = a0, a6 = a0, a7 = a0;
        for (int i = b, c = xo; i < end; i += L, c++) {
            FloatVector xv = FloatVector.broadcast(F, x[c]);
            a0 = FloatVector.fromArray(F, p, i).fma(xv, a0);
            a1 = FloatVector.fromArray(F, p, i + gs).fma(xv, a1);
            a2 = FloatVector.fromArray(F, p, i + 2 * gs).fma(xv, a2);
            a3 = FloatVector.fromArray(F, p, i + 3 * gs).fma(xv, a3);
            a4 = FloatVector.fromArray(F, p, i + 4 * gs).fma(xv, a4);
            a5 = FloatVector.fromArray(F, p, i + 5 * gs).fma(xv, a5);
            a6 = FloatVector.fromArray(F, p, i + 6 * gs).fma(xv, a6);
            a7 = FloatVector.fromArray(F, p, i + 7 * gs).fma(xv, a7);
        }
        a0.intoArray(out, o);
        a1.intoArray(out, o + L);
        a2.intoArray(out, o + 2 * L);
        a3.intoArray(out, o + 3 * L);
        a4.intoArray(out, o + 4 * L);
        a5.intoArray(out, o + 5 * L);
        a6.intoArray(out, o + 6 * L);
        a7.intoArray(out, o + 7 * L);
    }

    /** As {@link #f32Groups8} for groups [g, g + 4) (fewer than 8 groups left). */
    private static void f32Groups4(float[] p, int cols, int g, float[] x, int xo, float[] out, int o) {
        int gs = cols * L;
        int b = g * gs;
        int end = b + gs;
        FloatVector a0 = FloatVector.zero(F), a1 = a0, a2 = a0, a3 = a0;
        for (int i = b, c = xo; i < end; i += L, c++) {
            FloatVector xv = FloatVector.broadcast(F, x[c]);
            a0 = FloatVector.fromArray(F, p, i).fma(xv, a0);
            a1 = FloatVector.fromArray(F, p, i + gs).fma(xv, a1);
            a2 = FloatVector.fromArray(F, p, i + 2 * gs).fma(xv, a2);
            a3 = FloatVector.fromArray(F, p, i + 3 * gs).fma(xv, a3);
        }
        a0.intoArray(out, o);
        a1.intoArray(out, o + L);
        a2.intoArray(out, o + 2 * L);
        a3.intoArray(out, o + 3 * L);
    }

    /** Group g against one token, its 8 outputs to out[o ..]: one chain per lane (fewer than 4 groups left). */
    private static void f32Group1(float[] p, int cols, int g, float[] x, int xo, float[] out, int o) {
        int b = g * cols * L;
        int end = b + cols * L;
        FloatVector a = FloatVector.zero(F);
        for (int i = b, c = xo; i < end; i += L, c++) {
            a = FloatVector.fromArray(F, p, i).fma(FloatVector.broadcast(F, x[c]), a);
        }
        a.intoArray(out, o);
    }

    /**
     * ((l0 + l1) + (l2 + l3)) + ((l4 + l5) + (l6 + l7)) of the 8 lane chains l_j = fma over i of a[ao + i + j] *
     * b[bo + i + j], i in [0, len) by 8: the bits of one lane of {@link #attentionScores}' sums over such accumulators.
     */
    static float laneTree(float[] a, int ao, int len, float[] b, int bo) {
        float l0 = 0f, l1 = 0f, l2 = 0f, l3 = 0f, l4 = 0f, l5 = 0f, l6 = 0f, l7 = 0f;
        for (int i = 0; i < len; i += L) {
            int p = ao + i;
            int q = bo + i;
            l0 = Math.fma(a[p], b[q], l0);
            l1 = Math.fma(a[p + 1], b[q + 1], l1);
            l2 = Math.fma(a[p + 2], b[q + 2], l2);
            l3 = Math.fma(a[p + 3], b[q + 3], l3);
            l4 = Math.fma(a[p + 4], b[q + 4], l4);
            l5 = Math.fma(a[p + 5], b[q + 5], l5);
            l6 = Math.fma(a[p + 6], b[q + 6], l6);
            l7 = Math.fma(a[p + 7], b[q + 7], l7);
        }
        return ((l0 + l1) + (l2 + l3)) + ((l4 + l5) + (l6 + l7));
    }

    @Override
    public float dotF16(MemorySegment w, long byteOff, float[] x, int xOff, int n) {
        FloatVector acc = FloatVector.zero(F);
        int i = 0;
        for (; i + L <= n; i += L) {
            acc = halfToFloat(w, byteOff + 2L * i).fma(FloatVector.fromArray(F, x, xOff + i), acc);
        }
        float sum = sumLanes(acc);
        for (; i < n; i++) {
            sum += Layouts.f16(w, byteOff + 2L * i) * x[xOff + i];
        }
        return sum;
    }

    /** 8 floats at {@code off} (little-endian): the K-quant layouts' super-block scales ({@link Interleaved8#setScale}). */
    static FloatVector floats(MemorySegment w, long off) {
        return FloatVector.fromMemorySegment(F, w, off, LE);
    }

    /**
     * The 8 fp16 block scales at {@code off} as floats, for finite scales only (an interleaved matrix's, checked when
     * it was repacked): the sign-extended half shifted into place and its three copies of the sign above the exponent
     * cleared, then scaled by 2^112, exact for normal and subnormal halves. Three operations where {@link
     * #halfToFloat} needs nine for infinities and NaN; small enough that the JIT inlines it four times into one
     * kernel (it did not inline the general one into the four-stream decode, which then boxed its vectors). It calls
     * no helper of ours: C2 (JDK 25) inlines a callee's own calls by that callee's profile, and where that profile
     * ran mostly before it was collected it judged the nested call rare ("low call site frequency") and left it a
     * call that boxed its vectors once per Q6_K super-block (seen on a Zen 3 VM).
     */
    static FloatVector finiteHalfToFloat(MemorySegment w, long off) {
        return ((IntVector) ShortVector.fromMemorySegment(S, w, off, LE).convertShape(VectorOperators.S2I, I, 0))
                .lanewise(VectorOperators.LSHL, 13)
                .and(0x8FFFFFFF)
                .reinterpretAsFloats()
                .mul(0x1p112f);
    }

    /** 8 IEEE halves to floats: (bits << 13) * 2^112 is exact for normals and subnormals; Inf/NaN re-biased. */
    static FloatVector halfToFloat(MemorySegment w, long off) {
        IntVector h = (IntVector) ShortVector.fromMemorySegment(S, w, off, LE).convertShape(VectorOperators.S2I, I, 0);
        IntVector em = h.and(0x7FFF);
        IntVector sign = h.and(0x8000).lanewise(VectorOperators.LSHL, 16);
        IntVector shifted = em.lanewise(VectorOperators.LSHL, 13);
        FloatVector finite = shifted.reinterpretAsFloats().mul(0x1p112f);
        VectorMask<Integer> special = em.compare(VectorOperators.GE, 0x7C00);
        IntVector bits = finite.reinterpretAsInts().blend(shifted.add(0x70000000), special);
        return bits.or(sign).reinterpretAsFloats();
    }

    @Override
    public float dotBF16(MemorySegment w, long byteOff, float[] x, int xOff, int n) {
        FloatVector acc = FloatVector.zero(F);
        int i = 0;
        for (; i + L <= n; i += L) {
            FloatVector v = ((IntVector) ShortVector.fromMemorySegment(S, w, byteOff + 2L * i, LE)
                            .convertShape(VectorOperators.S2I, I, 0))
                    .lanewise(VectorOperators.LSHL, 16)
                    .reinterpretAsFloats();
            acc = v.fma(FloatVector.fromArray(F, x, xOff + i), acc);
        }
        float sum = sumLanes(acc);
        for (; i < n; i++) {
            sum += Float.intBitsToFloat(w.get(Layouts.I16, byteOff + 2L * i) << 16) * x[xOff + i];
        }
        return sum;
    }

    private static FloatVector toFloats(ByteVector b) {
        return (FloatVector) b.convertShape(VectorOperators.B2F, F, 0);
    }

    private static ByteVector bytes(MemorySegment w, long off) {
        return ByteVector.fromMemorySegment(B, w, off, LE);
    }

    private static ByteVector lowNibbles(ByteVector b) {
        return b.and((byte) 0x0F);
    }

    private static ByteVector highNibbles(ByteVector b) {
        return b.lanewise(VectorOperators.LSHR, 4).and((byte) 0x0F);
    }

    /**
     * 16 * (high nibble - 8) as a signed byte, without a shift (x86 has no byte shift, and the Vector API emulates
     * one by widening): (b & 0xF0) ^ 0x80. Scaling by d / 16 (exact, a power of two) gives (q - 8) * d exactly.
     */
    private static ByteVector highNibblesTimes16Minus128(ByteVector b) {
        return b.and((byte) 0xF0).lanewise(VectorOperators.XOR, (byte) 0x80);
    }

    @Override
    public float dotQ8_0(MemorySegment w, long byteOff, float[] x, int xOff, int n) {
        FloatVector acc = FloatVector.zero(F);
        for (int blk = 0; blk < n / 32; blk++) {
            long off = byteOff + 34L * blk;
            int xi = xOff + 32 * blk;
            // block: d * sum_j q[j] * x[j], 32 values as 4 x 8 lanes
            FloatVector s = FloatVector.zero(F);
            for (int k = 0; k < 4; k++) {
                s = toFloats(bytes(w, off + 2 + 8 * k)).fma(FloatVector.fromArray(F, x, xi + 8 * k), s);
            }
            acc = s.fma(FloatVector.broadcast(F, Layouts.f16(w, off)), acc);
        }
        return sumLanes(acc);
    }

    @Override
    public float dotQ4_0(MemorySegment w, long byteOff, float[] x, int xOff, int n) {
        FloatVector acc = FloatVector.zero(F);
        for (int blk = 0; blk < n / 32; blk++) {
            long off = byteOff + 18L * blk;
            int xi = xOff + 32 * blk;
            // block: d * sum_j (q[j] - 8) * x[j]; low nibbles are values 0..15, high nibbles 16..31 (scaled by 16)
            FloatVector lo = FloatVector.zero(F);
            FloatVector hi = FloatVector.zero(F);
            for (int k = 0; k < 2; k++) {
                ByteVector q = bytes(w, off + 2 + 8 * k);
                lo = toFloats(lowNibbles(q).sub((byte) 8)).fma(FloatVector.fromArray(F, x, xi + 8 * k), lo);
                hi = toFloats(highNibblesTimes16Minus128(q)).fma(FloatVector.fromArray(F, x, xi + 16 + 8 * k), hi);
            }
            float d = Layouts.f16(w, off);
            acc = lo.fma(FloatVector.broadcast(F, d), acc);
            acc = hi.fma(FloatVector.broadcast(F, d * 0.0625f), acc);
        }
        return sumLanes(acc);
    }

    /** IQ4_NL's table ({@link IQ4_NLTensor#TABLE}) as 16 bytes, for a lookup of 16 codes at once. */
    private static final ByteVector IQ4_TABLE = iq4Table();

    private static ByteVector iq4Table() {
        byte[] table = new byte[16];
        for (int i = 0; i < table.length; i++) {
            table[i] = (byte) IQ4_NLTensor.TABLE[i];
        }
        return ByteVector.fromArray(ByteVector.SPECIES_128, table, 0);
    }

    /**
     * IQ4_XS: per 32-value sub-block, its 16 code bytes loaded once, the low and the high nibbles looked up in the
     * table 16 at a time (one byte shuffle each), widened to floats and multiplied by the activations; the
     * sub-block's sum times d * (ls - 32).
     */
    @Override
    public float dotIQ4XS(MemorySegment w, long byteOff, float[] x, int xOff, int n) {
        FloatVector acc = FloatVector.zero(F);
        for (int blk = 0; blk < n / IQ4_XSTensor.BLOCK; blk++) {
            long off = byteOff + (long) IQ4_XSTensor.BLOCK_BYTES * blk;
            int xb = xOff + IQ4_XSTensor.BLOCK * blk;
            float d = Layouts.f16(w, off);
            int low = IQ4_XSTensor.lowScaleBits(w, off);
            int high = IQ4_XSTensor.highScaleBits(w, off);
            for (int s = 0; s < IQ4_XSTensor.BLOCK / 32; s++) {
                ByteVector q = ByteVector.fromMemorySegment(ByteVector.SPECIES_128, w, off + 8 + 16L * s, LE);
                ByteVector lo = q.and((byte) 0x0F).selectFrom(IQ4_TABLE);
                ByteVector hi =
                        q.lanewise(VectorOperators.LSHR, 4).and((byte) 0x0F).selectFrom(IQ4_TABLE);
                int xs = xb + 32 * s;
                FloatVector sum = widen(lo, 0).mul(FloatVector.fromArray(F, x, xs));
                sum = widen(lo, 1).fma(FloatVector.fromArray(F, x, xs + 8), sum);
                sum = widen(hi, 0).fma(FloatVector.fromArray(F, x, xs + 16), sum);
                sum = widen(hi, 1).fma(FloatVector.fromArray(F, x, xs + 24), sum);
                // IQ4_XSTensor.subScale written out: as a call, C2 left it out of line (half the speed)
                int ls = ((low >>> (4 * s)) & 0x0F | ((high >>> (2 * s)) & 3) << 4) - 32;
                acc = sum.fma(FloatVector.broadcast(F, d * ls), acc);
            }
        }
        return sumLanes(acc);
    }

    /** Bytes [8 part, 8 part + 8) of 16 as floats. */
    private static FloatVector widen(ByteVector b, int part) {
        return (FloatVector) b.convertShape(VectorOperators.B2F, F, part);
    }

    @Override
    public float dotQ4K(MemorySegment w, long byteOff, float[] x, int xOff, int n) {
        FloatVector acc = FloatVector.zero(F);
        for (int blk = 0; blk < n / 256; blk++) {
            long off = byteOff + 144L * blk;
            int xb = xOff + 256 * blk;
            float d = Layouts.f16(w, off);
            float dmin = Layouts.f16(w, off + 2);
            long scales = off + 4;
            long qs = off + 16;
            for (int j = 0; j < 4; j++) {
                // sub-blocks 2j (low nibbles) and 2j+1 (high nibbles): w = (d*sc)*q - dmin*m
                FloatVector d1 = FloatVector.broadcast(F, d * Q4KTensor.scale(w, scales, 2 * j));
                FloatVector m1 = FloatVector.broadcast(F, -(dmin * Q4KTensor.min(w, scales, 2 * j)));
                FloatVector d2 = FloatVector.broadcast(F, d * Q4KTensor.scale(w, scales, 2 * j + 1));
                FloatVector m2 = FloatVector.broadcast(F, -(dmin * Q4KTensor.min(w, scales, 2 * j + 1)));
                int xj = xb + 64 * j;
                for (int k = 0; k < 4; k++) {
                    ByteVector q = bytes(w, qs + 32 * j + 8 * k);
                    FloatVector lo = toFloats(lowNibbles(q)).fma(d1, m1);
                    FloatVector hi = toFloats(highNibbles(q)).fma(d2, m2);
                    acc = lo.fma(FloatVector.fromArray(F, x, xj + 8 * k), acc);
                    acc = hi.fma(FloatVector.fromArray(F, x, xj + 32 + 8 * k), acc);
                }
            }
        }
        return sumLanes(acc);
    }

    @Override
    public float dotQ5K(MemorySegment w, long byteOff, float[] x, int xOff, int n) {
        FloatVector acc = FloatVector.zero(F);
        for (int blk = 0; blk < n / 256; blk++) {
            long off = byteOff + 176L * blk;
            int xb = xOff + 256 * blk;
            float d = Layouts.f16(w, off);
            float dmin = Layouts.f16(w, off + 2);
            long scales = off + 4;
            long qh = off + 16;
            long qs = off + 48;
            for (int j = 0; j < 4; j++) {
                // as Q4_K, plus fifth bit (bit 2j / 2j+1 of qh[l]) worth 16
                FloatVector d1 = FloatVector.broadcast(F, d * Q4KTensor.scale(w, scales, 2 * j));
                FloatVector m1 = FloatVector.broadcast(F, -(dmin * Q4KTensor.min(w, scales, 2 * j)));
                FloatVector d2 = FloatVector.broadcast(F, d * Q4KTensor.scale(w, scales, 2 * j + 1));
                FloatVector m2 = FloatVector.broadcast(F, -(dmin * Q4KTensor.min(w, scales, 2 * j + 1)));
                int xj = xb + 64 * j;
                for (int k = 0; k < 4; k++) {
                    ByteVector q = bytes(w, qs + 32 * j + 8 * k);
                    ByteVector h = bytes(w, qh + 8 * k);
                    ByteVector hLo = h.lanewise(VectorOperators.LSHR, 2 * j)
                            .and((byte) 1)
                            .lanewise(VectorOperators.LSHL, 4);
                    ByteVector hHi = h.lanewise(VectorOperators.LSHR, 2 * j + 1)
                            .and((byte) 1)
                            .lanewise(VectorOperators.LSHL, 4);
                    FloatVector lo = toFloats(lowNibbles(q).or(hLo)).fma(d1, m1);
                    FloatVector hi = toFloats(highNibbles(q).or(hHi)).fma(d2, m2);
                    acc = lo.fma(FloatVector.fromArray(F, x, xj + 8 * k), acc);
                    acc = hi.fma(FloatVector.fromArray(F, x, xj + 32 + 8 * k), acc);
                }
            }
        }
        return sumLanes(acc);
    }

    @Override
    public float dotQ6K(MemorySegment w, long byteOff, float[] x, int xOff, int n) {
        FloatVector acc = FloatVector.zero(F);
        for (int blk = 0; blk < n / 256; blk++) {
            long off = byteOff + 210L * blk;
            int xb = xOff + 256 * blk;
            float d = Layouts.f16(w, off + 208);
            for (int half = 0; half < 2; half++) {
                long ql = off + 64 * half;
                long qh = off + 128 + 32 * half;
                long sc = off + 192 + 8 * half;
                int y = xb + 128 * half;
                for (int l = 0; l < 32; l += 8) {
                    // 6-bit q = low nibble | 2 high bits, minus 32; w = (d*sc)*q for 4 groups of 8
                    int is = l / 16;
                    ByteVector a = bytes(w, ql + l);
                    ByteVector b = bytes(w, ql + l + 32);
                    ByteVector h = bytes(w, qh + l);
                    ByteVector q1 = lowNibbles(a).or(h.and((byte) 3).lanewise(VectorOperators.LSHL, 4));
                    ByteVector q2 = lowNibbles(b)
                            .or(h.lanewise(VectorOperators.LSHR, 2)
                                    .and((byte) 3)
                                    .lanewise(VectorOperators.LSHL, 4));
                    ByteVector q3 = highNibbles(a)
                            .or(h.lanewise(VectorOperators.LSHR, 4)
                                    .and((byte) 3)
                                    .lanewise(VectorOperators.LSHL, 4));
                    ByteVector q4 = highNibbles(b)
                            .or(h.lanewise(VectorOperators.LSHR, 6)
                                    .and((byte) 3)
                                    .lanewise(VectorOperators.LSHL, 4));
                    acc = toFloats(q1.sub((byte) 32))
                            .mul(d * Layouts.i8(w, sc + is))
                            .fma(FloatVector.fromArray(F, x, y + l), acc);
                    acc = toFloats(q2.sub((byte) 32))
                            .mul(d * Layouts.i8(w, sc + is + 2))
                            .fma(FloatVector.fromArray(F, x, y + l + 32), acc);
                    acc = toFloats(q3.sub((byte) 32))
                            .mul(d * Layouts.i8(w, sc + is + 4))
                            .fma(FloatVector.fromArray(F, x, y + l + 64), acc);
                    acc = toFloats(q4.sub((byte) 32))
                            .mul(d * Layouts.i8(w, sc + is + 6))
                            .fma(FloatVector.fromArray(F, x, y + l + 96), acc);
                }
            }
        }
        return sumLanes(acc);
    }

    /**
     * 8-row interleaved Q8_0 (see {@link Q8_0x8Tensor}): each loaded column of 8 rows is widened to 8 floats and
     * multiplied by the broadcast activation, with no horizontal sums; whole groups go through {@link #q8Groups},
     * rows outside whole groups through the reference.
     */
    @Override
    public void matmulQ8_0x8(
            MemorySegment w,
            int cols,
            float[] x,
            int tokens,
            float[] out,
            int outOff,
            int outStride,
            int from,
            int to) {
        int start = Math.min(to, (from + 7) & ~7);
        int end = Math.max(start, to & ~7);
        if (from < start) {
            TensorKernels.super.matmulQ8_0x8(w, cols, x, tokens, out, outOff, outStride, from, start);
        }
        if (tokens == 1) {
            q8Streams(w, cols, start / 8, end / 8, x, out, outOff);
        } else {
            q8Batch(w, cols, x, tokens, out, outOff, outStride, start, end);
        }
        if (end < to) {
            TensorKernels.super.matmulQ8_0x8(w, cols, x, tokens, out, outOff, outStride, end, to);
        }
    }

    /**
     * 8-row interleaved Q8_0 in runs of 4 ({@link Q8_0x8RunsTensor}): the integer passes (VNNI where the kernels take
     * those, else AVX2), which the weights take that order for ({@link IntegerPasses#takesRuns()}); kernels without
     * the passes (the float ones a benchmark compares) take the reference.
     */
    @Override
    public void matmulQ8_0x8Runs(
            MemorySegment w,
            int cols,
            float[] x,
            int tokens,
            float[] out,
            int outOff,
            int outStride,
            int from,
            int to) {
        if (passes) {
            IntegerPasses.matmulQ8_0(w, cols, x, tokens, out, outOff, outStride, from, to);
            return;
        }
        TensorKernels.super.matmulQ8_0x8Runs(w, cols, x, tokens, out, outOff, outStride, from, to);
    }

    /**
     * Whole 8-row groups [start / 8, end / 8) for several tokens, a pair of groups at a time: 8 tokens per pass over
     * one group, then 4 per pass over both groups (each widened weight column serves every token of the pass, so
     * the weights are read once per pass, not once per token), then the 1-3 tokens left over.
     */
    private void q8Batch(
            MemorySegment w,
            int cols,
            float[] x,
            int tokens,
            float[] out,
            int outOff,
            int outStride,
            int start,
            int end) {
        if (remainderPasses && wide && padded(tokens) > tokens) {
            paddedBatch(w, cols, x, tokens, out, outOff, outStride, start, end);
            return;
        }
        float[] xt = tokens >= 8 ? interleave8(x, cols, tokens & ~7) : null;
        int whole = 0;
        if (wide && tokens >= 8) {
            whole = tokens & ~7;
            wideBatch(w, cols, xt, whole, out, outOff, outStride, start / 8, end / 8);
        }
        long touched = tokens - whole >= 4 ? touchAhead(w, cols, start / 8, start / 8, end / 8, TOUCH_NARROW) : 0;
        for (int g = start / 8; g < end / 8; g += 2) {
            int g1 = Math.min(g + 2, end / 8);
            int t = whole;
            if (tokens - whole >= 4) {
                touched += touchAhead(w, cols, g + 2, start / 8, end / 8, TOUCH_NARROW);
            }
            for (; t + 8 <= tokens; t += 8) {
                for (int gg = g; gg < g1; gg++) {
                    q8Group8(w, cols, gg, xt, t * cols, out, outOff + t * outStride, outStride);
                }
            }
            for (; t + 4 <= tokens; t += 4) {
                if (g1 - g == 2 && wide) {
                    float[] scales = INTERLEAVED.get().pairScales(cols / 32);
                    pairScales(w, cols, g, scales);
                    q8Pair4Wide(w, cols, g, x, t * cols, scales, out, outOff + t * outStride, outStride);
                } else if (g1 - g == 2) {
                    q8Pair4(w, cols, g, x, t * cols, out, outOff + t * outStride, outStride);
                } else {
                    q8Group4(w, cols, g, x, t * cols, out, outOff + t * outStride, outStride);
                }
            }
            if (!remainderPasses) {
                for (; t < tokens; t++) {
                    q8Groups(w, cols, g, g1, x, t * cols, out, outOff + t * outStride);
                }
            } else if (tokens - t == 3) {
                for (int gg = g; gg < g1; gg++) {
                    q8Group3(w, cols, gg, x, t * cols, out, outOff + t * outStride, outStride);
                }
            } else if (tokens - t == 2) {
                for (int gg = g; gg < g1; gg++) {
                    q8Group2(w, cols, gg, x, t * cols, out, outOff + t * outStride, outStride);
                }
            } else if (tokens - t == 1) {
                q8Groups(w, cols, g, g1, x, t * cols, out, outOff + t * outStride);
            }
        }
        touchedSum = touched;
    }

    /**
     * The batch {@link #q8Batch} runs for {@code tokens} where the 8-token pass runs on 512-bit vectors: 6 or 7 tokens
     * as one 8-token pass (zero activations past them), where a 4-token pass and a 2- or 3-token pass read the weights
     * twice. Each token's bits do not depend on the pass. Zen 5 VM, 135M Q8_0, a step of one sequence of k tokens
     * (processes alternating): k = 6 25.8-27.0 ms before, 15.6-15.7 after; k = 7 21.9-26.9, 15.5-17.2. With 256-bit
     * passes (AVX2 code) the 8-token pass costs about what the two passes do (k = 6 20.8-21.6 against 21.6-22.8 ms
     * padded), and 3 tokens padded to 4 cost more (11.7-12.3 against 9.7-10.5 ms): not padded.
     */
    static int padded(int tokens) {
        return tokens == 6 || tokens == 7 ? 8 : tokens;
    }

    /**
     * {@link #q8Batch} over {@link #padded} tokens: x copied with zero rows after it, the real tokens' rows copied out.
     */
    private void paddedBatch(
            MemorySegment w,
            int cols,
            float[] x,
            int tokens,
            float[] out,
            int outOff,
            int outStride,
            int start,
            int end) {
        int n = padded(tokens);
        int rows = end - start;
        Interleaved s = INTERLEAVED.get();
        float[] xp = s.paddedX(n * cols);
        System.arraycopy(x, 0, xp, 0, tokens * cols);
        Arrays.fill(xp, tokens * cols, n * cols, 0f);
        float[] op = s.paddedOut(n * rows);
        // the passes write row r of token t at outOff + t * outStride + r: rows [start, end) land at op[t * rows ..]
        q8Batch(w, cols, xp, n, op, -start, rows, start, end);
        for (int t = 0; t < tokens; t++) {
            System.arraycopy(op, t * rows, out, outOff + t * outStride + start, rows);
        }
    }

    /**
     * The 8-token passes of tokens [0, whole) over groups [g0, g1) on 512-bit vectors, two groups at a time ({@link
     * #q8Pair8}); an odd last group through {@link #q8Group8}.
     */
    private static void wideBatch(
            MemorySegment w, int cols, float[] xt, int whole, float[] out, int outOff, int outStride, int g0, int g1) {
        float[] scales = INTERLEAVED.get().pairScales(cols / 32);
        long touched = touchAhead(w, cols, g0, g0, g1, TOUCH_WIDE);
        int g = g0;
        for (; g + 2 <= g1; g += 2) {
            touched += touchAhead(w, cols, g + 2, g0, g1, TOUCH_WIDE);
            pairScales(w, cols, g, scales);
            for (int t = 0; t < whole; t += 8) {
                q8Pair8(w, cols, g, xt, t * cols, scales, out, outOff + t * outStride, outStride);
            }
        }
        if (g < g1) {
            for (int t = 0; t < whole; t += 8) {
                q8Group8(w, cols, g, xt, t * cols, out, outOff + t * outStride, outStride);
            }
        }
        touchedSum = touched;
    }

    /** {@code -Djrag.engine.touchAhead=true|false}: every batched pass reads ahead, or none (to compare in one build). */
    private static final String TOUCH = System.getProperty("jrag.engine.touchAhead");

    /**
     * Whether the 512-bit passes read the next pair of groups' weights ahead of using them ({@link #touchAhead}): only
     * where {@link Prefetch} is not available (the passes then prefetch the next pair while they compute: Zen 5, 8
     * sequences of the 135M model, 2 threads, 10.4-10.9 ms a step against 11.8-12.1 with the reads), and not on a CPU
     * that splits 512-bit vectors (Zen 4), whose batched steps were slower with it (28-31 ms a step against 22-23
     * without, and 23.3-24.9 against 20.3-21.4 with AVX2 code; Zen 5: 13.0 against 16.2 ms with it).
     */
    private static final boolean TOUCH_WIDE =
            TOUCH == null ? !SPLIT_WIDE && !Prefetch.available() : Boolean.parseBoolean(TOUCH);

    /**
     * Whether the 256-bit passes read ahead: no by default. They consume weights at ~0.6x the 512-bit pass's rate
     * (Zen 5, {@code KernelBench wide}), and their 8-sequence steps were no faster with the reads (Zen 5: 17.79 against
     * 17.90 ms) or slower (Zen 3, AVX2 only: 29.0-31.5 against 25.2-28.7 ms, best of 20, processes alternating).
     */
    private static final boolean TOUCH_NARROW = Boolean.parseBoolean(TOUCH);

    /** Where {@link #touchAhead} leaves its sum, so that the JIT keeps the loads. */
    @SuppressWarnings("unused")
    private static long touchedSum;

    /**
     * Reads one word of every 64-byte line of groups g and g + 1 (those of them inside [g0, g1)), so that the pass
     * over them finds them in cache. A pass of 8 tokens does ~20 instructions per 16 weight bytes, so the core runs
     * only a few hundred bytes ahead of its loads and waits on memory for most lines (a matrix streamed from memory
     * went through at 47 G multiply-adds a second against 82 from L2, one thread); a loop that only loads brings the
     * lines in at memory speed, many at a time. Returns the sum of the words read; reads nothing unless {@code on}.
     */
    private static long touchAhead(MemorySegment w, int cols, int g, int g0, int g1, boolean on) {
        if (!on) {
            return 0;
        }
        long groupBytes = (long) (cols / 32) * Q8_0x8Tensor.GROUP_BLOCK_BYTES;
        long from = Math.max(g, g0) * groupBytes;
        long to = Math.min(g + 2, g1) * groupBytes;
        long sum = 0;
        for (long p = from; p < to; p += 64) {
            sum += w.get(ValueLayout.JAVA_LONG_UNALIGNED, p);
        }
        return sum;
    }

    /**
     * One token over groups [g0, g1): four groups a quarter of the range apart at a time, so that four streams of
     * weights are read at once (a core's prefetchers keep more bytes in flight over several streams: decode of a
     * matrix streamed from memory runs ~1.4x faster than over two adjacent groups); the rest as {@link #q8Groups}.
     * Each group's sums are those of {@link #q8Groups}, bit for bit.
     */
    private static void q8Streams(MemorySegment w, int cols, int g0, int g1, float[] x, float[] out, int o) {
        int q = (g1 - g0) / 4;
        int blocks = cols / 32;
        long groupBytes = (long) blocks * Q8_0x8Tensor.GROUP_BLOCK_BYTES;
        long quarter = q * groupBytes;
        for (int g = g0; g < g0 + q; g++) {
            long a = g * groupBytes;
            FloatVector accA = FloatVector.zero(F);
            FloatVector accB = accA;
            FloatVector accC = accA;
            FloatVector accD = accA;
            for (int b = 0; b < blocks; b++, a += Q8_0x8Tensor.GROUP_BLOCK_BYTES) {
                long c = a + quarter;
                long d = c + quarter;
                long e = d + quarter;
                FloatVector s = FloatVector.zero(F), t = s, u = s, v = s;
                int xb = 32 * b;
                for (int j = 0; j < 32; j++) {
                    FloatVector xj = FloatVector.broadcast(F, x[xb + j]);
                    s = toFloats(bytes(w, a + 16 + 8L * j)).fma(xj, s);
                    t = toFloats(bytes(w, c + 16 + 8L * j)).fma(xj, t);
                    u = toFloats(bytes(w, d + 16 + 8L * j)).fma(xj, u);
                    v = toFloats(bytes(w, e + 16 + 8L * j)).fma(xj, v);
                }
                accA = s.fma(finiteHalfToFloat(w, a), accA);
                accB = t.fma(finiteHalfToFloat(w, c), accB);
                accC = u.fma(finiteHalfToFloat(w, d), accC);
                accD = v.fma(finiteHalfToFloat(w, e), accD);
            }
            accA.intoArray(out, o + 8 * g);
            accB.intoArray(out, o + 8 * (g + q));
            accC.intoArray(out, o + 8 * (g + 2 * q));
            accD.intoArray(out, o + 8 * (g + 3 * q));
        }
        q8Groups(w, cols, g0 + 4 * q, g1, x, 0, out, o);
    }

    /**
     * Groups [g0, g1), two at a time, for one token: out[o + 8g + r] = sum_b d_r,b * sum_j q_r,b,j * x[xOff + 32b + j],
     * each block's 32 products summed in one chain of fused multiply-adds, column by column. Every Q8_0 group kernel
     * sums a token in exactly this order, so a token's result does not depend on how many tokens share a pass.
     */
    private static void q8Groups(MemorySegment w, int cols, int g0, int g1, float[] x, int xOff, float[] out, int o) {
        int blocks = cols / 32;
        long groupBytes = (long) blocks * Q8_0x8Tensor.GROUP_BLOCK_BYTES;
        int g = g0;
        for (; g + 2 <= g1; g += 2) {
            long a = g * groupBytes;
            long c = a + groupBytes;
            FloatVector accA = FloatVector.zero(F);
            FloatVector accB = FloatVector.zero(F);
            for (int b = 0; b < blocks; b++, a += Q8_0x8Tensor.GROUP_BLOCK_BYTES, c += Q8_0x8Tensor.GROUP_BLOCK_BYTES) {
                FloatVector s = FloatVector.zero(F);
                FloatVector t = FloatVector.zero(F);
                int xb = xOff + 32 * b;
                for (int j = 0; j < 32; j++) {
                    FloatVector xj = FloatVector.broadcast(F, x[xb + j]);
                    s = toFloats(bytes(w, a + 16 + 8L * j)).fma(xj, s);
                    t = toFloats(bytes(w, c + 16 + 8L * j)).fma(xj, t);
                }
                accA = s.fma(finiteHalfToFloat(w, a), accA);
                accB = t.fma(finiteHalfToFloat(w, c), accB);
            }
            accA.intoArray(out, o + 8 * g);
            accB.intoArray(out, o + 8 * g + 8);
        }
        for (; g < g1; g++) {
            long a = g * groupBytes;
            FloatVector acc = FloatVector.zero(F);
            for (int b = 0; b < blocks; b++, a += Q8_0x8Tensor.GROUP_BLOCK_BYTES) {
                FloatVector s = FloatVector.zero(F);
                int xb = xOff + 32 * b;
                for (int j = 0; j < 32; j++) {
                    s = toFloats(bytes(w, a + 16 + 8L * j)).fma(FloatVector.broadcast(F, x[xb + j]), s);
                }
                acc = s.fma(finiteHalfToFloat(w, a), acc);
            }
            acc.intoArray(out, o + 8 * g);
        }
    }

    /**
     * Per-thread activations of 8-token blocks as {@link #interleave8} lays them out, and a copy of the floats they
     * came from: a parallel product hands each thread several row chunks of one matrix (and fused jobs several
     * matrices) with the same activations, and a compare costs far less than laying them out again (done per chunk,
     * the copies took 9 % of a step of 8 sequences of the 135M model).
     */
    private static final class Interleaved {
        float[] xt = new float[0];
        float[] source = new float[0];
        int length = -1;
        float[] pairScales = new float[0];

        /** Room for the scales of two groups' blocks, 16 floats a block (see {@link #pairScales}). */
        float[] pairScales(int blocks) {
            if (pairScales.length < 16 * blocks) {
                pairScales = new float[16 * blocks];
            }
            return pairScales;
        }

        float[] paddedX = new float[0];
        float[] paddedOut = new float[0];

        /** Room for n floats of padded activations ({@link #paddedBatch}). */
        float[] paddedX(int n) {
            if (paddedX.length < n) {
                paddedX = new float[n];
            }
            return paddedX;
        }

        /** Room for n floats of padded outputs ({@link #paddedBatch}). */
        float[] paddedOut(int n) {
            if (paddedOut.length < n) {
                paddedOut = new float[n];
            }
            return paddedOut;
        }
    }

    private static final ThreadLocal<Interleaved> INTERLEAVED = ThreadLocal.withInitial(Interleaved::new);

    /**
     * Rows [0, tokens) of x (tokens a multiple of 8, {@code cols} wide) as blocks of 8 tokens with the tokens side by
     * side: value k of token t of block q at {@code q * 8 * cols + 8 * k + t}, so that the 8-token pass reads its
     * 8 activations of a column from one address plus constants (per-thread scratch, valid until the next call).
     */
    private static float[] interleave8(float[] x, int cols, int tokens) {
        Interleaved s = INTERLEAVED.get();
        int n = tokens * cols;
        if (n == s.length && Arrays.equals(x, 0, n, s.source, 0, n)) {
            return s.xt;
        }
        if (s.xt.length < n) {
            s.xt = new float[n];
            s.source = new float[n];
        }
        float[] xt = s.xt;
        for (int q = 0; q < tokens; q += 8) {
            int base = q * cols;
            for (int k = 0; k < cols; k++) {
                int d = base + 8 * k;
                int src = base + k;
                xt[d] = x[src];
                xt[d + 1] = x[src + cols];
                xt[d + 2] = x[src + 2 * cols];
                xt[d + 3] = x[src + 3 * cols];
                xt[d + 4] = x[src + 4 * cols];
                xt[d + 5] = x[src + 5 * cols];
                xt[d + 6] = x[src + 6 * cols];
                xt[d + 7] = x[src + 7 * cols];
            }
        }
        System.arraycopy(x, 0, s.source, 0, n);
        s.length = n;
        return xt;
    }

    /** Lane 6, then lane 7, of a vector in every lane: the last two tokens' activations in {@link #q8Group8}. */
    private static final VectorShuffle<Float> LANE6 = VectorShuffle.fromValues(F, 6, 6, 6, 6, 6, 6, 6, 6);

    private static final VectorShuffle<Float> LANE7 = VectorShuffle.fromValues(F, 7, 7, 7, 7, 7, 7, 7, 7);

    /**
     * Whether {@link #q8Group8} broadcasts all 8 activations of a column from memory ({@link
     * CpuModel#broadcastsEveryActivation()}; {@code -Djrag.engine.q8BroadcastAll=true|false} overrides it, to compare
     * in one build). The sums are the same bits either way.
     */
    static final boolean BROADCAST_ALL = Boolean.parseBoolean(System.getProperty(
            "jrag.engine.q8BroadcastAll", String.valueOf(CpuModel.current().broadcastsEveryActivation())));

    /**
     * Group g for 8 tokens whose activations {@link #interleave8} laid out at xt[xOff ..] (outputs at o, o + stride,
     * ...): each column of 8 weights is widened once and multiplied by the 8 tokens' activations, 8 independent
     * chains; the 8 activations of a column sit side by side, so no address is computed per token. Six of them are
     * broadcast from memory and the last two from one load of all 8 ({@link #LANE6}, {@link #LANE7}), or all 8 from
     * memory where {@link #BROADCAST_ALL} holds (Zen 3, where the permutes cost more than the loads): 9 loads a column
     * for 8 fused multiply-adds kept the core's load ports busier than its FMA units (Zen 5, one thread, 256-bit:
     * 47.5-49.7 against 42.9-45.1 G multiply-adds a second; 4 and 4: 45.6-47.6, 2 and 6: 41.0-43.2, 7 and 1:
     * 44.1-47.7, 5 and 3: 48.0-50.1). Every second block it prefetches the same two blocks of group g + 2 ({@link
     * Prefetch}; Zen 5 with AVX2 code, 8 sequences of the 135M model: 15.6-16.4 ms a step against 16.2-17.1 without).
     */
    private static void q8Group8(
            MemorySegment w, int cols, int g, float[] xt, int xOff, float[] out, int o, int stride) {
        int blocks = cols / 32;
        long a = g * (long) blocks * Q8_0x8Tensor.GROUP_BLOCK_BYTES;
        long next = 2L * blocks * Q8_0x8Tensor.GROUP_BLOCK_BYTES;
        FloatVector acc0 = FloatVector.zero(F), acc1 = acc0, acc2 = acc0, acc3 = acc0;
        FloatVector acc4 = acc0, acc5 = acc0, acc6 = acc0, acc7 = acc0;
        for (int b = 0; b < blocks; b++, a += Q8_0x8Tensor.GROUP_BLOCK_BYTES) {
            if ((b & 1) == 0) {
                Prefetch.lines(w, a + next, a + next + Q8_0x8Tensor.GROUP_BLOCK_BYTES, Q8_0x8Tensor.GROUP_BLOCK_BYTES);
            }
            FloatVector s0 = FloatVector.zero(F), s1 = s0, s2 = s0, s3 = s0, s4 = s0, s5 = s0, s6 = s0, s7 = s0;
            int xb = xOff + 256 * b;
            for (int j = 0; j < 32; j++) {
                FloatVector wj = toFloats(bytes(w, a + 16 + 8L * j));
                int k = xb + 8 * j;
                s0 = wj.fma(FloatVector.broadcast(F, xt[k]), s0);
                s1 = wj.fma(FloatVector.broadcast(F, xt[k + 1]), s1);
                s2 = wj.fma(FloatVector.broadcast(F, xt[k + 2]), s2);
                s3 = wj.fma(FloatVector.broadcast(F, xt[k + 3]), s3);
                FloatVector x6, x7;
                if (BROADCAST_ALL) {
                    x6 = FloatVector.broadcast(F, xt[k + 6]);
                    x7 = FloatVector.broadcast(F, xt[k + 7]);
                } else {
                    FloatVector xv = FloatVector.fromArray(F, xt, k);
                    x6 = xv.rearrange(LANE6);
                    x7 = xv.rearrange(LANE7);
                }
                s4 = wj.fma(FloatVector.broadcast(F, xt[k + 4]), s4);
                s5 = wj.fma(FloatVector.broadcast(F, xt[k + 5]), s5);
                s6 = wj.fma(x6, s6);
                s7 = wj.fma(x7, s7);
            }
            FloatVector d = finiteHalfToFloat(w, a);
            acc0 = s0.fma(d, acc0);
            acc1 = s1.fma(d, acc1);
            acc2 = s2.fma(d, acc2);
            acc3 = s3.fma(d, acc3);
            acc4 = s4.fma(d, acc4);
            acc5 = s5.fma(d, acc5);
            acc6 = s6.fma(d, acc6);
            acc7 = s7.fma(d, acc7);
        }
        int og = o + 8 * g;
        acc0.intoArray(out, og);
        acc1.intoArray(out, og + stride);
        acc2.intoArray(out, og + 2 * stride);
        acc3.intoArray(out, og + 3 * stride);
        acc4.intoArray(out, og + 4 * stride);
        acc5.intoArray(out, og + 5 * stride);
        acc6.intoArray(out, og + 6 * stride);
        acc7.intoArray(out, og + 7 * stride);
    }

    /**
     * Groups g and g + 1 for 8 tokens as {@link #q8Group8} sums them, bit for bit, on 512-bit vectors: lane r < 8 of a
     * vector is row r of group g, lane 8 + r row r of group g + 1, so one broadcast activation and one fused
     * multiply-add serve 16 rows (half the instructions per multiply-add: 1.7x the 8-row pass, one thread, Zen 5).
     * Two columns of a group are 16 adjacent bytes: a two-vector permute takes column j of both groups from the
     * loads of columns j and j + 1, then column j + 1. Every second block it prefetches the same two blocks of groups
     * g + 2 and g + 3 ({@link Prefetch}): the pair after this one, which memory then brings in while this one computes.
     */
    private static void q8Pair8(
            MemorySegment w, int cols, int g, float[] xt, int xOff, float[] scales, float[] out, int o, int stride) {
        int blocks = cols / 32;
        long a = g * (long) blocks * Q8_0x8Tensor.GROUP_BLOCK_BYTES;
        long c = a + (long) blocks * Q8_0x8Tensor.GROUP_BLOCK_BYTES;
        long next = 2L * blocks * Q8_0x8Tensor.GROUP_BLOCK_BYTES;
        FloatVector acc0 = FloatVector.zero(F16), acc1 = acc0, acc2 = acc0, acc3 = acc0;
        FloatVector acc4 = acc0, acc5 = acc0, acc6 = acc0, acc7 = acc0;
        for (int b = 0; b < blocks; b++, a += Q8_0x8Tensor.GROUP_BLOCK_BYTES, c += Q8_0x8Tensor.GROUP_BLOCK_BYTES) {
            if ((b & 1) == 0) {
                Prefetch.lines(w, a + next, c + next, 2 * Q8_0x8Tensor.GROUP_BLOCK_BYTES);
            }
            FloatVector s0 = FloatVector.zero(F16), s1 = s0, s2 = s0, s3 = s0, s4 = s0, s5 = s0, s6 = s0, s7 = s0;
            int xb = xOff + 256 * b;
            for (int j = 0; j < 32; j += 2) {
                LongVector pa = LongVector.fromMemorySegment(L2, w, a + 16 + 8L * j, LE);
                LongVector pc = LongVector.fromMemorySegment(L2, w, c + 16 + 8L * j, LE);
                FloatVector wj = wideFloats(FIRST_LANES.selectFrom(pa, pc));
                int k = xb + 8 * j;
                s0 = wj.fma(FloatVector.broadcast(F16, xt[k]), s0);
                s1 = wj.fma(FloatVector.broadcast(F16, xt[k + 1]), s1);
                s2 = wj.fma(FloatVector.broadcast(F16, xt[k + 2]), s2);
                s3 = wj.fma(FloatVector.broadcast(F16, xt[k + 3]), s3);
                s4 = wj.fma(FloatVector.broadcast(F16, xt[k + 4]), s4);
                s5 = wj.fma(FloatVector.broadcast(F16, xt[k + 5]), s5);
                s6 = wj.fma(FloatVector.broadcast(F16, xt[k + 6]), s6);
                s7 = wj.fma(FloatVector.broadcast(F16, xt[k + 7]), s7);
                FloatVector wk = wideFloats(SECOND_LANES.selectFrom(pa, pc));
                k += 8;
                s0 = wk.fma(FloatVector.broadcast(F16, xt[k]), s0);
                s1 = wk.fma(FloatVector.broadcast(F16, xt[k + 1]), s1);
                s2 = wk.fma(FloatVector.broadcast(F16, xt[k + 2]), s2);
                s3 = wk.fma(FloatVector.broadcast(F16, xt[k + 3]), s3);
                s4 = wk.fma(FloatVector.broadcast(F16, xt[k + 4]), s4);
                s5 = wk.fma(FloatVector.broadcast(F16, xt[k + 5]), s5);
                s6 = wk.fma(FloatVector.broadcast(F16, xt[k + 6]), s6);
                s7 = wk.fma(FloatVector.broadcast(F16, xt[k + 7]), s7);
            }
            FloatVector d = FloatVector.fromArray(F16, scales, 16 * b);
            acc0 = s0.fma(d, acc0);
            acc1 = s1.fma(d, acc1);
            acc2 = s2.fma(d, acc2);
            acc3 = s3.fma(d, acc3);
            acc4 = s4.fma(d, acc4);
            acc5 = s5.fma(d, acc5);
            acc6 = s6.fma(d, acc6);
            acc7 = s7.fma(d, acc7);
        }
        int og = o + 8 * g;
        acc0.intoArray(out, og);
        acc1.intoArray(out, og + stride);
        acc2.intoArray(out, og + 2 * stride);
        acc3.intoArray(out, og + 3 * stride);
        acc4.intoArray(out, og + 4 * stride);
        acc5.intoArray(out, og + 5 * stride);
        acc6.intoArray(out, og + 6 * stride);
        acc7.intoArray(out, og + 7 * stride);
    }

    /** 16 signed bytes (two 8-byte columns) widened to 16 floats. */
    private static FloatVector wideFloats(LongVector columns) {
        return (FloatVector) columns.reinterpretAsBytes().convertShape(VectorOperators.B2F, F16, 0);
    }

    /**
     * The block scales of groups g and g + 1 as floats for {@link #q8Pair8}, converted by {@link #finiteHalfToFloat}:
     * block b's at d[16 b ..], group g's first. Done once per pair of groups outside the pass: converted inside it,
     * the pass ran past C2's inlining node budget in some processes, leaving a conversion out of line with its
     * vectors boxed (60 against 84 G multiply-adds a second); on 512-bit int vectors, it loaded a second int vector
     * class, and the one-token decode kernel, which inlines the conversion four times, hit the same budget.
     */
    private static void pairScales(MemorySegment w, int cols, int g, float[] d) {
        int blocks = cols / 32;
        long a = g * (long) blocks * Q8_0x8Tensor.GROUP_BLOCK_BYTES;
        long c = a + (long) blocks * Q8_0x8Tensor.GROUP_BLOCK_BYTES;
        for (int b = 0; b < blocks; b++, a += Q8_0x8Tensor.GROUP_BLOCK_BYTES, c += Q8_0x8Tensor.GROUP_BLOCK_BYTES) {
            finiteHalfToFloat(w, a).intoArray(d, 16 * b);
            finiteHalfToFloat(w, c).intoArray(d, 16 * b + 8);
        }
    }

    /**
     * Groups g and g + 1 for 4 tokens: each token's activation is broadcast once for both groups, 8 chains. Every
     * second block it prefetches the same two blocks of the next pair of groups ({@link Prefetch}), so that memory
     * brings them in while the pass computes (Zen 5, 4 streams of the 135M model: 1.58-1.65x one at a time against
     * 1.39-1.49x without).
     */
    private static void q8Pair4(MemorySegment w, int cols, int g, float[] x, int xOff, float[] out, int o, int stride) {
        int blocks = cols / 32;
        long a = g * (long) blocks * Q8_0x8Tensor.GROUP_BLOCK_BYTES;
        long c = a + (long) blocks * Q8_0x8Tensor.GROUP_BLOCK_BYTES;
        int x1 = xOff + cols;
        int x2 = x1 + cols;
        int x3 = x2 + cols;
        long next = 2L * blocks * Q8_0x8Tensor.GROUP_BLOCK_BYTES;
        FloatVector acc0 = FloatVector.zero(F), acc1 = acc0, acc2 = acc0, acc3 = acc0;
        FloatVector bcc0 = acc0, bcc1 = acc0, bcc2 = acc0, bcc3 = acc0;
        for (int b = 0; b < blocks; b++, a += Q8_0x8Tensor.GROUP_BLOCK_BYTES, c += Q8_0x8Tensor.GROUP_BLOCK_BYTES) {
            if ((b & 1) == 0) {
                Prefetch.lines(w, a + next, c + next, 2 * Q8_0x8Tensor.GROUP_BLOCK_BYTES);
            }
            FloatVector s0 = FloatVector.zero(F), s1 = s0, s2 = s0, s3 = s0, t0 = s0, t1 = s0, t2 = s0, t3 = s0;
            int xb = 32 * b;
            for (int j = 0; j < 32; j++) {
                FloatVector wa = toFloats(bytes(w, a + 16 + 8L * j));
                FloatVector wc = toFloats(bytes(w, c + 16 + 8L * j));
                int k = xb + j;
                FloatVector y0 = FloatVector.broadcast(F, x[xOff + k]);
                FloatVector y1 = FloatVector.broadcast(F, x[x1 + k]);
                FloatVector y2 = FloatVector.broadcast(F, x[x2 + k]);
                FloatVector y3 = FloatVector.broadcast(F, x[x3 + k]);
                s0 = wa.fma(y0, s0);
                s1 = wa.fma(y1, s1);
                s2 = wa.fma(y2, s2);
                s3 = wa.fma(y3, s3);
                t0 = wc.fma(y0, t0);
                t1 = wc.fma(y1, t1);
                t2 = wc.fma(y2, t2);
                t3 = wc.fma(y3, t3);
            }
            FloatVector da = finiteHalfToFloat(w, a);
            FloatVector dc = finiteHalfToFloat(w, c);
            acc0 = s0.fma(da, acc0);
            acc1 = s1.fma(da, acc1);
            acc2 = s2.fma(da, acc2);
            acc3 = s3.fma(da, acc3);
            bcc0 = t0.fma(dc, bcc0);
            bcc1 = t1.fma(dc, bcc1);
            bcc2 = t2.fma(dc, bcc2);
            bcc3 = t3.fma(dc, bcc3);
        }
        int og = o + 8 * g;
        acc0.intoArray(out, og);
        acc1.intoArray(out, og + stride);
        acc2.intoArray(out, og + 2 * stride);
        acc3.intoArray(out, og + 3 * stride);
        bcc0.intoArray(out, og + 8);
        bcc1.intoArray(out, og + 8 + stride);
        bcc2.intoArray(out, og + 8 + 2 * stride);
        bcc3.intoArray(out, og + 8 + 3 * stride);
    }

    /**
     * Groups g and g + 1 for 4 tokens as {@link #q8Pair4} sums them, bit for bit, on 512-bit vectors with the lanes of
     * {@link #q8Pair8} (row r of group g in lane r, of group g + 1 in lane 8 + r): one broadcast activation and one
     * fused multiply-add serve 16 rows, and a pair of loads two columns of both groups. Block scales from {@code
     * scales} ({@link #pairScales}); prefetches as {@link #q8Pair4} does.
     */
    private static void q8Pair4Wide(
            MemorySegment w, int cols, int g, float[] x, int xOff, float[] scales, float[] out, int o, int stride) {
        int blocks = cols / 32;
        long a = g * (long) blocks * Q8_0x8Tensor.GROUP_BLOCK_BYTES;
        long c = a + (long) blocks * Q8_0x8Tensor.GROUP_BLOCK_BYTES;
        int x1 = xOff + cols;
        int x2 = x1 + cols;
        int x3 = x2 + cols;
        long next = 2L * blocks * Q8_0x8Tensor.GROUP_BLOCK_BYTES;
        FloatVector acc0 = FloatVector.zero(F16), acc1 = acc0, acc2 = acc0, acc3 = acc0;
        for (int b = 0; b < blocks; b++, a += Q8_0x8Tensor.GROUP_BLOCK_BYTES, c += Q8_0x8Tensor.GROUP_BLOCK_BYTES) {
            if ((b & 1) == 0) {
                Prefetch.lines(w, a + next, c + next, 2 * Q8_0x8Tensor.GROUP_BLOCK_BYTES);
            }
            FloatVector s0 = FloatVector.zero(F16), s1 = s0, s2 = s0, s3 = s0;
            int xb = 32 * b;
            for (int j = 0; j < 32; j += 2) {
                LongVector pa = LongVector.fromMemorySegment(L2, w, a + 16 + 8L * j, LE);
                LongVector pc = LongVector.fromMemorySegment(L2, w, c + 16 + 8L * j, LE);
                FloatVector wj = wideFloats(FIRST_LANES.selectFrom(pa, pc));
                int k = xb + j;
                s0 = wj.fma(FloatVector.broadcast(F16, x[xOff + k]), s0);
                s1 = wj.fma(FloatVector.broadcast(F16, x[x1 + k]), s1);
                s2 = wj.fma(FloatVector.broadcast(F16, x[x2 + k]), s2);
                s3 = wj.fma(FloatVector.broadcast(F16, x[x3 + k]), s3);
                FloatVector wk = wideFloats(SECOND_LANES.selectFrom(pa, pc));
                k++;
                s0 = wk.fma(FloatVector.broadcast(F16, x[xOff + k]), s0);
                s1 = wk.fma(FloatVector.broadcast(F16, x[x1 + k]), s1);
                s2 = wk.fma(FloatVector.broadcast(F16, x[x2 + k]), s2);
                s3 = wk.fma(FloatVector.broadcast(F16, x[x3 + k]), s3);
            }
            FloatVector d = FloatVector.fromArray(F16, scales, 16 * b);
            acc0 = s0.fma(d, acc0);
            acc1 = s1.fma(d, acc1);
            acc2 = s2.fma(d, acc2);
            acc3 = s3.fma(d, acc3);
        }
        int og = o + 8 * g;
        acc0.intoArray(out, og);
        acc1.intoArray(out, og + stride);
        acc2.intoArray(out, og + 2 * stride);
        acc3.intoArray(out, og + 3 * stride);
    }

    /** Group g for 4 tokens (the last group of an odd range), 4 chains. */
    private static void q8Group4(
            MemorySegment w, int cols, int g, float[] x, int xOff, float[] out, int o, int stride) {
        int blocks = cols / 32;
        long a = g * (long) blocks * Q8_0x8Tensor.GROUP_BLOCK_BYTES;
        int x1 = xOff + cols;
        int x2 = x1 + cols;
        int x3 = x2 + cols;
        FloatVector acc0 = FloatVector.zero(F), acc1 = acc0, acc2 = acc0, acc3 = acc0;
        for (int b = 0; b < blocks; b++, a += Q8_0x8Tensor.GROUP_BLOCK_BYTES) {
            FloatVector s0 = FloatVector.zero(F), s1 = s0, s2 = s0, s3 = s0;
            int xb = 32 * b;
            for (int j = 0; j < 32; j++) {
                FloatVector wj = toFloats(bytes(w, a + 16 + 8L * j));
                int k = xb + j;
                s0 = wj.fma(FloatVector.broadcast(F, x[xOff + k]), s0);
                s1 = wj.fma(FloatVector.broadcast(F, x[x1 + k]), s1);
                s2 = wj.fma(FloatVector.broadcast(F, x[x2 + k]), s2);
                s3 = wj.fma(FloatVector.broadcast(F, x[x3 + k]), s3);
            }
            FloatVector d = finiteHalfToFloat(w, a);
            acc0 = s0.fma(d, acc0);
            acc1 = s1.fma(d, acc1);
            acc2 = s2.fma(d, acc2);
            acc3 = s3.fma(d, acc3);
        }
        acc0.intoArray(out, o + 8 * g);
        acc1.intoArray(out, o + stride + 8 * g);
        acc2.intoArray(out, o + 2 * stride + 8 * g);
        acc3.intoArray(out, o + 3 * stride + 8 * g);
    }

    /** Group g for the 2 tokens left after the 4-token passes: each column widened once for both. */
    private static void q8Group2(
            MemorySegment w, int cols, int g, float[] x, int xOff, float[] out, int o, int stride) {
        int blocks = cols / 32;
        long a = g * (long) blocks * Q8_0x8Tensor.GROUP_BLOCK_BYTES;
        int x1 = xOff + cols;
        FloatVector acc0 = FloatVector.zero(F);
        FloatVector acc1 = FloatVector.zero(F);
        for (int b = 0; b < blocks; b++, a += Q8_0x8Tensor.GROUP_BLOCK_BYTES) {
            FloatVector s0 = FloatVector.zero(F);
            FloatVector s1 = FloatVector.zero(F);
            int xb = 32 * b;
            for (int j = 0; j < 32; j++) {
                FloatVector wj = toFloats(bytes(w, a + 16 + 8L * j));
                s0 = wj.fma(FloatVector.broadcast(F, x[xOff + xb + j]), s0);
                s1 = wj.fma(FloatVector.broadcast(F, x[x1 + xb + j]), s1);
            }
            FloatVector d = finiteHalfToFloat(w, a);
            acc0 = s0.fma(d, acc0);
            acc1 = s1.fma(d, acc1);
        }
        acc0.intoArray(out, o + 8 * g);
        acc1.intoArray(out, o + stride + 8 * g);
    }

    /** As {@link #q8Group2} for 3 tokens. */
    private static void q8Group3(
            MemorySegment w, int cols, int g, float[] x, int xOff, float[] out, int o, int stride) {
        int blocks = cols / 32;
        long a = g * (long) blocks * Q8_0x8Tensor.GROUP_BLOCK_BYTES;
        int x1 = xOff + cols;
        int x2 = x1 + cols;
        FloatVector acc0 = FloatVector.zero(F);
        FloatVector acc1 = FloatVector.zero(F);
        FloatVector acc2 = FloatVector.zero(F);
        for (int b = 0; b < blocks; b++, a += Q8_0x8Tensor.GROUP_BLOCK_BYTES) {
            FloatVector s0 = FloatVector.zero(F);
            FloatVector s1 = FloatVector.zero(F);
            FloatVector s2 = FloatVector.zero(F);
            int xb = 32 * b;
            for (int j = 0; j < 32; j++) {
                FloatVector wj = toFloats(bytes(w, a + 16 + 8L * j));
                s0 = wj.fma(FloatVector.broadcast(F, x[xOff + xb + j]), s0);
                s1 = wj.fma(FloatVector.broadcast(F, x[x1 + xb + j]), s1);
                s2 = wj.fma(FloatVector.broadcast(F, x[x2 + xb + j]), s2);
            }
            FloatVector d = finiteHalfToFloat(w, a);
            acc0 = s0.fma(d, acc0);
            acc1 = s1.fma(d, acc1);
            acc2 = s2.fma(d, acc2);
        }
        acc0.intoArray(out, o + 8 * g);
        acc1.intoArray(out, o + stride + 8 * g);
        acc2.intoArray(out, o + 2 * stride + 8 * g);
    }

    /**
     * As {@link #q8Group2} for Q4_0: each token is summed in the order of {@link #q4Groups} (low and high nibbles
     * of even and odd columns apart, the offset in the first sum).
     */
    private static void q4Group2(
            MemorySegment w, int cols, int g, float[] x, float[] m, int xOff, float[] out, int o, int stride) {
        int blocks = cols / 32;
        long a = g * (long) blocks * Q4_0x8Tensor.GROUP_BLOCK_BYTES;
        int x1 = xOff + cols;
        FloatVector acc0 = FloatVector.zero(F);
        FloatVector acc1 = FloatVector.zero(F);
        for (int b = 0; b < blocks; b++, a += Q4_0x8Tensor.GROUP_BLOCK_BYTES) {
            int xa = xOff + 32 * b;
            int xc = x1 + 32 * b;
            FloatVector l0 = FloatVector.broadcast(F, m[xa >> 5]);
            FloatVector l1 = FloatVector.zero(F);
            FloatVector h0 = FloatVector.zero(F);
            FloatVector h1 = FloatVector.zero(F);
            FloatVector k0 = FloatVector.broadcast(F, m[xc >> 5]);
            FloatVector k1 = FloatVector.zero(F);
            FloatVector i0 = FloatVector.zero(F);
            FloatVector i1 = FloatVector.zero(F);
            for (int j = 0; j < 16; j += 2) {
                IntVector v0 = q4Column(w, a, j);
                FloatVector lo = low(v0);
                l0 = lo.fma(FloatVector.broadcast(F, x[xa + j]), l0);
                k0 = lo.fma(FloatVector.broadcast(F, x[xc + j]), k0);
                FloatVector hi = high(v0);
                h0 = hi.fma(FloatVector.broadcast(F, x[xa + j + 16]), h0);
                i0 = hi.fma(FloatVector.broadcast(F, x[xc + j + 16]), i0);
                IntVector v1 = q4Column(w, a, j + 1);
                lo = low(v1);
                l1 = lo.fma(FloatVector.broadcast(F, x[xa + j + 1]), l1);
                k1 = lo.fma(FloatVector.broadcast(F, x[xc + j + 1]), k1);
                hi = high(v1);
                h1 = hi.fma(FloatVector.broadcast(F, x[xa + j + 17]), h1);
                i1 = hi.fma(FloatVector.broadcast(F, x[xc + j + 17]), i1);
            }
            FloatVector d = finiteHalfToFloat(w, a);
            acc0 = l0.add(l1).add(h0.add(h1)).fma(d, acc0);
            acc1 = k0.add(k1).add(i0.add(i1)).fma(d, acc1);
        }
        acc0.intoArray(out, o + 8 * g);
        acc1.intoArray(out, o + stride + 8 * g);
    }

    /** As {@link #q4Group2} for 3 tokens. */
    private static void q4Group3(
            MemorySegment w, int cols, int g, float[] x, float[] m, int xOff, float[] out, int o, int stride) {
        int blocks = cols / 32;
        long a = g * (long) blocks * Q4_0x8Tensor.GROUP_BLOCK_BYTES;
        int x1 = xOff + cols;
        int x2 = x1 + cols;
        FloatVector acc0 = FloatVector.zero(F);
        FloatVector acc1 = FloatVector.zero(F);
        FloatVector acc2 = FloatVector.zero(F);
        for (int b = 0; b < blocks; b++, a += Q4_0x8Tensor.GROUP_BLOCK_BYTES) {
            int xa = xOff + 32 * b;
            int xc = x1 + 32 * b;
            int xe = x2 + 32 * b;
            FloatVector l0 = FloatVector.broadcast(F, m[xa >> 5]);
            FloatVector l1 = FloatVector.zero(F);
            FloatVector h0 = FloatVector.zero(F);
            FloatVector h1 = FloatVector.zero(F);
            FloatVector k0 = FloatVector.broadcast(F, m[xc >> 5]);
            FloatVector k1 = FloatVector.zero(F);
            FloatVector i0 = FloatVector.zero(F);
            FloatVector i1 = FloatVector.zero(F);
            FloatVector n0 = FloatVector.broadcast(F, m[xe >> 5]);
            FloatVector n1 = FloatVector.zero(F);
            FloatVector e0 = FloatVector.zero(F);
            FloatVector e1 = FloatVector.zero(F);
            for (int j = 0; j < 16; j += 2) {
                IntVector v0 = q4Column(w, a, j);
                FloatVector lo = low(v0);
                l0 = lo.fma(FloatVector.broadcast(F, x[xa + j]), l0);
                k0 = lo.fma(FloatVector.broadcast(F, x[xc + j]), k0);
                n0 = lo.fma(FloatVector.broadcast(F, x[xe + j]), n0);
                FloatVector hi = high(v0);
                h0 = hi.fma(FloatVector.broadcast(F, x[xa + j + 16]), h0);
                i0 = hi.fma(FloatVector.broadcast(F, x[xc + j + 16]), i0);
                e0 = hi.fma(FloatVector.broadcast(F, x[xe + j + 16]), e0);
                IntVector v1 = q4Column(w, a, j + 1);
                lo = low(v1);
                l1 = lo.fma(FloatVector.broadcast(F, x[xa + j + 1]), l1);
                k1 = lo.fma(FloatVector.broadcast(F, x[xc + j + 1]), k1);
                n1 = lo.fma(FloatVector.broadcast(F, x[xe + j + 1]), n1);
                hi = high(v1);
                h1 = hi.fma(FloatVector.broadcast(F, x[xa + j + 17]), h1);
                i1 = hi.fma(FloatVector.broadcast(F, x[xc + j + 17]), i1);
                e1 = hi.fma(FloatVector.broadcast(F, x[xe + j + 17]), e1);
            }
            FloatVector d = finiteHalfToFloat(w, a);
            acc0 = l0.add(l1).add(h0.add(h1)).fma(d, acc0);
            acc1 = k0.add(k1).add(i0.add(i1)).fma(d, acc1);
            acc2 = n0.add(n1).add(e0.add(e1)).fma(d, acc2);
        }
        acc0.intoArray(out, o + 8 * g);
        acc1.intoArray(out, o + stride + 8 * g);
        acc2.intoArray(out, o + 2 * stride + 8 * g);
    }

    /**
     * Group g for 4 tokens of a Q4_0 matrix (activation rows and outputs laid out as for {@link #q8Group8}): each byte
     * column's two nibble vectors serve the 4 tokens.
     */
    private static void q4Group4(
            MemorySegment w, int cols, int g, float[] x, float[] m, int xOff, float[] out, int o, int stride) {
        int blocks = cols / 32;
        long a = g * (long) blocks * Q4_0x8Tensor.GROUP_BLOCK_BYTES;
        int x1 = xOff + cols;
        int x2 = x1 + cols;
        int x3 = x2 + cols;
        FloatVector acc0 = FloatVector.zero(F);
        FloatVector acc1 = FloatVector.zero(F);
        FloatVector acc2 = FloatVector.zero(F);
        FloatVector acc3 = FloatVector.zero(F);
        for (int b = 0; b < blocks; b++, a += Q4_0x8Tensor.GROUP_BLOCK_BYTES) {
            int xb = 32 * b;
            FloatVector l0 = FloatVector.broadcast(F, m[(xOff + xb) >> 5]);
            FloatVector l1 = FloatVector.broadcast(F, m[(x1 + xb) >> 5]);
            FloatVector l2 = FloatVector.broadcast(F, m[(x2 + xb) >> 5]);
            FloatVector l3 = FloatVector.broadcast(F, m[(x3 + xb) >> 5]);
            FloatVector h0 = FloatVector.zero(F);
            FloatVector h1 = FloatVector.zero(F);
            FloatVector h2 = FloatVector.zero(F);
            FloatVector h3 = FloatVector.zero(F);
            for (int j = 0; j < 16; j++) {
                IntVector v = q4Column(w, a, j);
                FloatVector lo = low(v);
                FloatVector hi = high(v);
                l0 = lo.fma(FloatVector.broadcast(F, x[xOff + xb + j]), l0);
                h0 = hi.fma(FloatVector.broadcast(F, x[xOff + xb + j + 16]), h0);
                l1 = lo.fma(FloatVector.broadcast(F, x[x1 + xb + j]), l1);
                h1 = hi.fma(FloatVector.broadcast(F, x[x1 + xb + j + 16]), h1);
                l2 = lo.fma(FloatVector.broadcast(F, x[x2 + xb + j]), l2);
                h2 = hi.fma(FloatVector.broadcast(F, x[x2 + xb + j + 16]), h2);
                l3 = lo.fma(FloatVector.broadcast(F, x[x3 + xb + j]), l3);
                h3 = hi.fma(FloatVector.broadcast(F, x[x3 + xb + j + 16]), h3);
            }
            FloatVector s0 = l0.add(h0);
            FloatVector s1 = l1.add(h1);
            FloatVector s2 = l2.add(h2);
            FloatVector s3 = l3.add(h3);
            FloatVector d = finiteHalfToFloat(w, a);
            acc0 = s0.fma(d, acc0);
            acc1 = s1.fma(d, acc1);
            acc2 = s2.fma(d, acc2);
            acc3 = s3.fma(d, acc3);
        }
        acc0.intoArray(out, o + 8 * g);
        acc1.intoArray(out, o + stride + 8 * g);
        acc2.intoArray(out, o + 2 * stride + 8 * g);
        acc3.intoArray(out, o + 3 * stride + 8 * g);
    }

    /**
     * 8-row interleaved Q4_K (see {@link Q4Kx8Tensor}) on activations rounded to 8-bit blocks, in integers: through
     * the machine-code passes where they run ({@link IntegerPasses#matmulQ4_K}), else {@link Q4Kx8IntegerKernels}
     * (rows outside whole groups through the reference either way). Same bits.
     */
    @Override
    public void matmulQ4Kx8(
            MemorySegment w,
            int cols,
            float[] x,
            int tokens,
            float[] out,
            int outOff,
            int outStride,
            int from,
            int to) {
        if (passes && IntegerPasses.kQuantsAvailable()) {
            IntegerPasses.matmulQ4_K(w, cols, x, tokens, out, outOff, outStride, from, to);
            return;
        }
        inGroups(
                from,
                to,
                (lo, hi) -> TensorKernels.super.matmulQ4Kx8(w, cols, x, tokens, out, outOff, outStride, lo, hi),
                (g0, g1) -> Q4Kx8IntegerKernels.matmul(w, cols, x, tokens, out, outOff, outStride, g0, g1));
    }

    /**
     * Rows [from, to) of an 8-row interleaved matrix in three parts: the whole groups [g0, g1) through {@code groups},
     * the rows before the first and after the last through {@code edges}.
     */
    private static void inGroups(int from, int to, ParallelRows.RangeBody edges, ParallelRows.RangeBody groups) {
        int start = Math.min(to, (from + 7) & ~7);
        int end = Math.max(start, to & ~7);
        if (from < start) {
            edges.run(from, start);
        }
        if (start < end) {
            groups.run(start / 8, end / 8);
        }
        if (end < to) {
            edges.run(end, to);
        }
    }

    /**
     * 8-row interleaved Q5_K (see {@link Q5Kx8Tensor}) on activations rounded to 8-bit blocks, in integers: through
     * the AVX2 machine-code passes where they run ({@link IntegerPasses#matmulQ5_K}), else {@link Q5Kx8IntegerKernels}
     * (rows outside whole groups through the reference either way). Same bits.
     */
    @Override
    public void matmulQ5Kx8(
            MemorySegment w,
            int cols,
            float[] x,
            int tokens,
            float[] out,
            int outOff,
            int outStride,
            int from,
            int to) {
        if (passes && IntegerPasses.kQuantsAvailable()) {
            IntegerPasses.matmulQ5_K(w, cols, x, tokens, out, outOff, outStride, from, to);
            return;
        }
        inGroups(
                from,
                to,
                (lo, hi) -> TensorKernels.super.matmulQ5Kx8(w, cols, x, tokens, out, outOff, outStride, lo, hi),
                (g0, g1) -> Q5Kx8IntegerKernels.matmul(w, cols, x, tokens, out, outOff, outStride, g0, g1));
    }

    /**
     * 8-row interleaved Q6_K (see {@link Q6Kx8Tensor}) on activations rounded to 8-bit blocks, in integers: through
     * the machine-code passes where they run (VNNI or AVX2, {@link IntegerPasses#matmulQ6_K}), else {@link
     * Q6Kx8IntegerKernels} (rows outside whole groups through the reference either way). Same bits.
     */
    @Override
    public void matmulQ6Kx8(
            MemorySegment w,
            int cols,
            float[] x,
            int tokens,
            float[] out,
            int outOff,
            int outStride,
            int from,
            int to) {
        if (passes && IntegerPasses.kQuantsAvailable()) {
            IntegerPasses.matmulQ6_K(w, cols, x, tokens, out, outOff, outStride, from, to);
            return;
        }
        inGroups(
                from,
                to,
                (lo, hi) -> TensorKernels.super.matmulQ6Kx8(w, cols, x, tokens, out, outOff, outStride, lo, hi),
                (g0, g1) -> Q6Kx8IntegerKernels.matmul(w, cols, x, tokens, out, outOff, outStride, g0, g1));
    }

    /**
     * 8-row interleaved Q4_0 (see {@link Q4_0x8Tensor}): by default on activations rounded to 8-bit blocks, in
     * integers ({@link Q4_0x8IntegerKernels}; rows outside whole groups through the reference). The float kernels
     * ({@link #floatQ4_0()}): each byte column, taken out of its run as 8 ints ({@link #q4Column}), gives two float
     * vectors from its low and high nibbles (values j and j + 16 of 8 rows); the -8 offset of every value is applied
     * once per block as -8 * sum_j x_j.
     */
    @Override
    public void matmulIQ4_XSx8(
            MemorySegment w,
            int cols,
            float[] x,
            int tokens,
            float[] out,
            int outOff,
            int outStride,
            int from,
            int to) {
        if (passes) {
            IntegerPasses.matmulIQ4_XS(w, cols, x, tokens, out, outOff, outStride, from, to);
        } else {
            TensorKernels.super.matmulIQ4_XSx8(w, cols, x, tokens, out, outOff, outStride, from, to);
        }
    }

    @Override
    public void matmulQ4_0x8(
            MemorySegment w,
            int cols,
            float[] x,
            int tokens,
            float[] out,
            int outOff,
            int outStride,
            int from,
            int to) {
        if (q4Integer && passes) {
            // the same bits as the Vector API integer kernels below, from the machine-code passes
            IntegerPasses.matmulQ4_0(w, cols, x, tokens, out, outOff, outStride, from, to);
            return;
        }
        int start = Math.min(to, (from + 7) & ~7);
        int end = Math.max(start, to & ~7);
        if (q4Integer) {
            if (from < start) {
                TensorKernels.super.matmulQ4_0x8(w, cols, x, tokens, out, outOff, outStride, from, start);
            }
            if (start < end) {
                Q4_0x8IntegerKernels.matmul(
                        w,
                        cols,
                        x,
                        tokens,
                        out,
                        outOff,
                        outStride,
                        start / 8,
                        end / 8,
                        remainderPasses,
                        Q4_0x8IntegerKernels.TWO_STREAMS);
            }
            if (end < to) {
                TensorKernels.super.matmulQ4_0x8(w, cols, x, tokens, out, outOff, outStride, end, to);
            }
            return;
        }
        if (from < start) {
            floatReference(w, cols, x, tokens, out, outOff, outStride, from, start);
        }
        // m[i] = -8 * (sum of activation block i), once per call; then one group at a time for every token (4 tokens
        // per pass), so batched tokens read the weights once
        float[][] holder = OFFSETS.get();
        if (holder[0].length < tokens * cols / 32) {
            holder[0] = new float[tokens * cols / 32];
        }
        float[] m = holder[0];
        if (start < end) {
            for (int i = 0; i < tokens * cols / 32; i++) {
                m[i] = -8f * sum32(x, 32 * i);
            }
        }
        for (int g = start / 8; g < end / 8; g++) {
            int t = 0;
            for (; t + 4 <= tokens; t += 4) {
                q4Group4(w, cols, g, x, m, t * cols, out, outOff + t * outStride, outStride);
            }
            if (!remainderPasses) {
                for (; t < tokens; t++) {
                    q4Groups(w, cols, g, g + 1, x, m, t * cols, out, outOff + t * outStride);
                }
            } else if (tokens - t == 3) {
                q4Group3(w, cols, g, x, m, t * cols, out, outOff + t * outStride, outStride);
            } else if (tokens - t == 2) {
                q4Group2(w, cols, g, x, m, t * cols, out, outOff + t * outStride, outStride);
            } else if (tokens - t == 1) {
                q4Groups(w, cols, g, g + 1, x, m, t * cols, out, outOff + t * outStride);
            }
        }
        if (end < to) {
            floatReference(w, cols, x, tokens, out, outOff, outStride, end, to);
        }
    }

    /** The float reference of the interleaved Q4_0 product (rows outside whole groups of the float kernels). */
    private static void floatReference(
            MemorySegment w,
            int cols,
            float[] x,
            int tokens,
            float[] out,
            int outOff,
            int outStride,
            int from,
            int to) {
        Interleaved8.matmul(
                Q4_0x8Tensor::decodeBlock,
                Q4_0x8Tensor.GROUP_BLOCK_BYTES,
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
     * Groups [g0, g1), one at a time with 4 independent sums per block (low and high nibbles of even and odd
     * columns): out[o + 8g + r] = sum_b d_r,b * (sum_j q_r,b,j * x[xOff + 32b + j] - 8 * sum_j x[xOff + 32b + j]).
     */
    private static void q4Groups(
            MemorySegment w, int cols, int g0, int g1, float[] x, float[] m, int xOff, float[] out, int o) {
        int blocks = cols / 32;
        long groupBytes = (long) blocks * Q4_0x8Tensor.GROUP_BLOCK_BYTES;
        for (int g = g0; g < g1; g++) {
            long a = g * groupBytes;
            FloatVector acc = FloatVector.zero(F);
            for (int b = 0; b < blocks; b++, a += Q4_0x8Tensor.GROUP_BLOCK_BYTES) {
                int xb = xOff + 32 * b;
                FloatVector l0 = FloatVector.broadcast(F, m[xb >> 5]);
                FloatVector l1 = FloatVector.zero(F);
                FloatVector h0 = FloatVector.zero(F);
                FloatVector h1 = FloatVector.zero(F);
                for (int j = 0; j < 16; j += 2) {
                    IntVector v0 = q4Column(w, a, j);
                    IntVector v1 = q4Column(w, a, j + 1);
                    l0 = low(v0).fma(FloatVector.broadcast(F, x[xb + j]), l0);
                    h0 = high(v0).fma(FloatVector.broadcast(F, x[xb + j + 16]), h0);
                    l1 = low(v1).fma(FloatVector.broadcast(F, x[xb + j + 1]), l1);
                    h1 = high(v1).fma(FloatVector.broadcast(F, x[xb + j + 17]), h1);
                }
                acc = l0.add(l1).add(h0.add(h1)).fma(finiteHalfToFloat(w, a), acc);
            }
            acc.intoArray(out, o + 8 * g);
        }
    }

    /** Per-thread -8 * (block sums of the activations) for the Q4_0 kernels, grown as needed. */
    private static final ThreadLocal<float[][]> OFFSETS = ThreadLocal.withInitial(() -> new float[][] {new float[0]});

    /** x[off] + ... + x[off + 31]. */
    private static float sum32(float[] x, int off) {
        FloatVector s = FloatVector.fromArray(F, x, off)
                .add(FloatVector.fromArray(F, x, off + L))
                .add(FloatVector.fromArray(F, x, off + 2 * L).add(FloatVector.fromArray(F, x, off + 3 * L)));
        return sumLanes(s);
    }

    /**
     * Byte j of the 8 rows of the interleaved Q4_0 block at {@code a} as 8 ints (row r's byte in lane r): run j / 4
     * holds each row's bytes 4 (j / 4) to 4 (j / 4) + 3 in one int ({@link Q4_0x8Tensor}).
     */
    private static IntVector q4Column(MemorySegment w, long a, int j) {
        return IntVector.fromMemorySegment(I, w, a + 2 * Interleaved8.ROWS + 32L * (j >> 2), LE)
                .lanewise(VectorOperators.LSHR, 8 * (j & 3))
                .and(0xFF);
    }

    private static IntVector widenUnsigned(MemorySegment w, long off) {
        return (IntVector) bytes(w, off).convertShape(VectorOperators.ZERO_EXTEND_B2I, I, 0);
    }

    private static FloatVector low(IntVector v) {
        return (FloatVector) v.and(0x0F).convert(VectorOperators.I2F, 0);
    }

    private static FloatVector high(IntVector v) {
        return (FloatVector) v.lanewise(VectorOperators.LSHR, 4).convert(VectorOperators.I2F, 0);
    }

    /** Each byte column of 8 rows widened to 8 floats and scaled by the 8 rows' block scales (exact products). */
    @Override
    public void panelQ8_0x8(MemorySegment w, int cols, int g, int b0, int blocks, float[] panel, int lane) {
        long a = Q8_0x8Tensor.blockOffset(cols, g, b0);
        for (int b = 0; b < blocks; b++, a += Q8_0x8Tensor.GROUP_BLOCK_BYTES) {
            FloatVector d = finiteHalfToFloat(w, a);
            int p = b * Q8_0Tensor.BLOCK * PANEL_ROWS + lane;
            for (int j = 0; j < Q8_0Tensor.BLOCK; j++) {
                toFloats(bytes(w, a + 16 + 8L * j)).mul(d).intoArray(panel, p + j * PANEL_ROWS);
            }
        }
    }

    /** Each byte column of 8 rows gives values j (low nibbles) and j + 16 (high nibbles): (q - 8) * d, exact. */
    @Override
    public void panelQ4_0x8(MemorySegment w, int cols, int g, int b0, int blocks, float[] panel, int lane) {
        long a = Q4_0x8Tensor.blockOffset(cols, g, b0);
        for (int b = 0; b < blocks; b++, a += Q4_0x8Tensor.GROUP_BLOCK_BYTES) {
            FloatVector d = finiteHalfToFloat(w, a);
            int p = b * Q4_0Tensor.BLOCK * PANEL_ROWS + lane;
            for (int j = 0; j < Q4_0Tensor.BLOCK / 2; j++) {
                IntVector v = q4Column(w, a, j);
                low(v).sub(8f).mul(d).intoArray(panel, p + j * PANEL_ROWS);
                high(v).sub(8f).mul(d).intoArray(panel, p + (j + 16) * PANEL_ROWS);
            }
        }
    }

    /**
     * Per sub-block the 8 rows' {@code d * sc} and {@code dmin * m} once, then each byte column gives values i (low
     * nibbles) and i + 16 (high nibbles): {@code (d * sc) * q - dmin * m}, as {@link Q4KTensor#decodeBlock}.
     */
    @Override
    public void panelQ4Kx8(MemorySegment w, int cols, int g, int sb0, int supers, float[] panel, int lane) {
        long a = Q4Kx8Tensor.superOffset(cols, g, sb0);
        for (int sb = 0; sb < supers; sb++, a += Q4Kx8Tensor.GROUP_SUPER_BYTES) {
            FloatVector d = floats(w, a);
            FloatVector dmin = floats(w, a + Interleaved8.DMIN_BYTES);
            long sub = a + Q4Kx8Tensor.HEADER_BYTES;
            for (int k = 0; k < Q4Kx8Tensor.SUBS; k++, sub += Q4Kx8Tensor.SUB_BYTES) {
                FloatVector scale = d.mul(bytesToFloats(w, sub));
                FloatVector min = dmin.mul(bytesToFloats(w, sub + Interleaved8.ROWS));
                int p = (sb * Q4KTensor.BLOCK + k * Q4Kx8Tensor.SUB) * PANEL_ROWS + lane;
                for (int j = 0; j < Q4Kx8Tensor.SUB / 2; j++) {
                    IntVector v = widenUnsigned(w, sub + 2 * Interleaved8.ROWS + 8L * j);
                    low(v).mul(scale).sub(min).intoArray(panel, p + j * PANEL_ROWS);
                    high(v).mul(scale).sub(min).intoArray(panel, p + (j + 16) * PANEL_ROWS);
                }
            }
        }
    }

    /**
     * Per sub-block the 8 rows' {@code d * sc} once, then each chunk of 4 values (as {@link
     * Q6Kx8IntegerKernels#chunk} puts it together, in ints: one a row, byte v value v as {@code q ^ 32}) gives value v
     * of the 8 rows by two shifts that sign-extend its 6 bits: {@code (d * sc) * (q - 32)}, as {@link
     * Q6KTensor#decodeBlock}.
     */
    @Override
    public void panelQ6Kx8(MemorySegment w, int cols, int g, int sb0, int supers, float[] panel, int lane) {
        long a = Q6Kx8Tensor.superOffset(cols, g, sb0);
        for (int sb = 0; sb < supers; sb++, a += Q6Kx8Tensor.GROUP_SUPER_BYTES) {
            FloatVector d = floats(w, a);
            for (int k = 0; k < Q6Kx8Tensor.SUBS; k++) {
                FloatVector scale = d.mul(bytesToFloats(w, Q6Kx8Tensor.scaleOffset(a, k)));
                long c = Q6Kx8Tensor.codesOffset(a, k);
                IntVector high = IntVector.fromMemorySegment(I, w, c + 64, LE);
                int p = (sb * Q6KTensor.BLOCK + k * Q6Kx8Tensor.SUB) * PANEL_ROWS + lane;
                for (int m = 0; m < 4; m++) {
                    IntVector rows = IntVector.fromMemorySegment(I, w, c + 32 * (m / 2), LE)
                            .lanewise(VectorOperators.LSHR, 4 * (m % 2))
                            .and(0x0F0F0F0F)
                            .or(high.lanewise(VectorOperators.LSHR, 2 * m)
                                    .and(0x03030303)
                                    .lanewise(VectorOperators.LSHL, 4))
                            .lanewise(VectorOperators.XOR, 0x20202020);
                    for (int v = 0; v < 4; v++) {
                        FloatVector value = (FloatVector) rows.lanewise(VectorOperators.LSHL, 26 - 8 * v)
                                .lanewise(VectorOperators.ASHR, 26)
                                .convert(VectorOperators.I2F, 0);
                        scale.mul(value).intoArray(panel, p + (4 * m + v) * PANEL_ROWS);
                    }
                }
            }
        }
    }

    /**
     * As {@link #panelQ4Kx8} with each code's fifth bit: the two halves of a sub-block's fifth bits are read as 8
     * shorts (row r's two bytes), from which column j takes bit {@code 8 (j % 2) + (j / 2) % 4} (value j) and that
     * plus 4 (value j + 16); {@code (d * sc) * q - dmin * m}, as {@link Q5KTensor#decodeBlock}.
     */
    @Override
    public void panelQ5Kx8(MemorySegment w, int cols, int g, int sb0, int supers, float[] panel, int lane) {
        long a = Q5Kx8Tensor.superOffset(cols, g, sb0);
        for (int sb = 0; sb < supers; sb++, a += Q5Kx8Tensor.GROUP_SUPER_BYTES) {
            FloatVector d = floats(w, a);
            FloatVector dmin = floats(w, a + Interleaved8.DMIN_BYTES);
            long sub = a + Q5Kx8Tensor.HEADER_BYTES;
            for (int k = 0; k < Q5Kx8Tensor.SUBS; k++, sub += Q5Kx8Tensor.SUB_BYTES) {
                FloatVector scale = d.mul(bytesToFloats(w, sub));
                FloatVector min = dmin.mul(bytesToFloats(w, sub + Interleaved8.ROWS));
                int p = (sb * Q5KTensor.BLOCK + k * Q5Kx8Tensor.SUB) * PANEL_ROWS + lane;
                for (int half = 0; half < 2; half++) {
                    IntVector h = (IntVector) ShortVector.fromMemorySegment(
                                    S, w, sub + Q5Kx8Tensor.HIGH + 2L * Interleaved8.ROWS * half, LE)
                            .convertShape(VectorOperators.ZERO_EXTEND_S2I, I, 0);
                    for (int jj = 0; jj < Q5Kx8Tensor.SUB / 4; jj++) {
                        int j = 8 * half + jj;
                        int bit = 8 * (j % 2) + (j / 2) % 4;
                        IntVector v = widenUnsigned(w, sub + 2 * Interleaved8.ROWS + 8L * j);
                        IntVector lo = v.and(0x0F)
                                .or(h.lanewise(VectorOperators.LSHR, bit).and(1).lanewise(VectorOperators.LSHL, 4));
                        IntVector hi = v.lanewise(VectorOperators.LSHR, 4)
                                .or(h.lanewise(VectorOperators.LSHR, bit + 4)
                                        .and(1)
                                        .lanewise(VectorOperators.LSHL, 4));
                        ((FloatVector) lo.convert(VectorOperators.I2F, 0))
                                .mul(scale)
                                .sub(min)
                                .intoArray(panel, p + j * PANEL_ROWS);
                        ((FloatVector) hi.convert(VectorOperators.I2F, 0))
                                .mul(scale)
                                .sub(min)
                                .intoArray(panel, p + (j + 16) * PANEL_ROWS);
                    }
                }
            }
        }
    }

    /** The 8 bytes at {@code off} as floats (signed). */
    static FloatVector bytesToFloats(MemorySegment w, long off) {
        return (FloatVector) ByteVector.fromMemorySegment(B, w, off, LE).convertShape(VectorOperators.B2F, F, 0);
    }

    /**
     * 16 rows x 4 tokens in 8 accumulators: per column, two weight loads and four broadcasts feed eight fused
     * multiply-adds, and no horizontal sums are needed since each accumulator holds 8 rows of one token. (16 x 6,
     * BLIS's AVX2 shape, needs 15 of the 16 registers; C2 then spills and runs ~30% slower than this tile.)
     */
    @Override
    public void matmulPanel(
            float[] panel, int kc, float[] xp, int xo, float[] out, int o, int stride, boolean accumulate) {
        FloatVector c00, c01, c02, c03, c10, c11, c12, c13;
        if (accumulate) {
            c00 = FloatVector.fromArray(F, out, o);
            c10 = FloatVector.fromArray(F, out, o + L);
            c01 = FloatVector.fromArray(F, out, o + stride);
            c11 = FloatVector.fromArray(F, out, o + stride + L);
            c02 = FloatVector.fromArray(F, out, o + 2 * stride);
            c12 = FloatVector.fromArray(F, out, o + 2 * stride + L);
            c03 = FloatVector.fromArray(F, out, o + 3 * stride);
            c13 = FloatVector.fromArray(F, out, o + 3 * stride + L);
        } else {
            c00 = c01 = c02 = c03 = c10 = c11 = c12 = c13 = FloatVector.zero(F);
        }
        for (int k = 0; k < kc; k++) {
            int p = k * PANEL_ROWS;
            int xi = xo + k * PANEL_TOKENS;
            FloatVector w0 = FloatVector.fromArray(F, panel, p);
            FloatVector w1 = FloatVector.fromArray(F, panel, p + L);
            FloatVector b = FloatVector.broadcast(F, xp[xi]);
            c00 = w0.fma(b, c00);
            c10 = w1.fma(b, c10);
            b = FloatVector.broadcast(F, xp[xi + 1]);
            c01 = w0.fma(b, c01);
            c11 = w1.fma(b, c11);
            b = FloatVector.broadcast(F, xp[xi + 2]);
            c02 = w0.fma(b, c02);
            c12 = w1.fma(b, c12);
            b = FloatVector.broadcast(F, xp[xi + 3]);
            c03 = w0.fma(b, c03);
            c13 = w1.fma(b, c13);
        }
        c00.intoArray(out, o);
        c10.intoArray(out, o + L);
        c01.intoArray(out, o + stride);
        c11.intoArray(out, o + stride + L);
        c02.intoArray(out, o + 2 * stride);
        c12.intoArray(out, o + 2 * stride + L);
        c03.intoArray(out, o + 3 * stride);
        c13.intoArray(out, o + 3 * stride + L);
    }

    /** Tokens per tile of the matrix kernel (2 rows x 4 tokens = 8 accumulators). */
    private static final int TILE = 4;

    /**
     * 2-row x 4-token tiles: each weight vector is loaded once for 4 tokens and each activation vector once for 2
     * rows; edges fall back to the float dot.
     */
    @Override
    public void matmulDecoded(
            float[] w, int rows, int cols, float[] x, int tokens, float[] out, int outOff, int outStride, int r0) {
        int t = 0;
        for (; t + TILE <= tokens; t += TILE) {
            int r = 0;
            for (; r + 2 <= rows; r += 2) {
                tile(w, r * cols, cols, x, t * cols, out, outOff + t * outStride + r0 + r, outStride);
            }
            for (; r < rows; r++) {
                for (int tt = t; tt < t + TILE; tt++) {
                    out[outOff + tt * outStride + r0 + r] = dot(w, r * cols, x, tt * cols, cols);
                }
            }
        }
        for (; t < tokens; t++) {
            for (int r = 0; r < rows; r++) {
                out[outOff + t * outStride + r0 + r] = dot(w, r * cols, x, t * cols, cols);
            }
        }
    }

    private static void tile(float[] w, int wOff, int cols, float[] x, int xOff, float[] out, int o, int stride) {
        FloatVector a00 = FloatVector.zero(F), a01 = FloatVector.zero(F), a02 = FloatVector.zero(F);
        FloatVector a03 = FloatVector.zero(F), a10 = FloatVector.zero(F), a11 = FloatVector.zero(F);
        FloatVector a12 = FloatVector.zero(F), a13 = FloatVector.zero(F);
        int w1 = wOff + cols;
        int x1 = xOff + cols;
        int x2 = x1 + cols;
        int x3 = x2 + cols;
        int i = 0;
        for (; i + L <= cols; i += L) {
            FloatVector u = FloatVector.fromArray(F, w, wOff + i);
            FloatVector z = FloatVector.fromArray(F, w, w1 + i);
            FloatVector v = FloatVector.fromArray(F, x, xOff + i);
            a00 = u.fma(v, a00);
            a10 = z.fma(v, a10);
            v = FloatVector.fromArray(F, x, x1 + i);
            a01 = u.fma(v, a01);
            a11 = z.fma(v, a11);
            v = FloatVector.fromArray(F, x, x2 + i);
            a02 = u.fma(v, a02);
            a12 = z.fma(v, a12);
            v = FloatVector.fromArray(F, x, x3 + i);
            a03 = u.fma(v, a03);
            a13 = z.fma(v, a13);
        }
        store(out, o, stride, a00, a01, a02, a03, a10, a11, a12, a13);
        for (; i < cols; i++) {
            float u = w[wOff + i];
            float z = w[w1 + i];
            out[o] += u * x[xOff + i];
            out[o + 1] += z * x[xOff + i];
            out[o + stride] += u * x[x1 + i];
            out[o + stride + 1] += z * x[x1 + i];
            out[o + 2 * stride] += u * x[x2 + i];
            out[o + 2 * stride + 1] += z * x[x2 + i];
            out[o + 3 * stride] += u * x[x3 + i];
            out[o + 3 * stride + 1] += z * x[x3 + i];
        }
    }

    private static void store(
            float[] out,
            int o,
            int stride,
            FloatVector a00,
            FloatVector a01,
            FloatVector a02,
            FloatVector a03,
            FloatVector a10,
            FloatVector a11,
            FloatVector a12,
            FloatVector a13) {
        out[o] = sumLanes(a00);
        out[o + 1] = sumLanes(a10);
        out[o + stride] = sumLanes(a01);
        out[o + stride + 1] = sumLanes(a11);
        out[o + 2 * stride] = sumLanes(a02);
        out[o + 2 * stride + 1] = sumLanes(a12);
        out[o + 3 * stride] = sumLanes(a03);
        out[o + 3 * stride + 1] = sumLanes(a13);
    }

    @Override
    public float dot(float[] a, int aOff, float[] b, int bOff, int n) {
        FloatVector acc0 = FloatVector.zero(F);
        FloatVector acc1 = FloatVector.zero(F);
        int i = 0;
        for (; i + 2 * L <= n; i += 2 * L) {
            acc0 = FloatVector.fromArray(F, a, aOff + i).fma(FloatVector.fromArray(F, b, bOff + i), acc0);
            acc1 = FloatVector.fromArray(F, a, aOff + i + L).fma(FloatVector.fromArray(F, b, bOff + i + L), acc1);
        }
        for (; i + L <= n; i += L) {
            acc0 = FloatVector.fromArray(F, a, aOff + i).fma(FloatVector.fromArray(F, b, bOff + i), acc0);
        }
        float sum = sumLanes(acc0.add(acc1));
        for (; i < n; i++) {
            sum += a[aOff + i] * b[bOff + i];
        }
        return sum;
    }

    @Override
    public void scaleByWeight(float[] x, int xo, float scale, float[] weight, float[] out, int o, int n) {
        int i = 0;
        for (; i + L <= n; i += L) {
            FloatVector.fromArray(F, x, xo + i)
                    .mul(scale)
                    .mul(FloatVector.fromArray(F, weight, i))
                    .intoArray(out, o + i);
        }
        for (; i < n; i++) {
            out[o + i] = x[xo + i] * scale * weight[i];
        }
    }

    @Override
    public void axpy(float a, float[] x, int xOff, float[] y, int yOff, int n) {
        FloatVector av = FloatVector.broadcast(F, a);
        int i = 0;
        for (; i + L <= n; i += L) {
            FloatVector.fromArray(F, x, xOff + i)
                    .fma(av, FloatVector.fromArray(F, y, yOff + i))
                    .intoArray(y, yOff + i);
        }
        for (; i < n; i++) {
            y[yOff + i] += a * x[xOff + i];
        }
    }

    /**
     * Codes widened to floats times their block's scale, 8 at a time from 64-bit loads (16 from 128-bit loads into
     * 512-bit vectors ran 0.8x as fast on Zen 5).
     */
    @Override
    public void q8ToFloats(byte[] codes, int codesOff, short[] scales, float[] dst, int dstOff, int n) {
        for (int b = 0; b < n; b += 32) {
            float d = Float.float16ToFloat(scales[(codesOff + b) / 32]);
            for (int i = b; i < b + 32; i += L) {
                toFloats(ByteVector.fromArray(B, codes, codesOff + i)).mul(d).intoArray(dst, dstOff + i);
            }
        }
    }

    @Override
    public void swiglu(float[] gate, float[] up, int off, int n) {
        int i = off;
        int end = off + n;
        float[] e = new float[L];
        for (; i + L <= end; i += L) {
            exp(gate, i, -1f, 0f, e, 0);
            FloatVector g = FloatVector.fromArray(F, gate, i);
            g.div(FloatVector.fromArray(F, e, 0).add(1f))
                    .mul(FloatVector.fromArray(F, up, i))
                    .intoArray(gate, i);
        }
        for (; i < end; i++) {
            float g = gate[i];
            gate[i] = g / (1.0f + exp(-g)) * up[i];
        }
    }

    // e^x as Cephes' expf computes it: x = n ln 2 + r with |r| <= ln 2 / 2, e^r by a degree-7 polynomial, times 2^n.
    // Only fused multiply-adds, adds, multiplies and exact conversions, so every lane and the scalar version give the
    // same bits in every compiler tier (within 2 ulps of e^x). VectorOperators.EXP does not: C2 calls a vector math
    // library, the interpreter and C1 Math.exp per lane, and about 4 % of results differ in the last bit, so softmax
    // weights and SwiGLU outputs (and with them logits and greedy picks) depended on what had been compiled.
    private static final float EXP_MIN = -87.33654f;
    private static final float EXP_MAX = 88.0f;
    private static final float LOG2E = 1.44269504088896341f;
    private static final float ROUND = 12582912f; // 1.5 * 2^23: x + ROUND - ROUND rounds x to an integer
    private static final int ROUND_BITS = Float.floatToRawIntBits(ROUND);
    private static final float LN2_HI = 0.693359375f;
    private static final float LN2_LO = -2.12194440e-4f;
    private static final float P0 = 1.9875691500e-4f;
    private static final float P1 = 1.3981999507e-3f;
    private static final float P2 = 8.3334519073e-3f;
    private static final float P3 = 4.1665795894e-2f;
    private static final float P4 = 1.6666665459e-1f;
    private static final float P5 = 5.0000001201e-1f;

    /**
     * out[o, o + 8) = e^(x * sign - shift) for the 8 floats x[i, i + 8), x * sign - shift clamped to [-87.34, 88] (NaN
     * stays NaN); the bits of {@link #exp(float)} of each. Arrays in and out, no vector: C2 inlines a helper by its
     * call site's profile, and one it leaves out of line boxes every vector passed to it or returned (an allocation
     * per call). A helper taking and returning a vector was left out of line in some compiles ("already compiled into
     * a big method"); this one out of line costs a call.
     */
    static void exp(float[] x, int i, float sign, float shift, float[] out, int o) {
        FloatVector c =
                FloatVector.fromArray(F, x, i).mul(sign).sub(shift).max(EXP_MIN).min(EXP_MAX);
        FloatVector t = c.fma(LOG2E, ROUND);
        FloatVector n = t.sub(ROUND);
        FloatVector r = n.fma(FloatVector.broadcast(F, -LN2_HI), c);
        r = n.fma(FloatVector.broadcast(F, -LN2_LO), r);
        FloatVector p = r.fma(P0, P1);
        p = p.fma(r, FloatVector.broadcast(F, P2));
        p = p.fma(r, FloatVector.broadcast(F, P3));
        p = p.fma(r, FloatVector.broadcast(F, P4));
        p = p.fma(r, FloatVector.broadcast(F, P5));
        FloatVector y = p.fma(r.mul(r), r).add(1f);
        // n's integer from t's low bits (t = ROUND + n exactly): Java's float-to-int conversion costs a fix-up sequence
        IntVector bits =
                ((IntVector) t.reinterpretAsInts()).add(127 - ROUND_BITS).lanewise(VectorOperators.LSHL, 23);
        y.mul(bits.reinterpretAsFloats()).intoArray(out, o);
    }

    /**
     * s[o, o + Q) = e^(s[o, o + Q) - max[m, m + Q)) lane by lane, as {@link #exp(float[], int, float, float, float[],
     * int)} computes each, in vectors of {@link #FQ}. A method of its own, not one taking the species: C2 compiles a
     * callee on its own when it gets hot before its caller, and there a species argument is no constant, so every
     * operation ran the Vector API's Java fallback (in full ServingBench runs stories260K verification steps of 2-8
     * tokens then cost 6-16 one-token steps instead of 1.5-3, and prompt lookup ran at 0.67-0.84x); arrays in and
     * out for the reason given there.
     */
    private static void expLanes(float[] s, int o, float[] max, int m) {
        FloatVector c = FloatVector.fromArray(FQ, s, o)
                .sub(FloatVector.fromArray(FQ, max, m))
                .max(EXP_MIN)
                .min(EXP_MAX);
        FloatVector t = c.fma(LOG2E, ROUND);
        FloatVector n = t.sub(ROUND);
        FloatVector r = n.fma(FloatVector.broadcast(FQ, -LN2_HI), c);
        r = n.fma(FloatVector.broadcast(FQ, -LN2_LO), r);
        FloatVector p = r.fma(P0, P1);
        p = p.fma(r, FloatVector.broadcast(FQ, P2));
        p = p.fma(r, FloatVector.broadcast(FQ, P3));
        p = p.fma(r, FloatVector.broadcast(FQ, P4));
        p = p.fma(r, FloatVector.broadcast(FQ, P5));
        FloatVector y = p.fma(r.mul(r), r).add(1f);
        IntVector bits =
                ((IntVector) t.reinterpretAsInts()).add(127 - ROUND_BITS).lanewise(VectorOperators.LSHL, 23);
        y.mul(bits.reinterpretAsFloats()).intoArray(s, o);
    }

    /** e^x as {@link #exp(float[], int, float, float, float[], int)} computes each lane. */
    static float exp(float x) {
        float c = Math.min(Math.max(x, EXP_MIN), EXP_MAX);
        float n = Math.fma(c, LOG2E, ROUND) - ROUND;
        float r = Math.fma(n, -LN2_HI, c);
        r = Math.fma(n, -LN2_LO, r);
        float p = Math.fma(r, P0, P1);
        p = Math.fma(p, r, P2);
        p = Math.fma(p, r, P3);
        p = Math.fma(p, r, P4);
        p = Math.fma(p, r, P5);
        float y = Math.fma(p, r * r, r) + 1f;
        return y * Float.intBitsToFloat(((int) n + 127) << 23);
    }

    /**
     * Eight keys at a time, one accumulator each, then one transposing reduction tree (three blend, permute and add
     * steps) that leaves the eight scores in one vector, instead of a horizontal sum per key. A key's score is ((l0 +
     * l1) + (l2 + l3)) + ((l4 + l5) + (l6 + l7)) over its accumulator's lanes wherever it falls in the run, so one
     * block of n positions and two of n/2 agree bit for bit: the last keys of a run (fewer than 8) are the top lanes
     * of the 8 keys that end with them, or in a run of fewer than 8 keys the same sums in scalar code ({@link
     * #laneTree}).
     */
    @Override
    public void attentionScores(
            float[] q,
            int qOff,
            float[] keys,
            int kOff,
            int stride,
            int len,
            int headDim,
            float scale,
            float[] out,
            int outOff) {
        if (headDim % L != 0) {
            TensorKernels.super.attentionScores(q, qOff, keys, kOff, stride, len, headDim, scale, out, outOff);
            return;
        }
        if (len < L) {
            for (int p = 0; p < len; p++) {
                out[outOff + p] = laneTree(q, qOff, headDim, keys, p * stride + kOff) * scale;
            }
            return;
        }
        for (int p = 0; p < len; p += L) {
            // a short last group starts early and writes its first lanes again, with the same bits
            int start = Math.min(p, len - L);
            int k = start * stride + kOff;
            // inline for the reason given in matmulF32x8
            FloatVector a0 = FloatVector.zero(F), a1 = a0, a2 = a0, a3 = a0, a4 = a0, a5 = a0, a6 = a0, a7 = a0;
            for (int i = 0; i < headDim; i += L) {
                FloatVector qv = FloatVector.fromArray(F, q, qOff + i);
                a0 = qv.fma(FloatVector.fromArray(F, keys, k + i), a0);
                a1 = qv.fma(FloatVector.fromArray(F, keys, k + stride + i), a1);
                a2 = qv.fma(FloatVector.fromArray(F, keys, k + 2 * stride + i), a2);
                a3 = qv.fma(FloatVector.fromArray(F, keys, k + 3 * stride + i), a3);
                a4 = qv.fma(FloatVector.fromArray(F, keys, k + 4 * stride + i), a4);
                a5 = qv.fma(FloatVector.fromArray(F, keys, k + 5 * stride + i), a5);
                a6 = qv.fma(FloatVector.fromArray(F, keys, k + 6 * stride + i), a6);
                a7 = qv.fma(FloatVector.fromArray(F, keys, k + 7 * stride + i), a7);
            }
            // lane j = the sum of a_j's lanes as ((l0 + l1) + (l2 + l3)) + ((l4 + l5) + (l6 + l7)): three rounds of
            // pair sums, each lane i taking x[i] + x[swap(i)] of the first vector where the round's mask is clear and
            // of the second where it is set. Here, not in a helper: C2 inlines a helper by its call site's profile,
            // and left one of 208 bytecodes out of line ("too big"), boxing 8 vectors per 8 positions (attention was
            // 2.5x slower: 8 short sequences of the 135M shape, 8.7 against 3.5 ms a step on one thread)
            FloatVector b01 = a0.blend(a1, ODD1).add(a1.blend(a0, ODD1).rearrange(SWAP1));
            FloatVector b23 = a2.blend(a3, ODD1).add(a3.blend(a2, ODD1).rearrange(SWAP1));
            FloatVector b45 = a4.blend(a5, ODD1).add(a5.blend(a4, ODD1).rearrange(SWAP1));
            FloatVector b67 = a6.blend(a7, ODD1).add(a7.blend(a6, ODD1).rearrange(SWAP1));
            FloatVector c0 = b01.blend(b23, ODD2).add(b23.blend(b01, ODD2).rearrange(SWAP2));
            FloatVector c1 = b45.blend(b67, ODD2).add(b67.blend(b45, ODD2).rearrange(SWAP2));
            c0.blend(c1, ODD4)
                    .add(c1.blend(c0, ODD4).rearrange(SWAP4))
                    .mul(scale)
                    .intoArray(out, outOff + start);
        }
    }

    /**
     * Query heads that share a kv head, three (or two) at a time, against four keys at a time: each key vector, loaded
     * once, feeds every head's fused multiply-add chain, where {@link #attentionScores} loads it once per head (nine
     * loads to eight multiply-adds there, seven to twelve here). Each score comes out of the same chain over the head's
     * values and the same lane tree (four keys take the first two rounds of the eight keys' tree, then the sums of
     * lanes j and j + 4 its last round forms), so it has the bits {@link #attentionScores} gives it; a short last group
     * starts early and writes its first scores again, runs of fewer than 4 keys go there. The trees are written out
     * here for the reason given there. Heads of 64 values in L1, one thread, Zen 4: three heads 1.6-1.7x the
     * multiply-adds a second of three calls of {@link #attentionScores}.
     */
    @Override
    public void groupAttentionScores(
            float[] q,
            int qOff,
            int count,
            float[] keys,
            int kOff,
            int stride,
            int len,
            int headDim,
            float scale,
            float[][] out,
            int outOff) {
        if (headDim % L != 0 || len < 4) {
            TensorKernels.super.groupAttentionScores(
                    q, qOff, count, keys, kOff, stride, len, headDim, scale, out, outOff);
            return;
        }
        for (int h = 0, take; h < count; h += take) {
            take = headsAtOnce(count - h);
            int o = qOff + h * headDim;
            switch (take) {
                case 1 -> attentionScores(q, o, keys, kOff, stride, len, headDim, scale, out[h], outOff);
                case 2 -> scores2(q, o, keys, kOff, stride, len, headDim, scale, out[h], out[h + 1], outOff);
                default ->
                    scores3(q, o, keys, kOff, stride, len, headDim, scale, out[h], out[h + 1], out[h + 2], outOff);
            }
        }
    }

    /**
     * How many of the {@code left} heads of a group the group kernels take next: three, or two where two or four are
     * left (so four go as two pairs, not three and one), one where one is left.
     */
    private static int headsAtOnce(int left) {
        return left == 1 ? 1 : left == 2 || left == 4 ? 2 : 3;
    }

    /** Three heads' scores, four keys at a time (see {@link #groupAttentionScores}). */
    private static void scores3(
            float[] q,
            int qOff,
            float[] keys,
            int kOff,
            int stride,
            int len,
            int headDim,
            float scale,
            float[] o0,
            float[] o1,
            float[] o2,
            int outOff) {
        int q1 = qOff + headDim;
        int q2 = q1 + headDim;
        for (int p = 0; p < len; p += 4) {
            int start = Math.min(p, len - 4);
            int k = start * stride + kOff;
            FloatVector a0 = FloatVector.zero(F), a1 = a0, a2 = a0, a3 = a0, b0 = a0, b1 = a0, b2 = a0, b3 = a0;
            FloatVector c0 = a0, c1 = a0, c2 = a0, c3 = a0;
            for (int i = 0; i < headDim; i += L) {
                FloatVector x = FloatVector.fromArray(F, q, qOff + i);
                FloatVector y = FloatVector.fromArray(F, q, q1 + i);
                FloatVector z = FloatVector.fromArray(F, q, q2 + i);
                FloatVector k0 = FloatVector.fromArray(F, keys, k + i);
                a0 = x.fma(k0, a0);
                b0 = y.fma(k0, b0);
                c0 = z.fma(k0, c0);
                FloatVector k1 = FloatVector.fromArray(F, keys, k + stride + i);
                a1 = x.fma(k1, a1);
                b1 = y.fma(k1, b1);
                c1 = z.fma(k1, c1);
                FloatVector k2 = FloatVector.fromArray(F, keys, k + 2 * stride + i);
                a2 = x.fma(k2, a2);
                b2 = y.fma(k2, b2);
                c2 = z.fma(k2, c2);
                FloatVector k3 = FloatVector.fromArray(F, keys, k + 3 * stride + i);
                a3 = x.fma(k3, a3);
                b3 = y.fma(k3, b3);
                c3 = z.fma(k3, c3);
            }
            FloatVector a01 = a0.blend(a1, ODD1).add(a1.blend(a0, ODD1).rearrange(SWAP1));
            FloatVector a23 = a2.blend(a3, ODD1).add(a3.blend(a2, ODD1).rearrange(SWAP1));
            FloatVector b01 = b0.blend(b1, ODD1).add(b1.blend(b0, ODD1).rearrange(SWAP1));
            FloatVector b23 = b2.blend(b3, ODD1).add(b3.blend(b2, ODD1).rearrange(SWAP1));
            FloatVector c01 = c0.blend(c1, ODD1).add(c1.blend(c0, ODD1).rearrange(SWAP1));
            FloatVector c23 = c2.blend(c3, ODD1).add(c3.blend(c2, ODD1).rearrange(SWAP1));
            FloatVector a = a01.blend(a23, ODD2).add(a23.blend(a01, ODD2).rearrange(SWAP2));
            FloatVector b = b01.blend(b23, ODD2).add(b23.blend(b01, ODD2).rearrange(SWAP2));
            FloatVector c = c01.blend(c23, ODD2).add(c23.blend(c01, ODD2).rearrange(SWAP2));
            ((FloatVector) a.add(a.rearrange(SWAP4)).mul(scale).reinterpretShape(F4, 0)).intoArray(o0, outOff + start);
            ((FloatVector) b.add(b.rearrange(SWAP4)).mul(scale).reinterpretShape(F4, 0)).intoArray(o1, outOff + start);
            ((FloatVector) c.add(c.rearrange(SWAP4)).mul(scale).reinterpretShape(F4, 0)).intoArray(o2, outOff + start);
        }
    }

    /** Two heads' scores, four keys at a time (see {@link #groupAttentionScores}). */
    private static void scores2(
            float[] q,
            int qOff,
            float[] keys,
            int kOff,
            int stride,
            int len,
            int headDim,
            float scale,
            float[] o0,
            float[] o1,
            int outOff) {
        int q1 = qOff + headDim;
        for (int p = 0; p < len; p += 4) {
            int start = Math.min(p, len - 4);
            int k = start * stride + kOff;
            FloatVector a0 = FloatVector.zero(F), a1 = a0, a2 = a0, a3 = a0, b0 = a0, b1 = a0, b2 = a0, b3 = a0;
            for (int i = 0; i < headDim; i += L) {
                FloatVector x = FloatVector.fromArray(F, q, qOff + i);
                FloatVector y = FloatVector.fromArray(F, q, q1 + i);
                FloatVector k0 = FloatVector.fromArray(F, keys, k + i);
                a0 = x.fma(k0, a0);
                b0 = y.fma(k0, b0);
                FloatVector k1 = FloatVector.fromArray(F, keys, k + stride + i);
                a1 = x.fma(k1, a1);
                b1 = y.fma(k1, b1);
                FloatVector k2 = FloatVector.fromArray(F, keys, k + 2 * stride + i);
                a2 = x.fma(k2, a2);
                b2 = y.fma(k2, b2);
                FloatVector k3 = FloatVector.fromArray(F, keys, k + 3 * stride + i);
                a3 = x.fma(k3, a3);
                b3 = y.fma(k3, b3);
            }
            FloatVector a01 = a0.blend(a1, ODD1).add(a1.blend(a0, ODD1).rearrange(SWAP1));
            FloatVector a23 = a2.blend(a3, ODD1).add(a3.blend(a2, ODD1).rearrange(SWAP1));
            FloatVector b01 = b0.blend(b1, ODD1).add(b1.blend(b0, ODD1).rearrange(SWAP1));
            FloatVector b23 = b2.blend(b3, ODD1).add(b3.blend(b2, ODD1).rearrange(SWAP1));
            FloatVector a = a01.blend(a23, ODD2).add(a23.blend(a01, ODD2).rearrange(SWAP2));
            FloatVector b = b01.blend(b23, ODD2).add(b23.blend(b01, ODD2).rearrange(SWAP2));
            ((FloatVector) a.add(a.rearrange(SWAP4)).mul(scale).reinterpretShape(F4, 0)).intoArray(o0, outOff + start);
            ((FloatVector) b.add(b.rearrange(SWAP4)).mul(scale).reinterpretShape(F4, 0)).intoArray(o1, outOff + start);
        }
    }

    /**
     * Heads that share a kv head, three (or two) at a time, over 32 of their output values at a time: each value
     * vector, loaded once, feeds every head's chain, where {@link #attentionValues} loads it once per head (nine loads
     * to eight multiply-adds there, seven to twelve here). Each output value is the same chain of fused multiply-adds
     * over the positions in order, so it has the bits {@link #attentionValues} gives it. Heads of 64 values in L1, one
     * thread, Zen 4: three heads 1.55-1.8x the multiply-adds a second of three calls of {@link #attentionValues}.
     */
    @Override
    public void groupAttentionValues(
            float[][] w,
            int wOff,
            int count,
            int len,
            float[] values,
            int vOff,
            int stride,
            int headDim,
            float[] out,
            int oOff) {
        if (headDim % (4 * L) != 0) {
            TensorKernels.super.groupAttentionValues(w, wOff, count, len, values, vOff, stride, headDim, out, oOff);
            return;
        }
        for (int h = 0, take; h < count; h += take) {
            take = headsAtOnce(count - h);
            int o = oOff + h * headDim;
            if (WIDE_VALUES && headDim % (4 * W) == 0) {
                switch (take) {
                    case 1 -> values1Wide(w[h], wOff, len, values, vOff, stride, headDim, out, o);
                    case 2 -> values2Wide(w[h], w[h + 1], wOff, len, values, vOff, stride, headDim, out, o);
                    default -> values3Wide(w[h], w[h + 1], w[h + 2], wOff, len, values, vOff, stride, headDim, out, o);
                }
                continue;
            }
            switch (take) {
                case 1 -> attentionValues(w[h], wOff, len, values, vOff, stride, headDim, out, o);
                case 2 -> values2(w[h], w[h + 1], wOff, len, values, vOff, stride, headDim, out, o);
                default -> values3(w[h], w[h + 1], w[h + 2], wOff, len, values, vOff, stride, headDim, out, o);
            }
        }
    }

    /**
     * Whether the values kernels run 512-bit vectors ({@link #WIDE_AVAILABLE}): each output value is the same chain
     * of fused multiply-adds over the positions in order at either width (the same bits), in half the instructions.
     * {@code -Djrag.engine.wideValues=false} keeps them at 256 bits (to compare in one build).
     */
    private static final boolean WIDE_VALUES =
            WIDE_AVAILABLE && Boolean.parseBoolean(System.getProperty("jrag.engine.wideValues", "true"));

    /** Lanes of {@link #F16}. */
    private static final int W = 16;

    /** One head's outputs in 512-bit vectors, 64 values a pass (see {@link #WIDE_VALUES}). */
    static void values1Wide(
            float[] w, int wOff, int len, float[] values, int vOff, int stride, int headDim, float[] out, int o) {
        for (int i = 0; i < headDim; i += 4 * W) {
            FloatVector a0 = FloatVector.fromArray(F16, out, o + i);
            FloatVector a1 = FloatVector.fromArray(F16, out, o + i + W);
            FloatVector a2 = FloatVector.fromArray(F16, out, o + i + 2 * W);
            FloatVector a3 = FloatVector.fromArray(F16, out, o + i + 3 * W);
            for (int p = 0; p < len; p++) {
                FloatVector x = FloatVector.broadcast(F16, w[wOff + p]);
                int v = p * stride + vOff + i;
                a0 = FloatVector.fromArray(F16, values, v).fma(x, a0);
                a1 = FloatVector.fromArray(F16, values, v + W).fma(x, a1);
                a2 = FloatVector.fromArray(F16, values, v + 2 * W).fma(x, a2);
                a3 = FloatVector.fromArray(F16, values, v + 3 * W).fma(x, a3);
            }
            a0.intoArray(out, o + i);
            a1.intoArray(out, o + i + W);
            a2.intoArray(out, o + i + 2 * W);
            a3.intoArray(out, o + i + 3 * W);
        }
    }

    /** Two heads' outputs in 512-bit vectors (see {@link #WIDE_VALUES}). */
    static void values2Wide(
            float[] w0,
            float[] w1,
            int wOff,
            int len,
            float[] values,
            int vOff,
            int stride,
            int headDim,
            float[] out,
            int o) {
        for (int i = 0; i < headDim; i += 4 * W) {
            int o0 = o + i;
            int o1 = o0 + headDim;
            FloatVector a0 = FloatVector.fromArray(F16, out, o0);
            FloatVector a1 = FloatVector.fromArray(F16, out, o0 + W);
            FloatVector a2 = FloatVector.fromArray(F16, out, o0 + 2 * W);
            FloatVector a3 = FloatVector.fromArray(F16, out, o0 + 3 * W);
            FloatVector b0 = FloatVector.fromArray(F16, out, o1);
            FloatVector b1 = FloatVector.fromArray(F16, out, o1 + W);
            FloatVector b2 = FloatVector.fromArray(F16, out, o1 + 2 * W);
            FloatVector b3 = FloatVector.fromArray(F16, out, o1 + 3 * W);
            for (int p = 0; p < len; p++) {
                FloatVector x = FloatVector.broadcast(F16, w0[wOff + p]);
                FloatVector y = FloatVector.broadcast(F16, w1[wOff + p]);
                int v = p * stride + vOff + i;
                FloatVector e = FloatVector.fromArray(F16, values, v);
                a0 = e.fma(x, a0);
                b0 = e.fma(y, b0);
                e = FloatVector.fromArray(F16, values, v + W);
                a1 = e.fma(x, a1);
                b1 = e.fma(y, b1);
                e = FloatVector.fromArray(F16, values, v + 2 * W);
                a2 = e.fma(x, a2);
                b2 = e.fma(y, b2);
                e = FloatVector.fromArray(F16, values, v + 3 * W);
                a3 = e.fma(x, a3);
                b3 = e.fma(y, b3);
            }
            a0.intoArray(out, o0);
            a1.intoArray(out, o0 + W);
            a2.intoArray(out, o0 + 2 * W);
            a3.intoArray(out, o0 + 3 * W);
            b0.intoArray(out, o1);
            b1.intoArray(out, o1 + W);
            b2.intoArray(out, o1 + 2 * W);
            b3.intoArray(out, o1 + 3 * W);
        }
    }

    /** Three heads' outputs in 512-bit vectors (see {@link #WIDE_VALUES}). */
    static void values3Wide(
            float[] w0,
            float[] w1,
            float[] w2,
            int wOff,
            int len,
            float[] values,
            int vOff,
            int stride,
            int headDim,
            float[] out,
            int o) {
        for (int i = 0; i < headDim; i += 4 * W) {
            int o0 = o + i;
            int o1 = o0 + headDim;
            int o2 = o1 + headDim;
            FloatVector a0 = FloatVector.fromArray(F16, out, o0);
            FloatVector a1 = FloatVector.fromArray(F16, out, o0 + W);
            FloatVector a2 = FloatVector.fromArray(F16, out, o0 + 2 * W);
            FloatVector a3 = FloatVector.fromArray(F16, out, o0 + 3 * W);
            FloatVector b0 = FloatVector.fromArray(F16, out, o1);
            FloatVector b1 = FloatVector.fromArray(F16, out, o1 + W);
            FloatVector b2 = FloatVector.fromArray(F16, out, o1 + 2 * W);
            FloatVector b3 = FloatVector.fromArray(F16, out, o1 + 3 * W);
            FloatVector c0 = FloatVector.fromArray(F16, out, o2);
            FloatVector c1 = FloatVector.fromArray(F16, out, o2 + W);
            FloatVector c2 = FloatVector.fromArray(F16, out, o2 + 2 * W);
            FloatVector c3 = FloatVector.fromArray(F16, out, o2 + 3 * W);
            for (int p = 0; p < len; p++) {
                FloatVector x = FloatVector.broadcast(F16, w0[wOff + p]);
                FloatVector y = FloatVector.broadcast(F16, w1[wOff + p]);
                FloatVector z = FloatVector.broadcast(F16, w2[wOff + p]);
                int v = p * stride + vOff + i;
                FloatVector e = FloatVector.fromArray(F16, values, v);
                a0 = e.fma(x, a0);
                b0 = e.fma(y, b0);
                c0 = e.fma(z, c0);
                e = FloatVector.fromArray(F16, values, v + W);
                a1 = e.fma(x, a1);
                b1 = e.fma(y, b1);
                c1 = e.fma(z, c1);
                e = FloatVector.fromArray(F16, values, v + 2 * W);
                a2 = e.fma(x, a2);
                b2 = e.fma(y, b2);
                c2 = e.fma(z, c2);
                e = FloatVector.fromArray(F16, values, v + 3 * W);
                a3 = e.fma(x, a3);
                b3 = e.fma(y, b3);
                c3 = e.fma(z, c3);
            }
            a0.intoArray(out, o0);
            a1.intoArray(out, o0 + W);
            a2.intoArray(out, o0 + 2 * W);
            a3.intoArray(out, o0 + 3 * W);
            b0.intoArray(out, o1);
            b1.intoArray(out, o1 + W);
            b2.intoArray(out, o1 + 2 * W);
            b3.intoArray(out, o1 + 3 * W);
            c0.intoArray(out, o2);
            c1.intoArray(out, o2 + W);
            c2.intoArray(out, o2 + 2 * W);
            c3.intoArray(out, o2 + 3 * W);
        }
    }

    /** Three heads' outputs at o, o + headDim, o + 2 headDim (see {@link #groupAttentionValues}). */
    static void values3(
            float[] w0,
            float[] w1,
            float[] w2,
            int wOff,
            int len,
            float[] values,
            int vOff,
            int stride,
            int headDim,
            float[] out,
            int o) {
        for (int i = 0; i < headDim; i += 4 * L) {
            int o0 = o + i;
            int o1 = o0 + headDim;
            int o2 = o1 + headDim;
            FloatVector a0 = FloatVector.fromArray(F, out, o0);
            FloatVector a1 = FloatVector.fromArray(F, out, o0 + L);
            FloatVector a2 = FloatVector.fromArray(F, out, o0 + 2 * L);
            FloatVector a3 = FloatVector.fromArray(F, out, o0 + 3 * L);
            FloatVector b0 = FloatVector.fromArray(F, out, o1);
            FloatVector b1 = FloatVector.fromArray(F, out, o1 + L);
            FloatVector b2 = FloatVector.fromArray(F, out, o1 + 2 * L);
            FloatVector b3 = FloatVector.fromArray(F, out, o1 + 3 * L);
            FloatVector c0 = FloatVector.fromArray(F, out, o2);
            FloatVector c1 = FloatVector.fromArray(F, out, o2 + L);
            FloatVector c2 = FloatVector.fromArray(F, out, o2 + 2 * L);
            FloatVector c3 = FloatVector.fromArray(F, out, o2 + 3 * L);
            for (int p = 0; p < len; p++) {
                FloatVector x = FloatVector.broadcast(F, w0[wOff + p]);
                FloatVector y = FloatVector.broadcast(F, w1[wOff + p]);
                FloatVector z = FloatVector.broadcast(F, w2[wOff + p]);
                int v = p * stride + vOff + i;
                FloatVector e = FloatVector.fromArray(F, values, v);
                a0 = e.fma(x, a0);
                b0 = e.fma(y, b0);
                c0 = e.fma(z, c0);
                e = FloatVector.fromArray(F, values, v + L);
                a1 = e.fma(x, a1);
                b1 = e.fma(y, b1);
                c1 = e.fma(z, c1);
                e = FloatVector.fromArray(F, values, v + 2 * L);
                a2 = e.fma(x, a2);
                b2 = e.fma(y, b2);
                c2 = e.fma(z, c2);
                e = FloatVector.fromArray(F, values, v + 3 * L);
                a3 = e.fma(x, a3);
                b3 = e.fma(y, b3);
                c3 = e.fma(z, c3);
            }
            a0.intoArray(out, o0);
            a1.intoArray(out, o0 + L);
            a2.intoArray(out, o0 + 2 * L);
            a3.intoArray(out, o0 + 3 * L);
            b0.intoArray(out, o1);
            b1.intoArray(out, o1 + L);
            b2.intoArray(out, o1 + 2 * L);
            b3.intoArray(out, o1 + 3 * L);
            c0.intoArray(out, o2);
            c1.intoArray(out, o2 + L);
            c2.intoArray(out, o2 + 2 * L);
            c3.intoArray(out, o2 + 3 * L);
        }
    }

    /** Two heads' outputs at o, o + headDim (see {@link #groupAttentionValues}). */
    static void values2(
            float[] w0,
            float[] w1,
            int wOff,
            int len,
            float[] values,
            int vOff,
            int stride,
            int headDim,
            float[] out,
            int o) {
        for (int i = 0; i < headDim; i += 4 * L) {
            int o0 = o + i;
            int o1 = o0 + headDim;
            FloatVector a0 = FloatVector.fromArray(F, out, o0);
            FloatVector a1 = FloatVector.fromArray(F, out, o0 + L);
            FloatVector a2 = FloatVector.fromArray(F, out, o0 + 2 * L);
            FloatVector a3 = FloatVector.fromArray(F, out, o0 + 3 * L);
            FloatVector b0 = FloatVector.fromArray(F, out, o1);
            FloatVector b1 = FloatVector.fromArray(F, out, o1 + L);
            FloatVector b2 = FloatVector.fromArray(F, out, o1 + 2 * L);
            FloatVector b3 = FloatVector.fromArray(F, out, o1 + 3 * L);
            for (int p = 0; p < len; p++) {
                FloatVector x = FloatVector.broadcast(F, w0[wOff + p]);
                FloatVector y = FloatVector.broadcast(F, w1[wOff + p]);
                int v = p * stride + vOff + i;
                FloatVector e = FloatVector.fromArray(F, values, v);
                a0 = e.fma(x, a0);
                b0 = e.fma(y, b0);
                e = FloatVector.fromArray(F, values, v + L);
                a1 = e.fma(x, a1);
                b1 = e.fma(y, b1);
                e = FloatVector.fromArray(F, values, v + 2 * L);
                a2 = e.fma(x, a2);
                b2 = e.fma(y, b2);
                e = FloatVector.fromArray(F, values, v + 3 * L);
                a3 = e.fma(x, a3);
                b3 = e.fma(y, b3);
            }
            a0.intoArray(out, o0);
            a1.intoArray(out, o0 + L);
            a2.intoArray(out, o0 + 2 * L);
            a3.intoArray(out, o0 + 3 * L);
            b0.intoArray(out, o1);
            b1.intoArray(out, o1 + L);
            b2.intoArray(out, o1 + 2 * L);
            b3.intoArray(out, o1 + 3 * L);
        }
    }

    /**
     * The sum of v's 8 lanes as ((l0 + l4) + (l2 + l6)) + ((l1 + l5) + (l3 + l7)) in every compiler tier. {@code
     * reduceLanes(ADD)} leaves the order open, and it differs between tiers: the interpreter and C1 add the lanes
     * in turn, C2 as this tree, so a kernel's bits could change when it was compiled (a step's logits then depended
     * on what ran before it). This is C2's order, so compiled kernels keep their bits.
     */
    static float sumLanes(FloatVector v) {
        FloatVector a = v.add(v.rearrange(SWAP4));
        FloatVector b = a.add(a.rearrange(SWAP2));
        return b.lane(0) + b.lane(1);
    }

    private static final VectorShuffle<Float> SWAP1 = VectorShuffle.fromValues(F, 1, 0, 3, 2, 5, 4, 7, 6);
    private static final VectorShuffle<Float> SWAP2 = VectorShuffle.fromValues(F, 2, 3, 0, 1, 6, 7, 4, 5);
    private static final VectorShuffle<Float> SWAP4 = VectorShuffle.fromValues(F, 4, 5, 6, 7, 0, 1, 2, 3);
    private static final VectorMask<Float> ODD1 =
            VectorMask.fromValues(F, false, true, false, true, false, true, false, true);
    private static final VectorMask<Float> ODD2 =
            VectorMask.fromValues(F, false, false, true, true, false, false, true, true);
    private static final VectorMask<Float> ODD4 =
            VectorMask.fromValues(F, false, false, false, false, true, true, true, true);

    @Override
    public float max(float[] s, int len) {
        FloatVector m = FloatVector.broadcast(F, Float.NEGATIVE_INFINITY);
        int p = 0;
        for (; p + L <= len; p += L) {
            m = m.max(FloatVector.fromArray(F, s, p));
        }
        float max = m.reduceLanes(VectorOperators.MAX);
        for (; p < len; p++) {
            max = Math.max(max, s[p]);
        }
        return max;
    }

    @Override
    public void scale(float[] s, int len, float factor) {
        int p = 0;
        for (; p + L <= len; p += L) {
            FloatVector.fromArray(F, s, p).mul(factor).intoArray(s, p);
        }
        for (; p < len; p++) {
            s[p] *= factor;
        }
    }

    @Override
    public float expShifted(float[] s, int len, float max) {
        FloatVector sum = FloatVector.zero(F);
        int p = 0;
        for (; p + L <= len; p += L) {
            exp(s, p, 1f, max, s, p);
            FloatVector e = FloatVector.fromArray(F, s, p);
            e = e.blend(0f, e.compare(VectorOperators.LT, MIN_SOFTMAX_WEIGHT));
            e.intoArray(s, p);
            sum = sum.add(e);
        }
        // sumLanes written out: C2 left the call out of line in some compiles of attention (a vector boxed per head
        // and segment: 8 sequences at 1,000 positions allocated as much here as for the F16 cache's rows)
        FloatVector h = sum.add(sum.rearrange(SWAP4));
        h = h.add(h.rearrange(SWAP2));
        double total = h.lane(0) + h.lane(1);
        for (; p < len; p++) {
            float e = exp(s[p] - max);
            if (e < MIN_SOFTMAX_WEIGHT) {
                e = 0f;
            }
            s[p] = e;
            total += e;
        }
        return (float) total;
    }

    /**
     * Heads of 8, 16 or 24 values (tiny models: stories260K has 8): 8 output lanes in one register across all
     * positions, the same fused multiply-add chain per lane as {@link #axpy} position by position.
     */
    static void wideValues(
            float[] w, int wOff, int len, float[] values, int vOff, int stride, int headDim, float[] out, int oOff) {
        for (int i = 0; i < headDim; i += 8 * L) {
            FloatVector a0 = FloatVector.fromArray(F, out, oOff + i);
            FloatVector a1 = FloatVector.fromArray(F, out, oOff + i + L);
            FloatVector a2 = FloatVector.fromArray(F, out, oOff + i + 2 * L);
            FloatVector a3 = FloatVector.fromArray(F, out, oOff + i + 3 * L);
            FloatVector a4 = FloatVector.fromArray(F, out, oOff + i + 4 * L);
            FloatVector a5 = FloatVector.fromArray(F, out, oOff + i + 5 * L);
            FloatVector a6 = FloatVector.fromArray(F, out, oOff + i + 6 * L);
            FloatVector a7 = FloatVector.fromArray(F, out, oOff + i + 7 * L);
            for (int p = 0; p < len; p++) {
                FloatVector wp = FloatVector.broadcast(F, w[wOff + p]);
                int v = p * stride + vOff + i;
                a0 = FloatVector.fromArray(F, values, v).fma(wp, a0);
                a1 = FloatVector.fromArray(F, values, v + L).fma(wp, a1);
                a2 = FloatVector.fromArray(F, values, v + 2 * L).fma(wp, a2);
                a3 = FloatVector.fromArray(F, values, v + 3 * L).fma(wp, a3);
                a4 = FloatVector.fromArray(F, values, v + 4 * L).fma(wp, a4);
                a5 = FloatVector.fromArray(F, values, v + 5 * L).fma(wp, a5);
                a6 = FloatVector.fromArray(F, values, v + 6 * L).fma(wp, a6);
                a7 = FloatVector.fromArray(F, values, v + 7 * L).fma(wp, a7);
            }
            a0.intoArray(out, oOff + i);
            a1.intoArray(out, oOff + i + L);
            a2.intoArray(out, oOff + i + 2 * L);
            a3.intoArray(out, oOff + i + 3 * L);
            a4.intoArray(out, oOff + i + 4 * L);
            a5.intoArray(out, oOff + i + 5 * L);
            a6.intoArray(out, oOff + i + 6 * L);
            a7.intoArray(out, oOff + i + 7 * L);
        }
    }

    private static void narrowValues(
            float[] w, int wOff, int len, float[] values, int vOff, int stride, int headDim, float[] out, int oOff) {
        for (int i = 0; i < headDim; i += L) {
            FloatVector a = FloatVector.fromArray(F, out, oOff + i);
            for (int p = 0; p < len; p++) {
                a = FloatVector.fromArray(F, values, p * stride + vOff + i)
                        .fma(FloatVector.broadcast(F, w[wOff + p]), a);
            }
            a.intoArray(out, oOff + i);
        }
    }

    /** Per-thread scratch of {@link #attentionLanes}, grown as needed. */
    private static final ThreadLocal<float[][]> LANES = ThreadLocal.withInitial(() -> new float[][] {new float[0]});

    /** {@value #Q}: one query a lane of {@link #FQ}. */
    @Override
    public int attentionLaneCount() {
        return Q;
    }

    /**
     * The queries side by side, one per lane (16 or 8), so that nothing is summed across lanes: a position's scores
     * are ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7)) of 8 lane-wise fused multiply-add chains s_i over the
     * head's values i, i + 8, ... (the sums that {@link #attentionScores} forms across the lanes of 8 keys); the
     * softmax runs lane-wise, with 8 partial sums by position modulo 8 combined in {@link #sumLanes}'s order and a
     * query's last positions (fewer than 8) added in double, as {@link #expShifted} does; each output value is one
     * chain of fused multiply-adds over the positions in order. So every query gets the bits the default gives it
     * alone, whole or as a segment's partials. Positions past a query's end score minus infinity: weight zero, left
     * out of its sums.
     */
    @Override
    public void attentionLanes(
            float[] q,
            int[] qOffs,
            int count,
            int start,
            int[] ends,
            float[] keys,
            float[] values,
            int[] table,
            int blockSize,
            int stride,
            int kvOff,
            int headDim,
            float scale,
            float[] out,
            int[] outOffs,
            float[] maxes,
            float[] sums,
            int[] statOffs) {
        if (headDim % L != 0 || count < 1 || count > Q) {
            TensorKernels.super.attentionLanes(
                    q, qOffs, count, start, ends, keys, values, table, blockSize, stride, kvOff, headDim, scale, out,
                    outOffs, maxes, sums, statOffs);
            return;
        }
        int[] lens = lanesLengths(); // query j over positions [start, start + lens[j])
        int maxLen = 0;
        for (int j = 0; j < count; j++) {
            lens[j] = ends[j] - start;
            maxLen = Math.max(maxLen, lens[j]);
        }
        int padded = (maxLen + L - 1) & -L; // positions, a multiple of 8
        int sc = headDim * Q; // queries transposed at [0, sc): s[d * Q + j] = q_j[d]; then scores, Q per position
        int tmp = sc + padded * Q;
        float[] s = lanesScratch(tmp + L * Q);
        for (int d = 0; d < headDim; d++) {
            for (int j = 0; j < Q; j++) {
                s[d * Q + j] = j < count ? q[qOffs[j] + d] : 0f;
            }
        }
        // 1. scores, position by position through the block table (heads of 8 with the queries in registers)
        if (headDim == L) {
            lanesScores8(s, keys, table, blockSize, stride, kvOff, start, maxLen, scale, sc);
        } else {
            for (int p = 0; p < maxLen; ) {
                int at = start + p;
                int m = Math.min(blockSize - at % blockSize, maxLen - p);
                int base = (table[at / blockSize] * blockSize + at % blockSize) * stride + kvOff;
                for (int i = 0; i < m; i++, p++) {
                    int k = base + i * stride;
                    FloatVector a0 = FloatVector.zero(FQ), a1 = a0, a2 = a0, a3 = a0, a4 = a0, a5 = a0, a6 = a0;
                    FloatVector a7 = a0;
                    for (int c = 0; c < headDim; c += L) {
                        int b = c * Q;
                        a0 = FloatVector.fromArray(FQ, s, b).fma(FloatVector.broadcast(FQ, keys[k + c]), a0);
                        a1 = FloatVector.fromArray(FQ, s, b + Q).fma(FloatVector.broadcast(FQ, keys[k + c + 1]), a1);
                        a2 = FloatVector.fromArray(FQ, s, b + 2 * Q)
                                .fma(FloatVector.broadcast(FQ, keys[k + c + 2]), a2);
                        a3 = FloatVector.fromArray(FQ, s, b + 3 * Q)
                                .fma(FloatVector.broadcast(FQ, keys[k + c + 3]), a3);
                        a4 = FloatVector.fromArray(FQ, s, b + 4 * Q)
                                .fma(FloatVector.broadcast(FQ, keys[k + c + 4]), a4);
                        a5 = FloatVector.fromArray(FQ, s, b + 5 * Q)
                                .fma(FloatVector.broadcast(FQ, keys[k + c + 5]), a5);
                        a6 = FloatVector.fromArray(FQ, s, b + 6 * Q)
                                .fma(FloatVector.broadcast(FQ, keys[k + c + 6]), a6);
                        a7 = FloatVector.fromArray(FQ, s, b + 7 * Q)
                                .fma(FloatVector.broadcast(FQ, keys[k + c + 7]), a7);
                    }
                    a0.add(a1)
                            .add(a2.add(a3))
                            .add(a4.add(a5).add(a6.add(a7)))
                            .mul(scale)
                            .intoArray(s, sc + p * Q);
                }
            }
        }
        // 2. minus infinity past each query's length and in the padding (lanes past count: all positions score 0)
        for (int j = 0; j < Q; j++) {
            for (int p = j < count ? lens[j] : maxLen; p < padded; p++) {
                s[sc + p * Q + j] = Float.NEGATIVE_INFINITY;
            }
        }
        // 3. numerators e^(s - max) and their sums: positions below a query's multiple of 8 in 8 partial sums
        // (padded is a multiple of 8: four chains of maxima, not one)
        FloatVector m0 = FloatVector.broadcast(FQ, Float.NEGATIVE_INFINITY), m1 = m0, m2 = m0, m3 = m0;
        for (int p = 0; p < padded; p += 4) {
            int o = sc + p * Q;
            m0 = m0.max(FloatVector.fromArray(FQ, s, o));
            m1 = m1.max(FloatVector.fromArray(FQ, s, o + Q));
            m2 = m2.max(FloatVector.fromArray(FQ, s, o + 2 * Q));
            m3 = m3.max(FloatVector.fromArray(FQ, s, o + 3 * Q));
        }
        FloatVector max = m0.max(m1).max(m2.max(m3));
        max.intoArray(s, tmp);
        for (int p = 0; p < padded; p++) {
            int o = sc + p * Q;
            expLanes(s, o, s, tmp);
            FloatVector e = FloatVector.fromArray(FQ, s, o);
            e.blend(0f, e.compare(VectorOperators.LT, MIN_SOFTMAX_WEIGHT)).intoArray(s, o);
        }
        // each lane's multiple of 8 (0 past count), for the sums' 0/1 factors: min(max(limit - p, 0), 1) is 1 where
        // p is below the limit (both multiples of 8), else 0 (no scalar stores a vector load would wait on)
        for (int j = 0; j < Q; j++) {
            s[tmp + j] = j < count ? lens[j] & -L : 0;
        }
        FloatVector limits = FloatVector.fromArray(FQ, s, tmp);
        // (in a loop of their own: with the exponentials inline in the sums' unrolled loop, C2 left blends uncompiled)
        FloatVector e0 = FloatVector.zero(FQ), e1 = e0, e2 = e0, e3 = e0, e4 = e0, e5 = e0, e6 = e0, e7 = e0;
        for (int p = 0; p < padded; p += L) {
            // 1 in the lanes whose multiple of 8 is past p, else 0 (a multiply, not a masked add, for the same reason)
            FloatVector body = limits.sub(p).max(0f).min(1f);
            int o = sc + p * Q;
            e0 = e0.add(FloatVector.fromArray(FQ, s, o).mul(body));
            e1 = e1.add(FloatVector.fromArray(FQ, s, o + Q).mul(body));
            e2 = e2.add(FloatVector.fromArray(FQ, s, o + 2 * Q).mul(body));
            e3 = e3.add(FloatVector.fromArray(FQ, s, o + 3 * Q).mul(body));
            e4 = e4.add(FloatVector.fromArray(FQ, s, o + 4 * Q).mul(body));
            e5 = e5.add(FloatVector.fromArray(FQ, s, o + 5 * Q).mul(body));
            e6 = e6.add(FloatVector.fromArray(FQ, s, o + 6 * Q).mul(body));
            e7 = e7.add(FloatVector.fromArray(FQ, s, o + 7 * Q).mul(body));
        }
        e0.add(e4).add(e2.add(e6)).add(e1.add(e5).add(e3.add(e7))).intoArray(s, tmp);
        for (int j = 0; j < Q; j++) {
            double total = s[tmp + j];
            for (int p = j < count ? lens[j] & -L : maxLen; p < (j < count ? lens[j] : maxLen); p++) {
                total += s[sc + p * Q + j];
            }
            s[tmp + j] = 1.0f / (float) total;
            if (maxes != null && j < count) {
                maxes[statOffs[j]] = max.lane(j);
                sums[statOffs[j]] = (float) total;
            }
        }
        // 4. weights e / sum (a segment's partials keep e)
        if (maxes == null) {
            FloatVector inverse = FloatVector.fromArray(FQ, s, tmp);
            for (int p = 0; p < maxLen; p++) {
                FloatVector.fromArray(FQ, s, sc + p * Q).mul(inverse).intoArray(s, sc + p * Q);
            }
        }
        // 5. values, 8 of the head's at a time: one lane-wise chain each over the positions in order
        for (int c = 0; c < headDim; c += L) {
            FloatVector o0 = FloatVector.zero(FQ), o1 = o0, o2 = o0, o3 = o0, o4 = o0, o5 = o0, o6 = o0, o7 = o0;
            for (int p = 0; p < maxLen; ) {
                int at = start + p;
                int m = Math.min(blockSize - at % blockSize, maxLen - p);
                int base = (table[at / blockSize] * blockSize + at % blockSize) * stride + kvOff + c;
                for (int i = 0; i < m; i++, p++) {
                    int v = base + i * stride;
                    FloatVector w = FloatVector.fromArray(FQ, s, sc + p * Q);
                    o0 = w.fma(FloatVector.broadcast(FQ, values[v]), o0);
                    o1 = w.fma(FloatVector.broadcast(FQ, values[v + 1]), o1);
                    o2 = w.fma(FloatVector.broadcast(FQ, values[v + 2]), o2);
                    o3 = w.fma(FloatVector.broadcast(FQ, values[v + 3]), o3);
                    o4 = w.fma(FloatVector.broadcast(FQ, values[v + 4]), o4);
                    o5 = w.fma(FloatVector.broadcast(FQ, values[v + 5]), o5);
                    o6 = w.fma(FloatVector.broadcast(FQ, values[v + 6]), o6);
                    o7 = w.fma(FloatVector.broadcast(FQ, values[v + 7]), o7);
                }
            }
            o0.intoArray(s, tmp);
            o1.intoArray(s, tmp + Q);
            o2.intoArray(s, tmp + 2 * Q);
            o3.intoArray(s, tmp + 3 * Q);
            o4.intoArray(s, tmp + 4 * Q);
            o5.intoArray(s, tmp + 5 * Q);
            o6.intoArray(s, tmp + 6 * Q);
            o7.intoArray(s, tmp + 7 * Q);
            for (int j = 0; j < count; j++) {
                for (int i = 0; i < L; i++) {
                    out[outOffs[j] + c + i] = s[tmp + i * Q + j];
                }
            }
        }
    }

    /** Step 1 of {@link #attentionLanes} for heads of 8 values: the 8 transposed query vectors stay in registers. */
    private static void lanesScores8(
            float[] s,
            float[] keys,
            int[] table,
            int blockSize,
            int stride,
            int kvOff,
            int start,
            int maxLen,
            float scale,
            int sc) {
        FloatVector q0 = FloatVector.fromArray(FQ, s, 0);
        FloatVector q1 = FloatVector.fromArray(FQ, s, Q);
        FloatVector q2 = FloatVector.fromArray(FQ, s, 2 * Q);
        FloatVector q3 = FloatVector.fromArray(FQ, s, 3 * Q);
        FloatVector q4 = FloatVector.fromArray(FQ, s, 4 * Q);
        FloatVector q5 = FloatVector.fromArray(FQ, s, 5 * Q);
        FloatVector q6 = FloatVector.fromArray(FQ, s, 6 * Q);
        FloatVector q7 = FloatVector.fromArray(FQ, s, 7 * Q);
        FloatVector zero = FloatVector.zero(FQ);
        for (int p = 0; p < maxLen; ) {
            int at = start + p;
            int m = Math.min(blockSize - at % blockSize, maxLen - p);
            int base = (table[at / blockSize] * blockSize + at % blockSize) * stride + kvOff;
            int end = base + m * stride;
            for (int k = base; k < end; k += stride, p++) {
                FloatVector a0 = q0.fma(FloatVector.broadcast(FQ, keys[k]), zero);
                FloatVector a1 = q1.fma(FloatVector.broadcast(FQ, keys[k + 1]), zero);
                FloatVector a2 = q2.fma(FloatVector.broadcast(FQ, keys[k + 2]), zero);
                FloatVector a3 = q3.fma(FloatVector.broadcast(FQ, keys[k + 3]), zero);
                FloatVector a4 = q4.fma(FloatVector.broadcast(FQ, keys[k + 4]), zero);
                FloatVector a5 = q5.fma(FloatVector.broadcast(FQ, keys[k + 5]), zero);
                FloatVector a6 = q6.fma(FloatVector.broadcast(FQ, keys[k + 6]), zero);
                FloatVector a7 = q7.fma(FloatVector.broadcast(FQ, keys[k + 7]), zero);
                a0.add(a1)
                        .add(a2.add(a3))
                        .add(a4.add(a5).add(a6.add(a7)))
                        .mul(scale)
                        .intoArray(s, sc + p * Q);
            }
        }
    }

    private static float[] lanesScratch(int floats) {
        float[][] holder = LANES.get();
        if (holder[0].length < floats) {
            holder[0] = new float[floats];
        }
        return holder[0];
    }

    /** Per-thread query lengths of {@link #attentionLanes}. */
    private static final ThreadLocal<int[]> LANE_LENGTHS = ThreadLocal.withInitial(() -> new int[Q]);

    private static int[] lanesLengths() {
        return LANE_LENGTHS.get();
    }

    /**
     * Keeps 64 output lanes in 8 registers (heads of 64 or 128 values; else 32 in 4) across all positions, so the
     * output is loaded and stored once per head and run (the same fused multiply-add chain per lane, so one run of n
     * positions and two of n/2 agree bit for bit). Eight chains keep both FMA units busy where four waited on their
     * latency: a head of 64 in cache, one thread, 2.2 ns a position against 3.4-3.6 over runs of 256-1,024
     * positions (an F16 cache's segments), 3.1 against 3.3 over runs of 16 (a block).
     */
    @Override
    public void attentionValues(
            float[] w, int wOff, int len, float[] values, int vOff, int stride, int headDim, float[] out, int oOff) {
        if (WIDE_VALUES && headDim % (4 * W) == 0) {
            values1Wide(w, wOff, len, values, vOff, stride, headDim, out, oOff);
            return;
        }
        if (headDim % (8 * L) == 0) {
            wideValues(w, wOff, len, values, vOff, stride, headDim, out, oOff);
            return;
        }
        if (headDim % (4 * L) != 0) {
            if (headDim % L == 0) {
                narrowValues(w, wOff, len, values, vOff, stride, headDim, out, oOff);
            } else {
                TensorKernels.super.attentionValues(w, wOff, len, values, vOff, stride, headDim, out, oOff);
            }
            return;
        }
        for (int i = 0; i < headDim; i += 4 * L) {
            FloatVector a0 = FloatVector.fromArray(F, out, oOff + i);
            FloatVector a1 = FloatVector.fromArray(F, out, oOff + i + L);
            FloatVector a2 = FloatVector.fromArray(F, out, oOff + i + 2 * L);
            FloatVector a3 = FloatVector.fromArray(F, out, oOff + i + 3 * L);
            for (int p = 0; p < len; p++) {
                FloatVector wp = FloatVector.broadcast(F, w[wOff + p]);
                int v = p * stride + vOff + i;
                a0 = FloatVector.fromArray(F, values, v).fma(wp, a0);
                a1 = FloatVector.fromArray(F, values, v + L).fma(wp, a1);
                a2 = FloatVector.fromArray(F, values, v + 2 * L).fma(wp, a2);
                a3 = FloatVector.fromArray(F, values, v + 3 * L).fma(wp, a3);
            }
            a0.intoArray(out, oOff + i);
            a1.intoArray(out, oOff + i + L);
            a2.intoArray(out, oOff + i + 2 * L);
            a3.intoArray(out, oOff + i + 3 * L);
        }
    }
}
