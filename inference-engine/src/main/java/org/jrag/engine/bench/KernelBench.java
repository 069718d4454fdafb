package org.jrag.engine.bench;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.ByteOrder;
import java.util.Locale;
import java.util.SplittableRandom;
import org.jrag.engine.gguf.GgmlType;
import org.jrag.engine.tensor.MatrixVector;
import org.jrag.engine.tensor.MatrixVector.BatchKernel;
import org.jrag.engine.tensor.PanamaTensorKernels;
import org.jrag.engine.tensor.Q4_0Tensor;
import org.jrag.engine.tensor.Q4_0x8Tensor;
import org.jrag.engine.tensor.Q8_0Tensor;
import org.jrag.engine.tensor.Q8_0x8RunsTensor;
import org.jrag.engine.tensor.Q8_0x8Tensor;
import org.jrag.engine.tensor.Tensor;
import org.jrag.engine.tensor.TensorKernels;

/**
 * Side-by-side decode kernel timing that a busy machine cannot skew much: one thread, the row-major and the 8-row
 * interleaved matrix-vector product of the same random Q8_0 / Q4_0 matrix measured alternately, each round timed
 * in thread CPU time, best round kept. Prints G multiply-adds per CPU-second and the ratio. Shapes: the
 * SmolLM2-135M and Llama-3.2-1B projections (rows x cols). Run by hand:
 *
 * <pre>
 * java --add-modules jdk.incubator.vector -cp target/classes org.jrag.engine.bench.KernelBench [rounds [Q8_0|Q4_0 [prefill [tokens] | small [maxTokens] | integer [maxTokens] | wide | round]]]
 * </pre>
 *
 * With {@code small}, the interleaved product for 1 to {@code maxTokens} (default 8) tokens, the kernels that take
 * tokens beyond the 4-token passes one at a time ({@link PanamaTensorKernels#tokenAtATimeRemainders()}) against
 * the current ones, alternately, one thread, best round; CPU time per product relative to 1 token, and new / old.
 *
 * With {@code integer}, the interleaved Q4_0 (or with {@code Q8_0}, Q8_0) product for 1 to {@code maxTokens}
 * (default 4) tokens, the float kernels on exact activations ({@link PanamaTensorKernels#floatQ4_0()}, {@link
 * PanamaTensorKernels#floatQ8_0()}) against the integer kernels on 8-bit activations (the machine-code passes where
 * AVX-512 VNNI or AVX2 runs them, {@code -Djrag.engine.q8=avx2} for the AVX2 ones where both do; with {@code
 * -Djrag.engine.q8=float} Q8_0 the same float kernels, Q4_0 the Vector API integer kernels), alternately, one thread,
 * best round; G multiply-adds per CPU-second and new / old. Shapes: the SmolLM2-135M and Llama-3.2-1B projections and
 * the 1B output matrix.
 *
 * With {@code round}, the rounding of 1 and 8 rows of activations to the integer passes' 8-bit blocks: the Java
 * vector loop against the machine code (the same bits), alternately, one thread, best round; CPU nanoseconds a value
 * and old / new.
 *
 * With {@code wide} (Q8_0), the interleaved product for 8 and 16 tokens on 256-bit vectors ({@link
 * PanamaTensorKernels#narrowVectors()}) against the 512-bit passes, alternately, one thread, best round; G
 * multiply-adds per CPU-second and new / old (the same on a CPU without AVX-512). Shapes: the SmolLM2-135M and
 * Llama-3.2-1B projections and the 135M output matrix.
 *
 * With {@code prefill}, the batched product of a micro-batch of {@code tokens} (default 128) activations with the
 * interleaved matrix instead: the previous decoded-rows path against the register-blocked panels, same matrix,
 * alternately, one thread, best round.
 */
public final class KernelBench {
    private static final int[][] SHAPES = {
        {576, 576}, {1536, 576}, {576, 1536}, {2048, 2048}, {8192, 2048}, {2048, 8192}
    };

