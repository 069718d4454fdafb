package org.jrag.engine.tensor;

import java.io.InputStream;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The interleaved Q8_0, Q4_0, IQ4_XS and K-quant matrices ({@link Q8_0x8RunsTensor}, {@link Q4_0x8Tensor}, {@link
 * IQ4_XSx8Tensor}, {@link Q4Kx8Tensor}, {@link Q5Kx8Tensor}, {@link Q6Kx8Tensor}) times activations rounded to 8-bit
 * blocks ({@link Q8Activations}, as llama.cpp's q8_0 x q8_0 and q4_0 x q8_0 dots) in integers, in machine code for two
 * instruction sets ({@link Isa}). On
 * AVX-512 VNNI one {@code vpdpbusd} multiplies 64 byte pairs and adds them in fours, where the float kernels take four
 * fused multiply-adds, an int-to-float conversion and a broadcast for 16 (Q8_0, {@code KernelBench N Q8_0 integer 8},
 * one thread, Zen 5: 8 tokens 3.5-4.8x the 512-bit float pass, 2 tokens 3.5-8.2x, 1 token 2.1-4.6x, 1.4x on a 263 MB
 * matrix read from memory). On AVX2 {@code vpmaddubsw} multiplies 32 byte pairs into 16-bit pair sums and {@code
 * vpmaddwd} widens them (Zen 5 running AVX2 code, 256-bit JVM: Q8_0 1.65-1.75x the 256-bit float pass at 8 tokens, 2x
 * at 1; Q4_0 2.7-3x the Vector API integer kernels at 8 tokens, 2x at 1). The Vector API reaches none of these
 * instructions, so the passes are machine code: {@code tools/passes/generate.py} writes their source ({@code
 * passes.s}), assembles it into this class's resource {@code passes.bin} and puts the entry offsets below (a string of
 * the bytes passed the 64 KB constant limit). The class maps them into one executable region (read-write while they are
 * copied, then read-execute: never both, as {@link Prefetch} does) and binds each pass as a critical downcall that
 * reads the activations and writes the output in their Java arrays. On VNNI a Q8_0 value enters as q + 128 (an unsigned
 * byte), with each block's accumulator starting at -128 times the block's sum of rounded activations; on AVX2 as |q|,
 * its sign moved onto the activation ({@code vpsignb}). Where the passes run, Q8_0 weights come in {@link
 * Q8_0x8RunsTensor}'s runs of 4, one row's 4 values a dword as both instruction sets multiply them ({@link
 * Q8_0x8Tensor}'s columns, which the float kernels widen, cost a {@code vpermd} and a {@code vpshufb} per 32 bytes on
 * AVX2: 8 tokens 1.09-1.19x, 1 token 1.08-1.31x with runs, one thread, Zen 5, where the matrix stays in cache; and a
 * {@code vpermb} per 64 on VNNI, which needs AVX512_VBMI). A Q4_0 value enters as its nibble q (0-15), the accumulator
 * starting at -8 times that sum. An IQ4_XS value ({@link IQ4_XSx8Tensor}: Q4_0's nibbles, float scales) enters as the
 * entry of IQ4_NL's table its nibble picks ({@code vpshufb}), then as a Q8_0 value (VNNI: the table held as t + 128).
 * The K-quants ({@link #matmulQ4_K}, {@link #matmulQ5_K}, {@link #matmulQ6_K}; Q5_K in AVX2 form only, which then runs
 * on VNNI machines too; Q6_K's VNNI form is its AVX2 one on 256-bit registers with {@code vpdpbusd}): each sub-block's
 * codes summed as Q4_0's (Q6_K's as q in [0, 63], with {@code -32 sum q_x} over each 16 activations from {@link
 * Scratch#halves}), then its
 * scale, min and super-block scales in floats as {@link Q8Activations#matmulQ4Kx8} and its siblings apply them (Q4_K,
 * 2048 x 2048, one thread: AVX2 1.95x the Vector API kernels at 1 token, 2.7x at 8; VNNI 3.4x and 6.7x).
 *
 * <p>Each block of a row sums {@code q_w * q_x} (Q4_0: {@code (q_w - 8) * q_x}) exactly in integers; then, block after
 * block, {@code out = fma(float(sum), d_w * d_x, out)}. {@link #reference} (Q8_0) and {@link
 * Q8Activations#matmulQ4_0x8} (Q4_0, as {@link Q4_0x8IntegerKernels}) do the same in Java, so both instruction sets
 * give the same bits, and a token's result does not depend on how many tokens share a pass. Only on Linux x86-64 where
 * the region maps: the VNNI passes where the CPU has AVX-512 with VNNI, BW, DQ and VL (those of Q4_K need VBMI too,
 * else their AVX2 form runs), else the AVX2 ones where it has AVX2, FMA and F16C; {@code
 * -Djrag.engine.q8=avx2} takes the AVX2 passes even where VNNI runs, {@code
 * -Djrag.engine.q8=float} neither: the float kernels for Q8_0 and the Vector API integer ones for the others.
 */
final class IntegerPasses {
    private static final int BLOCK = Q8Activations.BLOCK;

    /** The rounding's vectors: 512 bits where the JVM offers them, else 256 (the AVX2 passes run there). */
    private static final VectorSpecies<Float> F =
            FloatVector.SPECIES_PREFERRED.length() >= 16 ? FloatVector.SPECIES_512 : FloatVector.SPECIES_256;

    private static final VectorSpecies<Integer> I = F.vectorShape().withLanes(int.class);
    private static final VectorSpecies<Byte> B = F.length() == 16 ? ByteVector.SPECIES_128 : ByteVector.SPECIES_64;

    /** Most tokens one pass takes; more go through the passes in tiles of this many. */
    static final int TILE = 8;

    /**
     * The types' passes in {@link #PASSES}: from {@code first} (VNNI; -1: none, the AVX2 ones run there) and {@code
     * avx2First} (AVX2), one per tile of 1 to {@link #TILE} tokens; with {@code regions} then the one-token pass over
     * several regions at once (its last argument: the groups between the regions, not an output stride). A pass counts
     * its columns in units of {@code unitColumns}, each {@code unitBytes} of an 8-row group. With {@code vbmi} the VNNI
     * passes reorder bytes with {@code vpermb}: they run only where the CPU has AVX512_VBMI too, else the AVX2 ones.
     */
    private enum Kind {
        /** Q8_0 in runs of 4 ({@link Q8_0x8RunsTensor}). */
        Q8_0(0, 3 * (TILE + 1), true, BLOCK, Q8_0x8RunsTensor.GROUP_BLOCK_BYTES, false, false),
        Q4_0(TILE + 1, 4 * (TILE + 1), true, BLOCK, Q4_0x8Tensor.GROUP_BLOCK_BYTES, false, false),
        IQ4_XS(2 * (TILE + 1), 5 * (TILE + 1), true, BLOCK, IQ4_XSx8Tensor.GROUP_BLOCK_BYTES, false, false),
        Q4_K(
                6 * (TILE + 1) + 3 * TILE,
                6 * (TILE + 1),
                false,
                Q4KTensor.BLOCK,
                Q4Kx8Tensor.GROUP_SUPER_BYTES,
                true,
                false),
        Q6_K(
                6 * (TILE + 1) + 4 * TILE,
                6 * (TILE + 1) + TILE,
                false,
                Q6KTensor.BLOCK,
                Q6Kx8Tensor.GROUP_SUPER_BYTES,
                false,
                true),
        Q5_K(-1, 6 * (TILE + 1) + 2 * TILE, false, Q5KTensor.BLOCK, Q5Kx8Tensor.GROUP_SUPER_BYTES, false, false);

        final int first;
        final int avx2First;
        final boolean regions;
        final int unitColumns;
        final int unitBytes;
        final boolean vbmi;

        /** Whether the passes take the activations' {@link Scratch#halves} in place of their {@link Scratch#aux}. */
        final boolean halves;

        Kind(int first, int avx2First, boolean regions, int unitColumns, int unitBytes, boolean vbmi, boolean halves) {
            this.first = first;
            this.avx2First = avx2First;
            this.regions = regions;
            this.unitColumns = unitColumns;
            this.unitBytes = unitBytes;
            this.vbmi = vbmi;
            this.halves = halves;
        }

        /** Ints per activation block and token in what the passes take ({@link Scratch#aux} or its halves). */
        int auxInts() {
            return halves ? 3 : 2;
        }

        /**
         * Whether this type's passes of {@code isa} take {@link #NO_PREFETCH}: the AVX2 K-quant ones and Q6_K's VNNI
         * ones (its AVX2 pass with {@code vpdpbusd}), where {@link #K_PREFETCH} is false.
         */
        boolean skipsPrefetch(Isa isa) {
            boolean takesBit = isa == Isa.AVX2 ? this == Q4_K || this == Q5_K || this == Q6_K : this == Q6_K;
            return takesBit && !K_PREFETCH;
        }

        /** The instruction set whose passes this type takes where the kernels take {@code isa}. */
        Isa isa(Isa isa) {
            return isa == Isa.VNNI && (first < 0 || vbmi && !VBMI) ? Isa.AVX2 : isa;
        }

        /** The pass for a tile of {@code tokens} tokens. */
        int pass(Isa isa, int tokens) {
            return (isa == Isa.VNNI ? first : avx2First) + tokens - 1;
        }

        /** The one-token pass over {@link Isa#regions} regions of units at once, where the type has one. */
        int regions(Isa isa) {
            return (isa == Isa.VNNI ? first : avx2First) + TILE;
        }
    }

    /**
     * The instruction sets the passes come in: AVX-512 VNNI over pairs of 8-row groups (16 rows a 512-bit register),
     * or AVX2 over one group at a time (8 rows a 256-bit register; {@code vpmaddubsw} and {@code vpmaddwd} where VNNI
     * has {@code vpdpbusd}).
     */
    enum Isa {
        VNNI(2, 2, Set.of("avx512f", "avx512bw", "avx512dq", "avx512vl", "avx512_vnni")),
        AVX2(1, 4, Set.of("avx2", "fma", "f16c"));

        /** 8-row groups one call unit of a pass covers. */
        final int groups;

        /**
         * Regions of units the one-token pass reads side by side: four read streams either way (one token does too
         * little work per byte for one stream to keep enough lines in flight).
         */
        final int regions;

        final Set<String> flags;

        Isa(int groups, int regions, Set<String> flags) {
            this.groups = groups;
            this.regions = regions;
            this.flags = flags;
        }

        /** The flags these passes need, for tests and benchmarks to say why they do not run. */
        List<String> requiredFlags() {
            return flags.stream().sorted().toList();
        }
    }

    /** Bit 31 of a pass's counts: the AVX2 K-quant passes for one token then skip their prefetch of the next group. */
    private static final long NO_PREFETCH = 1L << 31;

    /**
     * Whether the AVX2 K-quant passes for one token prefetch ({@link CpuModel#prefetchesInKQuantPasses()}); {@code
     * -Djrag.engine.kPassPrefetch=true|false} overrides it (to compare in one build).
     */
    static final boolean K_PREFETCH = Boolean.parseBoolean(System.getProperty(
            "jrag.engine.kPassPrefetch", String.valueOf(CpuModel.current().prefetchesInKQuantPasses())));

    /** Groups whose tiles run one after another while their weights stay in L2 (prefill). */
    private static final int GROUPS_PER_CHUNK = 16;

    // generated by tools/passes/generate.py: do not edit
    /**
     * Offsets in {@code passes.bin}: per type (Q8_0, Q4_0, IQ4_XS) the VNNI passes for 1 to 8 tokens and
     * their two-region one, then the AVX2 ones for 1 to 8 tokens and their four-region one; then the AVX2 Q4_K
     * passes for 1 to 8 tokens, then the AVX2 Q6_K ones, the AVX2 Q5_K ones, the VNNI Q4_K ones,
     * the VNNI Q6_K ones and the rounding of the activations (AVX2).
     */
    static final int[] ENTRIES = {
        0, 529, 1227, 2030, 2917, 3921, 5042, 6280, 7635, 8512, 8988, 9604, 10332, 11151, 12094, 13161, 14352, 15667,
        16607, 17104, 17752, 18505, 19342, 20296, 21367, 22555, 23860, 24791, 25214, 25916, 26868, 28069, 29545, 31292,
        33310, 35599, 37000, 37366, 37918, 38662, 39597, 40749, 42114, 43692, 45483, 46573, 47088, 47847, 48856, 50114,
        51647, 53451, 55526, 57872, 59570, 60314, 61203, 62391, 63881, 65694, 67830, 70289, 73071, 73981, 74947, 76187,
        77707, 79543, 81695, 84163, 86947, 88057, 89310, 90892, 92806, 95073, 97693, 100666, 103992, 104903, 105987,
        107244, 108677, 110283, 112062, 114014, 116139, 116988, 117829, 118880, 120147, 121666, 123437, 125460, 127735
    };
    // end of generated

    /** The activations' rounding in {@link #PASSES} (after the types' passes; see {@link Scratch#round}). */
    private static final int ROUND = Kind.Q6_K.first + TILE;

    /**
     * Values from which the machine code rounds them: a call with heap arrays costs a few hundred nanoseconds, so
     * fewer go faster through the Java loop ({@code KernelBench 20 Q8_0 round}, one thread: 1 x 576 values 0.42x
     * the Java loop's speed, 1 x 2048 0.97x, 8 x 576 1.35x, 8 x 1536 1.72x).
     */
    static final int MACHINE_ROUNDING_FROM = 4096;

    /** Every pass, bound where the CPU runs AVX2 at least (the VNNI ones run only where {@link Isa#VNNI} does). */
    private static final MethodHandle[] PASSES = load();

    /** The instruction sets whose passes run here. */
    private static final Set<Isa> RUNNING = PASSES == null
            ? Set.of()
            : Arrays.stream(Isa.values())
                    .filter(isa -> CpuModel.current().flags().containsAll(isa.flags))
                    .collect(Collectors.toUnmodifiableSet());

    /** Whether the CPU has AVX512_VBMI, which the VNNI passes of the {@link Kind#vbmi} types need. */
    private static final boolean VBMI = CpuModel.current().flags().contains("avx512vbmi");

    /** The passes the kernels take: VNNI where the CPU has it, else AVX2; null where neither runs. */
    private static final Isa ISA = choose(System.getProperty("jrag.engine.q8", ""));

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    private IntegerPasses() {}

    /** Whether the passes run here (see the class comment). */
    static boolean available() {
        return ISA != null;
    }

    /** Whether the passes of {@code isa} run here, whichever the kernels take. */
    static boolean available(Isa isa) {
        return RUNNING.contains(isa);
    }

    /** The passes the kernels take; empty where none run. */
    static Optional<Isa> isa() {
        return Optional.ofNullable(ISA);
    }

    /**
     * Rows [from, to) of the product of a {@link Q8_0x8RunsTensor} for {@code tokens} tokens: {@code out[outOff + t *
     * outStride + r] = sum_b fma(sum_j q_w * q_x, d_w * d_x)} in block order, as {@link #reference}; whole 8-row groups
     * through the machine code (in call units of {@link Isa#groups}; a group left without a pair through the AVX2
     * pass), the rows of a group cut by the range through {@link #reference}.
     *
     * @throws IllegalStateException where the passes are not {@link #available()}
     */
    static void matmulQ8_0(
            MemorySegment w,
            int cols,
            float[] x,
            int tokens,
            float[] out,
            int outOff,
            int outStride,
            int from,
            int to) {
        matmul(ISA, Kind.Q8_0, w, cols, x, tokens, out, outOff, outStride, from, to);
    }

    /** {@link #matmulQ8_0} through the passes of {@code isa}, for tests and benchmarks to compare them. */
    static void matmulQ8_0(
            Isa isa,
            MemorySegment w,
            int cols,
            float[] x,
            int tokens,
            float[] out,
            int outOff,
            int outStride,
            int from,
            int to) {
        matmul(isa, Kind.Q8_0, w, cols, x, tokens, out, outOff, outStride, from, to);
    }

    /**
     * Whether the kernels take the passes, which multiply {@link Q8_0x8RunsTensor}'s order as loaded: the Q8_0 weights
     * then take that order ({@link Q8_0x8RunsTensor#repackForKernels}).
     */
    static boolean takesRuns() {
        return ISA != null;
    }

    /**
     * Rows [from, to) of the interleaved Q4_0 product, the bits of {@link Q8Activations#matmulQ4_0x8}: whole 8-row
     * groups through the machine code, the rows of a group cut by the range through that reference.
     *
     * @throws IllegalStateException where the passes are not {@link #available()}
     */
    static void matmulQ4_0(
            MemorySegment w,
            int cols,
            float[] x,
            int tokens,
            float[] out,
            int outOff,
            int outStride,
            int from,
            int to) {
        matmul(ISA, Kind.Q4_0, w, cols, x, tokens, out, outOff, outStride, from, to);
    }

    /** {@link #matmulQ4_0} through the passes of {@code isa}, for tests and benchmarks to compare them. */
    static void matmulQ4_0(
            Isa isa,
            MemorySegment w,
            int cols,
            float[] x,
            int tokens,
            float[] out,
            int outOff,
            int outStride,
            int from,
            int to) {
        matmul(isa, Kind.Q4_0, w, cols, x, tokens, out, outOff, outStride, from, to);
    }

    /**
     * Rows [from, to) of the interleaved IQ4_XS product ({@link IQ4_XSx8Tensor}), the bits of {@link #referenceIQ4_XS}:
     * whole 8-row groups through the machine code, the rows of a group cut by the range through that reference.
     *
     * @throws IllegalStateException where the passes are not {@link #available()}
     */
    static void matmulIQ4_XS(
            MemorySegment w,
            int cols,
            float[] x,
            int tokens,
            float[] out,
            int outOff,
            int outStride,
            int from,
            int to) {
        matmul(ISA, Kind.IQ4_XS, w, cols, x, tokens, out, outOff, outStride, from, to);
    }

    /** {@link #matmulIQ4_XS} through the passes of {@code isa}, for tests and benchmarks to compare them. */
    static void matmulIQ4_XS(
            Isa isa,
            MemorySegment w,
            int cols,
            float[] x,
            int tokens,
            float[] out,
            int outOff,
            int outStride,
            int from,
            int to) {
        matmul(isa, Kind.IQ4_XS, w, cols, x, tokens, out, outOff, outStride, from, to);
    }

    /**
     * Whether {@link #matmulQ4_K}, {@link #matmulQ5_K} and {@link #matmulQ6_K} run here: where the AVX2 passes do (Q5_K
     * has no VNNI form; where the kernels take the VNNI passes, its AVX2 ones run).
     */
    static boolean kQuantsAvailable() {
        return ISA != null && RUNNING.contains(Isa.AVX2);
    }

    /**
     * Rows [from, to) of the interleaved Q4_K product ({@link Q4Kx8Tensor}), the bits of {@link
     * Q8Activations#matmulQ4Kx8}: whole 8-row groups through the passes (VNNI where the kernels take those, else
     * AVX2), the rows of a group cut by the range through that reference.
     *
     * @throws IllegalStateException where the passes do not run
     */
    static void matmulQ4_K(
            MemorySegment w,
            int cols,
            float[] x,
            int tokens,
            float[] out,
            int outOff,
            int outStride,
            int from,
            int to) {
        matmul(ISA == null ? Isa.AVX2 : ISA, Kind.Q4_K, w, cols, x, tokens, out, outOff, outStride, from, to);
    }

    /** {@link #matmulQ4_K} through the passes of {@code isa}, for tests and benchmarks to compare them. */
    static void matmulQ4_K(
            Isa isa,
            MemorySegment w,
            int cols,
            float[] x,
            int tokens,
            float[] out,
            int outOff,
            int outStride,
            int from,
            int to) {
        matmul(isa, Kind.Q4_K, w, cols, x, tokens, out, outOff, outStride, from, to);
    }

    /**
     * Rows [from, to) of the interleaved Q5_K product ({@link Q5Kx8Tensor}), the bits of {@link
     * Q8Activations#matmulQ5Kx8}: whole 8-row groups through the AVX2 passes, the other rows through that reference.
     *
     * @throws IllegalStateException where the AVX2 passes do not run
     */
    static void matmulQ5_K(
            MemorySegment w,
            int cols,
            float[] x,
            int tokens,
            float[] out,
            int outOff,
            int outStride,
            int from,
            int to) {
        matmul(Isa.AVX2, Kind.Q5_K, w, cols, x, tokens, out, outOff, outStride, from, to);
    }

    /**
     * Rows [from, to) of the interleaved Q6_K product ({@link Q6Kx8Tensor}), the bits of {@link
     * Q8Activations#matmulQ6Kx8}: whole 8-row groups through the passes (VNNI where the kernels take those, else
     * AVX2), the other rows through that reference.
     *
     * @throws IllegalStateException where the AVX2 passes do not run
     */
    static void matmulQ6_K(
            MemorySegment w,
            int cols,
            float[] x,
            int tokens,
            float[] out,
            int outOff,
            int outStride,
            int from,
            int to) {
        matmul(ISA == null ? Isa.AVX2 : ISA, Kind.Q6_K, w, cols, x, tokens, out, outOff, outStride, from, to);
    }

    /** {@link #matmulQ6_K} through the passes of {@code isa}, for tests and benchmarks to compare them. */
    static void matmulQ6_K(
            Isa isa,
            MemorySegment w,
            int cols,
            float[] x,
            int tokens,
            float[] out,
            int outOff,
            int outStride,
            int from,
            int to) {
        matmul(isa, Kind.Q6_K, w, cols, x, tokens, out, outOff, outStride, from, to);
    }

    private static void matmul(
            Isa isa,
            Kind kind,
            MemorySegment w,
            int cols,
            float[] x,
            int tokens,
            float[] out,
            int outOff,
            int outStride,
            int from,
            int to) {
        isa = kind.isa(isa);
        if (isa == null || !RUNNING.contains(isa)) {
            throw new IllegalStateException("the " + (isa == null ? "integer" : isa) + " passes do not run here");
        }
        Scratch s = rounded(x, tokens, cols);
        int g0 = Math.min((from + 7) / 8, to / 8);
        int g1 = Math.max(g0, to / 8);
        int units = (g1 - g0) / isa.groups;
        int blocks = cols / BLOCK;
        int columnUnits = cols / kind.unitColumns;
        long groupBytes = (long) columnUnits * kind.unitBytes;
        if (g1 > g0 && w.isNative()) {
            MemorySegment xq = MemorySegment.ofArray(s.quants);
            MemorySegment aux = MemorySegment.ofArray(kind.halves ? s.halves() : s.aux);
            MemorySegment o = MemorySegment.ofArray(out);
            int u0 = 0;
            if (tokens == 1 && units >= isa.regions && kind.regions) {
                // one token: the regions of units side by side (four read streams)
                int part = units / isa.regions;
                call(
                        kind.regions(isa),
                        w.address() + g0 * groupBytes,
                        (long) part << 32 | columnUnits,
                        xq,
                        aux,
                        o,
                        4L * (outOff + 8 * g0),
                        (long) isa.groups * part);
                u0 = isa.regions * part;
            }
            for (int g = g0 + isa.groups * u0; g < g1; ) {
                // a group left without a pair takes the AVX2 pass of its type (the same bits)
                Isa form = g1 - g >= isa.groups ? isa : Isa.AVX2;
                int n = Math.min(GROUPS_PER_CHUNK, g1 - g) / form.groups;
                long counts = (long) n << 32 | columnUnits | (kind.skipsPrefetch(form) ? NO_PREFETCH : 0);
                for (int t0 = 0; t0 < tokens; t0 += TILE) {
                    call(
                            kind.pass(form, Math.min(TILE, tokens - t0)),
                            w.address() + g * groupBytes,
                            counts,
                            xq.asSlice((long) t0 * cols),
                            aux.asSlice(4L * kind.auxInts() * t0 * blocks),
                            o,
                            4L * (outOff + t0 * outStride + 8 * g),
                            4L * outStride);
                }
                g += n * form.groups;
            }
        } else {
            g1 = g0;
        }
        edges(kind, w, cols, x, s, tokens, out, outOff, outStride, from, Math.min(to, 8 * g0));
        edges(kind, w, cols, x, s, tokens, out, outOff, outStride, Math.max(from, 8 * g1), to);
    }

    /** Rows [from, to) through the Java reference of the type. */
    private static void edges(
            Kind kind,
            MemorySegment w,
            int cols,
            float[] x,
            Scratch s,
            int tokens,
            float[] out,
            int outOff,
            int outStride,
            int from,
            int to) {
        if (from >= to) {
            return;
        }
        switch (kind) {
            case Q8_0 -> reference(w, cols, Q8_0x8RunsTensor.RUN, s, tokens, out, outOff, outStride, from, to);
            case Q4_0 -> Q8Activations.matmulQ4_0x8(w, cols, x, tokens, out, outOff, outStride, from, to);
            case IQ4_XS -> referenceIQ4_XS(w, cols, s, tokens, out, outOff, outStride, from, to);
            case Q4_K -> Q8Activations.matmulQ4Kx8(w, cols, x, tokens, out, outOff, outStride, from, to);
            case Q5_K -> Q8Activations.matmulQ5Kx8(w, cols, x, tokens, out, outOff, outStride, from, to);
            case Q6_K -> Q8Activations.matmulQ6Kx8(w, cols, x, tokens, out, outOff, outStride, from, to);
        }
    }

    /** Pass {@code pass} ({@link Kind}) with its output at byte {@code outByte}. */
    private static void call(
            int pass,
            long w,
            long counts,
            MemorySegment xq,
            MemorySegment aux,
            MemorySegment out,
            long outByte,
            long last) {
        try {
            PASSES[pass].invokeExact(w, counts, xq, aux, out.asSlice(outByte), last);
        } catch (Throwable e) {
            throw new IllegalStateException("machine-code pass " + pass + " failed", e);
        }
    }

    /**
     * Rows [from, to) of the product from the rounded activations in {@code s}, in Java: per block the exact integer
     * sum of q_w * q_x, then {@code out = fma(float(sum), d_w * d_x, out)} in block order; the payload in runs of
     * {@code run} values a row ({@link Interleaved8#payloadOffset}: 1 for {@link Q8_0x8Tensor}, 4 for {@link
     * Q8_0x8RunsTensor}).
     */
    static void reference(
            MemorySegment w,
            int cols,
            int run,
            Scratch s,
            int tokens,
            float[] out,
            int outOff,
            int outStride,
            int from,
            int to) {
        reference(
                w,
                cols,
                Q8_0x8Tensor.GROUP_BLOCK_BYTES,
                (m, off, j, lane) -> Layouts.i8(m, off + Interleaved8.payloadOffset(j, lane, run)),
                (m, off, lane) -> Layouts.f16(m, off + 2L * lane),
                s,
                tokens,
                out,
                outOff,
                outStride,
                from,
                to);
    }

    /**
     * Rows [from, to) of an {@link IQ4_XSx8Tensor}'s product from the rounded activations in {@code s}, in Java: per
     * block the exact integer sum of t * q_x (t the table value of the code), then {@code out = fma(float(sum), d_w *
     * d_x, out)} in block order, d_w the block's float scale.
     */
    static void referenceIQ4_XS(
            MemorySegment w,
            int cols,
            Scratch s,
            int tokens,
            float[] out,
            int outOff,
            int outStride,
            int from,
            int to) {
        reference(
                w,
                cols,
                IQ4_XSx8Tensor.GROUP_BLOCK_BYTES,
                IQ4_XSx8Tensor::code,
                IQ4_XSx8Tensor::scale,
                s,
                tokens,
                out,
                outOff,
                outStride,
                from,
                to);
    }

    /** Row {@code lane}'s integer value j of the interleaved block at {@code off}. */
    @FunctionalInterface
    private interface BlockCode {
        int at(MemorySegment w, long off, int j, int lane);
    }

    /** Row {@code lane}'s scale in the interleaved block at {@code off}. */
    @FunctionalInterface
    private interface BlockScale {
        float at(MemorySegment w, long off, int lane);
    }

    /** What {@link #reference} and {@link #referenceIQ4_XS} share: 32-value blocks of {@code groupBlockBytes}. */
    private static void reference(
            MemorySegment w,
            int cols,
            int groupBlockBytes,
            BlockCode code,
            BlockScale scale,
            Scratch s,
            int tokens,
            float[] out,
            int outOff,
            int outStride,
            int from,
            int to) {
        int blocks = cols / BLOCK;
        for (int r = from; r < to; r++) {
            int lane = r % 8;
            for (int t = 0; t < tokens; t++) {
                float acc = 0f;
                for (int b = 0; b < blocks; b++) {
                    long off = ((long) (r / 8) * blocks + b) * groupBlockBytes;
                    int q = s.quantOffset(t, b, cols);
                    int sum = 0;
                    for (int j = 0; j < BLOCK; j++) {
                        sum += code.at(w, off, j, lane) * s.quants[q + j];
                    }
                    acc = Math.fma((float) sum, scale.at(w, off, lane) * s.scale(t, b, blocks), acc);
                }
                out[outOff + t * outStride + r] = acc;
            }
        }
    }

    /** {@link #referenceIQ4_XS} of x's rows, rounded here (tests compare the passes with it). */
    static void referenceIQ4_XS(
            MemorySegment w,
            int cols,
            float[] x,
            int tokens,
            float[] out,
            int outOff,
            int outStride,
            int from,
            int to) {
        referenceIQ4_XS(w, cols, rounded(x, tokens, cols), tokens, out, outOff, outStride, from, to);
    }

    /**
     * This thread's scratch holding x's {@code tokens} rows of {@code cols} rounded: rounded now unless the thread
     * rounded the same array for the same {@link ParallelRows#job()} already (a parallel job does not change its
     * inputs, and its pieces, and the matrices it fuses, read the same ones).
     */
    static Scratch rounded(float[] x, int tokens, int cols) {
        Scratch s = SCRATCH.get();
        long job = ParallelRows.job();
        if (job == 0 || job != s.job || x != s.source || tokens != s.tokens || cols != s.cols) {
            s.round(x, tokens, cols);
            s.job = job;
        }
        return s;
    }

    /**
     * Activations rounded for the passes, token tile by tile (tiles of {@link #TILE}, the last one shorter): tile
     * i's bytes from {@code i * TILE * cols} on, block-major ({@code (b * T + t) * 32 + j} for a tile of T tokens);
     * its ints from {@code 2 * i * TILE * blocks} on, per (b, t) the scale's bits, then {@code -128 * sum q}.
     */
    static final class Scratch {
        byte[] quants = new byte[0];
        int[] aux = new int[0];
        float[] source;
        int tokens;
        int cols;
        long job;

        /** What {@link #halves()} gives, and whether it holds the activations rounded last. */
        private int[] halves = new int[0];

        private boolean halvesReady;

        /**
         * As {@link #aux} with 3 ints per (b, t) in its order: the scale's bits, then {@code -32 * sum q} over the
         * block's values 0-15 and over 16-31 (the Q6_K passes: their codes' offset). Made on first use after each
         * rounding.
         */
        int[] halves() {
            if (!halvesReady) {
                int blocks = cols / BLOCK;
                if (halves.length < 3 * tokens * blocks) {
                    halves = new int[3 * tokens * blocks];
                }
                for (int t = 0; t < tokens; t++) {
                    for (int b = 0; b < blocks; b++) {
                        int a = auxOffset(t, b, blocks, tokens);
                        int h = a / 2 * 3;
                        int q = quantOffset(t, b, cols);
                        halves[h] = aux[a];
                        halves[h + 1] = -32 * sum(q, q + BLOCK / 2);
                        halves[h + 2] = -32 * sum(q + BLOCK / 2, q + BLOCK);
                    }
                }
                halvesReady = true;
            }
            return halves;
        }

        private int sum(int from, int to) {
            int sum = 0;
            for (int i = from; i < to; i++) {
                sum += quants[i];
            }
            return sum;
        }

        /**
         * Rounds x's {@code tokens} rows of {@code cols} as {@link Q8Activations} does: through the machine code
         * where the passes run and there are {@link #MACHINE_ROUNDING_FROM} values or more, else the Java loop (the
         * same bits).
         */
        void round(float[] x, int tokens, int cols) {
            if (PASSES != null && tokens * cols >= MACHINE_ROUNDING_FROM) {
                roundInMachineCode(x, tokens, cols);
            } else {
                roundInJava(x, tokens, cols);
            }
        }

        /** {@link #round} through the machine code, one call a tile (only where the passes run). */
        void roundInMachineCode(float[] x, int tokens, int cols) {
            if (PASSES == null) {
                throw new IllegalStateException("the machine-code passes do not run here");
            }
            int blocks = size(x, tokens, cols);
            MemorySegment xq = MemorySegment.ofArray(quants);
            MemorySegment xa = MemorySegment.ofArray(aux);
            MemorySegment source = MemorySegment.ofArray(x);
            for (int t0 = 0; t0 < tokens; t0 += TILE) {
                call(
                        ROUND,
                        0,
                        blocks,
                        xq.asSlice((long) t0 * cols),
                        xa.asSlice(8L * t0 * blocks),
                        source,
                        4L * t0 * cols,
                        Math.min(TILE, tokens - t0));
            }
        }

        /** {@link #round} in Java, 16 values a vector where the JVM has 512-bit vectors, else 8. */
        void roundInJava(float[] x, int tokens, int cols) {
            int blocks = size(x, tokens, cols);
            for (int t = 0; t < tokens; t++) {
                for (int b = 0; b < blocks; b++) {
                    int xo = t * cols + b * BLOCK;
                    FloatVector amax = FloatVector.zero(F);
                    for (int k = 0; k < BLOCK; k += F.length()) {
                        amax = amax.max(FloatVector.fromArray(F, x, xo + k).abs());
                    }
                    float d = Q8Activations.scale(amax.reduceLanes(VectorOperators.MAX));
                    float inverse = Q8Activations.inverse(d);
                    int q = quantOffset(t, b, cols);
                    IntVector sum = IntVector.zero(I);
                    for (int k = 0; k < BLOCK; k += F.length()) {
                        IntVector qk = Q8Activations.round(FloatVector.fromArray(F, x, xo + k), inverse);
                        ((ByteVector) qk.convertShape(VectorOperators.I2B, B, 0)).intoArray(quants, q + k);
                        sum = sum.add(qk);
                    }
                    int a = auxOffset(t, b, blocks, tokens);
                    aux[a] = Float.floatToRawIntBits(d);
                    aux[a + 1] = -128 * sum.reduceLanes(VectorOperators.ADD);
                }
            }
        }

        /** Takes x's {@code tokens} rows of {@code cols} as the source, the arrays grown to hold them; their blocks. */
        private int size(float[] x, int tokens, int cols) {
            int blocks = cols / BLOCK;
            this.source = x;
            this.tokens = tokens;
            this.cols = cols;
            this.halvesReady = false;
            if (quants.length < tokens * cols) {
                quants = new byte[tokens * cols];
                aux = new int[2 * tokens * blocks];
            }
            return blocks;
        }

        /** Where token t's block b starts in {@link #quants}. */
        int quantOffset(int t, int b, int cols) {
            int tile = t / TILE;
            int size = Math.min(TILE, tokens - tile * TILE);
            return tile * TILE * cols + (b * size + t % TILE) * BLOCK;
        }

        /** Where token t's block b's scale starts in {@link #aux} (its offset term follows). */
        private int auxOffset(int t, int b, int blocks, int tokens) {
            int tile = t / TILE;
            int size = Math.min(TILE, tokens - tile * TILE);
            return 2 * (tile * TILE * blocks + b * size + t % TILE);
        }

        /** Token t's block b's scale. */
        float scale(int t, int b, int blocks) {
            return Float.intBitsToFloat(aux[auxOffset(t, b, blocks, tokens)]);
        }
    }

    /** The passes {@code -Djrag.engine.q8=} leaves: none for float, AVX2 for avx2, else the widest that runs. */
    private static Isa choose(String property) {
        if (property.equals("float")) {
            return null;
        }
        if (!property.equals("avx2") && available(Isa.VNNI)) {
            return Isa.VNNI;
        }
        return available(Isa.AVX2) ? Isa.AVX2 : null;
    }

    private static MethodHandle[] load() {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("linux")
                || !"amd64".equals(System.getProperty("os.arch"))
                || !CpuModel.current().flags().containsAll(Isa.AVX2.flags)
                || ENTRIES.length != ROUND + 1) {
            return null;
        }
        try {
            byte[] code;
            try (InputStream in = IntegerPasses.class.getResourceAsStream("passes.bin")) {
                if (in == null) {
                    return null;
                }
                code = in.readAllBytes();
            }
            MemorySegment region = LibC.executable(code).orElse(null);
            if (region == null) {
                return null;
            }
            FunctionDescriptor pass = FunctionDescriptor.ofVoid(
                    ValueLayout.JAVA_LONG,
                    ValueLayout.JAVA_LONG,
                    ValueLayout.ADDRESS,
                    ValueLayout.ADDRESS,
                    ValueLayout.ADDRESS,
                    ValueLayout.JAVA_LONG);
            MethodHandle[] passes = new MethodHandle[ENTRIES.length];
            for (int i = 0; i < ENTRIES.length; i++) {
                passes[i] = Linker.nativeLinker()
                        .downcallHandle(region.asSlice(ENTRIES[i]), pass, Linker.Option.critical(true));
            }
            return passes;
        } catch (Throwable t) {
            return null;
        }
    }
}
