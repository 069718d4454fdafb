package org.jrag.engine.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import org.jrag.engine.gguf.GgmlType;
import org.jrag.engine.gguf.GgufFile;
import org.jrag.engine.model.KvCache;
import org.jrag.engine.model.KvCacheType;
import org.jrag.engine.model.LlamaModel;

/**
 * Times the engine the way {@code llama-bench} times llama.cpp, on random-weight models of the shapes in
 * shared/reference/llamacpp-bench.md, and prints a markdown table with llama.cpp's figure and the ratio beside
 * each result. ppN: N random token ids (BOS first) decoded as one batch from an empty context, t/s = N / time;
 * tgN: N single-token decodes from an empty context, t/s = N / time; with {@code -d D} both run after an untimed
 * prefill of D random tokens (llama-bench's {@code -d}, named ppN@dD / tgN@dD); one uncounted warm-up per test,
 * then mean ± sample stddev over r repetitions; {@code --kv f16} stores keys and values as halves (llama-bench's
 * default cache type; F32 otherwise); {@code --model FILE --shape NAME} measures a given file of that shape (say one
 * llama-quantize wrote) instead of the written ones. "CPUs busy" is process CPU time / wall time over the timed runs: near the
 * thread count when the run had its cores, well below it when other processes took them. Run by hand (see
 * inference-engine/BENCH.md); it is not a test.
 */
public final class EngineBench {
    /** One measured row. */
    record Result(
            BenchShape shape,
            GgmlType type,
            String label,
            String test,
            double mean,
            double stddev,
            double cpuShare,
            String load) {}

    private EngineBench() {}

    public static void main(String[] args) throws IOException {
        Options o = Options.parse(args);
        System.setProperty("jrag.engine.threads", Integer.toString(o.threads()));
        System.setProperty("jrag.engine.q4", o.q4());
        System.out.printf(
                Locale.ROOT,
                "EngineBench: threads=%d, q4=%s, kv=%s, r=%d, cpus=%d, load %s%n",
                o.threads(),
                o.q4(),
                o.kv(),
                o.repetitions(),
                Runtime.getRuntime().availableProcessors(),
                loadAverage());
        LlamaCppFigures llamaCpp =
                o.llamaCppCsv() == null ? LlamaCppFigures.reference() : LlamaCppFigures.fromCsv(o.llamaCppCsv());
        System.out.println("llama.cpp: " + llamaCpp.source());
        List<Result> results = new ArrayList<>();
        if (o.model() != null) {
            // a given file (e.g. one llama-quantize wrote) of the one shape named: no llama.cpp figure to look up
            if (o.shapes().size() != 1) {
                throw new IllegalArgumentException("--model needs the file's shape: --shape NAME");
            }
            try (GgufFile gguf = GgufFile.open(o.model())) {
                String label = o.model().getFileName().toString();
                run(LlamaModel.load(gguf), o.shapes().getFirst(), null, label, o, llamaCpp, results);
            }
        } else {
            for (BenchShape shape : o.shapes()) {
                for (GgmlType type : o.types()) {
                    try (GgufFile gguf = GgufFile.open(RandomModelFiles.ensure(o.dir(), shape, type))) {
                        run(LlamaModel.load(gguf), shape, type, type.name(), o, llamaCpp, results);
                    }
                }
            }
        }
        System.out.println();
        System.out.println(header());
        results.forEach(r -> System.out.println(row(r, llamaCpp)));
        System.out.println("load average at end: " + loadAverage());
    }

    /** The prefill and decode tests of one model, each row printed as it is measured. */
    private static void run(
            LlamaModel model,
            BenchShape shape,
            GgmlType type,
            String label,
            Options o,
            LlamaCppFigures llamaCpp,
            List<Result> results) {
        for (int p : o.prompts()) {
            results.add(measure(model, shape, type, label, "pp", p, true, o));
            System.out.println(row(results.getLast(), llamaCpp));
        }
        if (o.generate() > 0) {
            results.add(measure(model, shape, type, label, "tg", o.generate(), false, o));
            System.out.println(row(results.getLast(), llamaCpp));
        }
    }