    private KernelBench() {}

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        GgmlType[] types = args.length > 1
                ? new GgmlType[] {GgmlType.valueOf(args[1])}
                : new GgmlType[] {GgmlType.Q8_0, GgmlType.Q4_0};
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        TensorKernels kernels = TensorKernels.preferred();
        if (args.length > 2 && "small".equals(args[2])) {
            small(mx, rounds, types, args.length > 3 ? Integer.parseInt(args[3]) : 8);
            return;
        }
        if (args.length > 2 && "integer".equals(args[2])) {
            integer(mx, rounds, types[0], args.length > 3 ? Integer.parseInt(args[3]) : 4);
            return;
        }
        if (args.length > 2 && "round".equals(args[2])) {
            round(mx, rounds);
            return;
        }
        if (args.length > 2 && "wide".equals(args[2])) {
            wide(mx, rounds);
            return;
        }
        if (args.length > 2 && "prefill".equals(args[2])) {
            prefill(mx, kernels, rounds, types, args.length > 3 ? Integer.parseInt(args[3]) : 128);
            return;
        }
        System.out.printf(
                Locale.ROOT,
                "KernelBench: %s, best of %d rounds, 1 thread%n",
                kernels.getClass().getSimpleName(),
                rounds);
        System.out.println("| type | rows x cols | row-major G MAC/s | interleaved G MAC/s | ratio |");
        System.out.println("| --- | --- | ---: | ---: | ---: |");
        for (GgmlType type : types) {
            for (int[] shape : SHAPES) {
                int rows = shape[0];
                int cols = shape[1];
                try (Arena arena = Arena.ofShared()) {
                    Tensor rowMajor = randomMatrix(type, rows, cols, arena);
                    Tensor interleaved = rowMajor instanceof Q8_0Tensor q
                            ? Q8_0x8RunsTensor.repackForKernels(q, cols, arena).orElseThrow()
                            : Q4_0x8Tensor.repack((Q4_0Tensor) rowMajor, cols, arena)
                                    .orElseThrow();
                    float[] x = gaussian(cols);
                    float[] out = new float[rows];
                    // enough products per round for ~5 ms of work at 5 G MAC/s
                    int reps = (int) Math.max(1, 25_000_000L / ((long) rows * cols));
                    double best0 = 0;
                    double best1 = 0;
                    for (int round = 0; round < rounds; round++) {
                        best0 = Math.max(best0, rate(mx, rowMajor, rows, cols, x, out, reps, kernels));
                        best1 = Math.max(best1, rate(mx, interleaved, rows, cols, x, out, reps, kernels));
                    }
                    System.out.printf(
                            Locale.ROOT,
                            "| %s | %d x %d | %.2f | %.2f | %.2fx |%n",
                            type,
                            rows,
                            cols,
                            best0,
                            best1,
                            best1 / best0);
                }
            }
        }
    }

    private static void prefill(ThreadMXBean mx, TensorKernels kernels, int rounds, GgmlType[] types, int tokens) {
        System.out.printf(
                Locale.ROOT,
                "KernelBench prefill: %s, %d tokens, best of %d rounds, 1 thread%n",
                kernels.getClass().getSimpleName(),
                tokens,
                rounds);
        System.out.println("| type | rows x cols | decoded rows G MAC/s | panels G MAC/s | ratio |");
        System.out.println("| --- | --- | ---: | ---: | ---: |");
        for (GgmlType type : types) {
            for (int[] shape : SHAPES) {
                int rows = shape[0];
                int cols = shape[1];
                try (Arena arena = Arena.ofShared()) {
                    Tensor rowMajor = randomMatrix(type, rows, cols, arena);
                    Tensor w = rowMajor instanceof Q8_0Tensor q
                            ? Q8_0x8Tensor.repack(q, cols, arena).orElseThrow()
                            : Q4_0x8Tensor.repack((Q4_0Tensor) rowMajor, cols, arena)
                                    .orElseThrow();
                    float[] x = gaussian(tokens * cols);
                    float[] out = new float[tokens * rows];
                    // enough products per round for ~20 ms of work at 10 G MAC/s
                    int reps = (int) Math.max(1, 200_000_000L / ((long) rows * cols * tokens));
                    double best0 = 0;
                    double best1 = 0;
                    for (int round = 0; round < rounds; round++) {
                        best0 = Math.max(
                                best0,
                                batchRate(mx, w, rows, cols, x, tokens, out, reps, kernels, BatchKernel.DECODED_ROWS));
                        best1 = Math.max(
                                best1, batchRate(mx, w, rows, cols, x, tokens, out, reps, kernels, BatchKernel.PANELS));
                    }
                    System.out.printf(
                            Locale.ROOT,
                            "| %s | %d x %d | %.2f | %.2f | %.2fx |%n",
                            type,
                            rows,
                            cols,
                            best0,
                            best1,
                            best1 / best0);
                }
            }
        }
    }

    private static void small(ThreadMXBean mx, int rounds, GgmlType[] types, int maxTokens) {
        TensorKernels before = PanamaTensorKernels.tokenAtATimeRemainders();
        TensorKernels after = new PanamaTensorKernels();
        System.out.printf(
                Locale.ROOT,
                "KernelBench small batches: 1-%d tokens, best of %d rounds, 1 thread; CPU time per product relative"
                        + " to 1 token (old kernel's 1 token for both)%n",
                maxTokens,
                rounds);
        System.out.println("| type | rows x cols | tokens | old | new | new / old time |");
        System.out.println("| --- | --- | ---: | ---: | ---: | ---: |");
        for (GgmlType type : types) {
            for (int[] shape : SHAPES) {
                int rows = shape[0];
                int cols = shape[1];
                try (Arena arena = Arena.ofShared()) {
                    Tensor rowMajor = randomMatrix(type, rows, cols, arena);
                    Tensor w = rowMajor instanceof Q8_0Tensor q
                            ? Q8_0x8Tensor.repack(q, cols, arena).orElseThrow()
                            : Q4_0x8Tensor.repack((Q4_0Tensor) rowMajor, cols, arena)
                                    .orElseThrow();
                    float[] x = gaussian(maxTokens * cols);
                    float[] out = new float[maxTokens * rows];
                    double one = 0;
                    for (int tokens = 1; tokens <= maxTokens; tokens++) {
                        // enough products per round for ~5 ms of work at 5 G MAC/s
                        int reps = (int) Math.max(1, 25_000_000L / ((long) rows * cols * tokens));
                        double best0 = 0;
                        double best1 = 0;
                        for (int round = 0; round < rounds; round++) {
                            best0 = Math.max(
                                    best0,
                                    batchRate(mx, w, rows, cols, x, tokens, out, reps, before, BatchKernel.PANELS));
                            best1 = Math.max(
                                    best1,
                                    batchRate(mx, w, rows, cols, x, tokens, out, reps, after, BatchKernel.PANELS));
                        }
                        // time per product is tokens / rate; relative to the old 1-token time
                        if (tokens == 1) {
                            one = Math.max(best0, best1);
                        }
                        System.out.printf(
                                Locale.ROOT,
                                "| %s | %d x %d | %d | %.2fx | %.2fx | %.2f |%n",
                                type,
                                rows,
                                cols,
                                tokens,
                                tokens * one / best0,
                                tokens * one / best1,
                                best0 / best1);
                    }
                }
            }
        }
    }

    private static void integer(ThreadMXBean mx, int rounds, GgmlType type, int maxTokens) {
        boolean q8 = type == GgmlType.Q8_0;
        TensorKernels before = q8 ? PanamaTensorKernels.floatQ8_0() : PanamaTensorKernels.floatQ4_0();
        TensorKernels after = new PanamaTensorKernels();
        int[][] shapes = {{576, 576}, {1536, 576}, {576, 1536}, {2048, 2048}, {8192, 2048}, {2048, 8192}, {128256, 2048}
        };
        System.out.printf(
                Locale.ROOT,
                "KernelBench %s activations: 1-%d tokens, best of %d rounds, 1 thread; float (old) vs 8-bit"
                        + " integer (new) kernels%s%n",
                type,
                maxTokens,
                rounds,
                ", integer passes here: " + PanamaTensorKernels.integerPasses());
        System.out.println("| rows x cols | tokens | float G MAC/s | integer G MAC/s | new / old |");
        System.out.println("| --- | ---: | ---: | ---: | ---: |");
        for (int[] shape : shapes) {
            int rows = shape[0];
            int cols = shape[1];
            try (Arena arena = Arena.ofShared()) {
                Tensor rowMajor = randomMatrix(type, rows, cols, arena);
                // Q8_0: the float kernels' column order against the order the integer kernels take
                Tensor w = q8
                        ? Q8_0x8Tensor.repack((Q8_0Tensor) rowMajor, cols, arena)
                                .orElseThrow()
                        : Q4_0x8Tensor.repack((Q4_0Tensor) rowMajor, cols, arena)
                                .orElseThrow();
                Tensor integer = q8
                        ? Q8_0x8RunsTensor.repackForKernels((Q8_0Tensor) rowMajor, cols, arena)
                                .orElseThrow()
                        : w;
                float[] x = gaussian(maxTokens * cols);
                float[] out = new float[maxTokens * rows];
                // the first shape longer: most of the compiling happens then
                warmUp(
                        w,
                        integer,
                        rows,
                        cols,
                        x,
                        maxTokens,
                        out,
                        before,
                        after,
                        shape == shapes[0] ? 4_000_000_000L : 500_000_000L);
                for (int tokens = 1; tokens <= maxTokens; tokens++) {
                    // enough products per round for ~5 ms of work at 5 G MAC/s
                    int reps = (int) Math.max(1, 25_000_000L / ((long) rows * cols * tokens));
                    printPair(mx, rounds, w, integer, rows, cols, x, tokens, out, reps, before, after);
                }
            }
        }
    }

    /**
     * Runs both kernels ({@code before} on {@code w0}, {@code after} on {@code w1}) for every token count for {@code
     * nanos} before they are timed: C2 compiles the integer kernels' Vector API code (the rounding of the activations)
     * only after thousands of calls, and until then it runs ~100x slower, which a small shape's few products (~75 a
     * round) would time.
     */
    private static void warmUp(
            Tensor w0,
            Tensor w1,
            int rows,
            int cols,
            float[] x,
            int maxTokens,
            float[] out,
            TensorKernels before,
            TensorKernels after,
            long nanos) {
        long end = System.nanoTime() + nanos;
        while (System.nanoTime() < end) {
            for (int tokens = 1; tokens <= maxTokens; tokens++) {
                MatrixVector.rows(w0, cols, x, tokens, out, 0, rows, 0, rows, before, BatchKernel.PANELS);
                MatrixVector.rows(w1, cols, x, tokens, out, 0, rows, 0, rows, after, BatchKernel.PANELS);
            }
        }
    }

    private static void round(ThreadMXBean mx, int rounds) {
        System.out.printf(
                Locale.ROOT,
                "KernelBench rounding of activations: best of %d rounds, 1 thread; the Java vector loop (old) vs the"
                        + " machine code (new; passes here: %s)%n",
                rounds,
                PanamaTensorKernels.integerPasses());
        System.out.println("| tokens x cols | Java ns a value | machine code ns a value | old / new |");
        System.out.println("| --- | ---: | ---: | ---: |");
        for (int tokens : new int[] {1, 8}) {
            for (int cols : new int[] {576, 1536, 2048, 8192}) {
                float[] x = gaussian(tokens * cols);
                // enough rows per round for ~2 ms of work at 1 ns a value
                int reps = Math.max(1, 2_000_000 / (tokens * cols));
                double best0 = Double.MAX_VALUE;
                double best1 = Double.MAX_VALUE;
                for (int round = 0; round < rounds; round++) {
                    best0 = Math.min(best0, roundingNanos(mx, x, tokens, cols, reps, true));
                    best1 = Math.min(best1, roundingNanos(mx, x, tokens, cols, reps, false));
                }
                System.out.printf(
                        Locale.ROOT, "| %d x %d | %.3f | %.3f | %.2fx |%n", tokens, cols, best0, best1, best0 / best1);
            }
        }
    }

    /** CPU nanoseconds a value of reps roundings of x's tokens rows of cols. */
    private static double roundingNanos(ThreadMXBean mx, float[] x, int tokens, int cols, int reps, boolean inJava) {
        long t0 = mx.getCurrentThreadCpuTime();
        for (int i = 0; i < reps; i++) {
            PanamaTensorKernels.roundActivations(x, tokens, cols, inJava);
        }
        long t1 = mx.getCurrentThreadCpuTime();
        return (double) (t1 - t0) / ((long) reps * tokens * cols);
    }

    private static void wide(ThreadMXBean mx, int rounds) {
        TensorKernels before = PanamaTensorKernels.narrowVectors();
        TensorKernels after = PanamaTensorKernels.wideVectorsSupported()
                ? PanamaTensorKernels.wideVectors()
                : PanamaTensorKernels.narrowVectors();
        int[][] shapes = {{576, 576}, {1536, 576}, {576, 1536}, {49152, 576}, {2048, 2048}, {8192, 2048}, {2048, 8192}};
        System.out.printf(
                Locale.ROOT,
                "KernelBench Q8_0 8- and 16-token passes: best of %d rounds, 1 thread; 256-bit (old) vs 512-bit (new),"
                        + " 512-bit offered: %b, used by default: %b%n",
                rounds,
                PanamaTensorKernels.wideVectorsSupported(),
                PanamaTensorKernels.wideVectorsAvailable());
        System.out.println("| rows x cols | tokens | 256-bit G MAC/s | 512-bit G MAC/s | new / old |");
        System.out.println("| --- | ---: | ---: | ---: | ---: |");
        for (int[] shape : shapes) {
            int rows = shape[0];
            int cols = shape[1];
            try (Arena arena = Arena.ofShared()) {
                Tensor w = Q8_0x8Tensor.repack((Q8_0Tensor) randomMatrix(GgmlType.Q8_0, rows, cols, arena), cols, arena)
                        .orElseThrow();
                float[] x = gaussian(16 * cols);
                float[] out = new float[16 * rows];
                for (int tokens = 8; tokens <= 16; tokens += 8) {
                    // enough products per round for ~10 ms of work at 20 G MAC/s
                    int reps = (int) Math.max(1, 200_000_000L / ((long) rows * cols * tokens));
                    printPair(mx, rounds, w, w, rows, cols, x, tokens, out, reps, before, after);
                }
            }
        }
    }

    /**
     * The best of {@code rounds} rates of the batched product through {@code before} and {@code after}, alternately,
     * as a table row: rows x cols, tokens, both rates and after / before.
     */
    private static void printPair(
            ThreadMXBean mx,
            int rounds,
            Tensor w0,
            Tensor w1,
            int rows,
            int cols,
            float[] x,
            int tokens,
            float[] out,
            int reps,
            TensorKernels before,
            TensorKernels after) {
        double best0 = 0;
        double best1 = 0;
        for (int round = 0; round < rounds; round++) {
            best0 = Math.max(best0, batchRate(mx, w0, rows, cols, x, tokens, out, reps, before, BatchKernel.PANELS));
            best1 = Math.max(best1, batchRate(mx, w1, rows, cols, x, tokens, out, reps, after, BatchKernel.PANELS));
        }
        System.out.printf(
                Locale.ROOT,
                "| %d x %d | %d | %.2f | %.2f | %.2fx |%n",
                rows,
                cols,
                tokens,
                best0,
                best1,
                best1 / best0);
    }

    /** G multiply-adds per CPU-second of reps batched products over all rows. */
    private static double batchRate(
            ThreadMXBean mx,
            Tensor w,
            int rows,
            int cols,
            float[] x,
            int tokens,
            float[] out,
            int reps,
            TensorKernels kernels,
            BatchKernel batchKernel) {
        long t0 = mx.getCurrentThreadCpuTime();
        for (int i = 0; i < reps; i++) {
            MatrixVector.rows(w, cols, x, tokens, out, 0, rows, 0, rows, kernels, batchKernel);
        }
        long t1 = mx.getCurrentThreadCpuTime();
        return (double) rows * cols * tokens * reps / Math.max(1, t1 - t0);
    }

    /** G multiply-adds per CPU-second of reps single-token products over all rows. */
    private static double rate(
            ThreadMXBean mx, Tensor w, int rows, int cols, float[] x, float[] out, int reps, TensorKernels kernels) {
        long t0 = mx.getCurrentThreadCpuTime();
        for (int i = 0; i < reps; i++) {
            MatrixVector.rows(w, cols, x, 1, out, 0, rows, 0, rows, kernels);
        }
        long t1 = mx.getCurrentThreadCpuTime();
        return (double) rows * cols * reps / Math.max(1, t1 - t0);
    }

    /** n standard-normal activations, the same for every mode and shape (seed 7). */
    private static float[] gaussian(int n) {
        float[] x = new float[n];
        SplittableRandom rnd = new SplittableRandom(7);
        for (int i = 0; i < n; i++) {
            x[i] = (float) rnd.nextGaussian();
        }
        return x;
    }

    /** Random codes with fp16 scales of ~0.01, as {@link RandomModelFiles} draws them. */
    private static Tensor randomMatrix(GgmlType type, int rows, int cols, Arena arena) {
        long n = (long) rows * cols;
        MemorySegment s = arena.allocate(type.bytesFor(n), 64);
        SplittableRandom rnd = new SplittableRandom(type.id());
        for (long i = 0; i < s.byteSize(); i++) {
            s.set(ValueLayout.JAVA_BYTE, i, (byte) rnd.nextInt(256));
        }
        ValueLayout.OfShort i16 = ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
        for (long b = 0; b < s.byteSize(); b += type.blockBytes()) {
            s.set(i16, b, Float.floatToFloat16(0.01f * (float) (rnd.nextDouble() + 0.1)));
        }
        return Tensor.of(type, s, n);
    }
}