    /**
     * One test: a warm-up, then {@code reps} timed runs on a cleared context, each after an untimed prefill of
     * {@code depth} random tokens when depth > 0.
     */
    private static Result measure(
            LlamaModel model,
            BenchShape shape,
            GgmlType type,
            String label,
            String kind,
            int n,
            boolean batch,
            Options o) {
        int depth = o.depth();
        int reps = o.repetitions();
        String test = kind + n + (depth > 0 ? "@d" + depth : "");
        KvCache cache = model.newKvCache(depth + n, o.kv());
        SplittableRandom rnd = new SplittableRandom(42);
        int[] context = new int[depth];
        int[] tokens = new int[n];
        double[] tps = new double[reps];
        double wallTotal = 0;
        double cpuTotal = 0;
        for (int rep = -1; rep < reps; rep++) {
            for (int i = 0; i < depth; i++) {
                context[i] = i == 0 ? shape.bos() : rnd.nextInt(shape.vocabSize());
            }
            tokens[0] = depth > 0 ? rnd.nextInt(shape.vocabSize()) : shape.bos();
            for (int i = 1; i < n; i++) {
                tokens[i] = rnd.nextInt(shape.vocabSize());
            }
            if (depth > 0) {
                model.forward(context, 0, cache, false);
            }
            long c0 = processCpuNanos();
            long t0 = System.nanoTime();
            if (batch) {
                model.forward(tokens, depth, cache, false);
            } else {
                int[] one = new int[1];
                for (int i = 0; i < n; i++) {
                    one[0] = tokens[i];
                    model.forward(one, depth + i, cache, false);
                }
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            if (rep >= 0) {
                tps[rep] = n / seconds;
                wallTotal += seconds;
                cpuTotal += (processCpuNanos() - c0) / 1e9;
            }
        }
        double mean = 0;
        for (double v : tps) {
            mean += v / reps;
        }
        double var = 0;
        for (double v : tps) {
            var += (v - mean) * (v - mean);
        }
        double stddev = reps > 1 ? Math.sqrt(var / (reps - 1)) : 0;
        return new Result(shape, type, label, test, mean, stddev, cpuTotal / wallTotal, loadAverage());
    }

    static String header() {
        return "| model | type | test | jrag t/s | llama.cpp t/s | jrag / llama.cpp | CPUs busy | load avg (1m) |\n"
                + "| --- | --- | --- | ---: | ---: | ---: | ---: | ---: |";
    }

    static String row(Result r, LlamaCppFigures llamaCpp) {
        var ref = r.type() == null
                ? Optional.<LlamaCppFigures.Figure>empty()
                : llamaCpp.of(r.shape(), r.type(), r.test());
        return String.format(
                Locale.ROOT,
                "| %s | %s | %s | %.2f ± %.2f | %s | %s | %.2f | %s |",
                r.shape().name(),
                r.label(),
                r.test(),
                r.mean(),
                r.stddev(),
                ref.map(f -> String.format(Locale.ROOT, "%.2f ± %.2f", f.mean(), f.stddev()))
                        .orElse("-"),
                ref.map(f -> String.format(Locale.ROOT, "%.2fx", r.mean() / f.mean()))
                        .orElse("-"),
                r.cpuShare(),
                r.load());
    }

    /** CPU time of this process (all threads); with wall time it shows how much CPU the run actually got. */
    private static long processCpuNanos() {
        return ManagementFactory.getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class)
                .getProcessCpuTime();
    }

    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0];
        } catch (IOException | RuntimeException e) {
            return "n/a";
        }
    }

    /** Command-line options, llama-bench style. */
    record Options(
            List<BenchShape> shapes,
            List<GgmlType> types,
            int threads,
            List<Integer> prompts,
            int generate,
            int depth,
            int repetitions,
            Path dir,
            String q4,
            KvCacheType kv,
            Path llamaCppCsv,
            Path model) {

        Options {
            if (!q4.equals("integer") && !q4.equals("float")) {
                throw new IllegalArgumentException("--q4 must be integer or float, got: " + q4);
            }
            if (threads < 1
                    || repetitions < 1
                    || generate < 0
                    || depth < 0
                    || prompts.stream().anyMatch(p -> p < 1)) {
                throw new IllegalArgumentException("threads and -r must be >= 1, -p values >= 1, -n and -d >= 0");
            }
        }

        static Options parse(String[] args) {
            List<BenchShape> shapes = BenchShape.ALL;
            List<GgmlType> types = List.of(GgmlType.Q8_0, GgmlType.Q4_0);
            int threads = 2;
            List<Integer> prompts = List.of(512);
            int generate = 128;
            int depth = 0;
            int reps = 3;
            Path dir = Path.of("target/bench-models");
            String q4 = "integer";
            KvCacheType kv = KvCacheType.F32;
            Path llamaCppCsv = null;
            Path model = null;
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("option " + a + " needs a value");
                }
                String v = args[++i];
                switch (a) {
                    case "--shape" -> shapes = "all".equals(v) ? BenchShape.ALL : List.of(BenchShape.byName(v));
                    case "--type" ->
                        types = "all".equals(v)
                                ? List.of(GgmlType.Q8_0, GgmlType.Q4_0)
                                : List.of(GgmlType.valueOf(v.toUpperCase(Locale.ROOT)));
                    case "--threads", "-t" -> threads = Integer.parseInt(v);
                    case "-p" ->
                        prompts = "0".equals(v)
                                ? List.of()
                                : Arrays.stream(v.split(","))
                                        .map(Integer::parseInt)
                                        .toList();
                    case "-n" -> generate = Integer.parseInt(v);
                    case "-d" -> depth = Integer.parseInt(v);
                    case "-r" -> reps = Integer.parseInt(v);
                    case "--dir" -> dir = Path.of(v);
                    case "--q4" -> q4 = v;
                    case "--kv" -> kv = KvCacheType.valueOf(v.toUpperCase(Locale.ROOT));
                    case "--llamacpp" -> llamaCppCsv = Path.of(v);
                    case "--model" -> model = Path.of(v);
                    default ->
                        throw new IllegalArgumentException("unknown option " + a
                                + " (use --shape NAME|all, --type Q8_0|Q4_0|Q4_K|Q5_K|Q6_K|IQ4_XS|all, --threads N,"
                                + " -p N[,N], -n N, -d N,"
                                + " -r N, --dir PATH, --q4 integer|float, --kv f32|f16, --llamacpp LLAMA_BENCH.csv,"
                                + " --model FILE.gguf)");
                }
            }
            return new Options(shapes, types, threads, prompts, generate, depth, reps, dir, q4, kv, llamaCppCsv, model);
        }
    }
}
