package org.jrag.engine.bench;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Two builds of the engine side by side in one process: {@link EngineBench} loaded from each of two class directories
 * through a class loader of its own (so each build has its own classes, JIT profiles and thread pool), run in
 * alternating order round after round with the same arguments; prints each round's two t/s (the last row of each
 * run) and the median and range of the ratio second / first over the rounds after the first (JIT warm-up). On a VM
 * whose speed drifts by 10-30 % from one process or minute to the next, alternating processes cannot resolve a few
 * per cent; two builds in one process, interleaved, meet the same drift. Usage: {@code BuildAB DIR_A,DIR_B ROUNDS
 * [EngineBench arguments]}, e.g. a worktree of the baseline commit compiled into its own {@code target/classes}
 * (inference-engine/BENCH.md); or {@code BuildAB DIR_A,DIR_B ROUNDS serving [ServingBench arguments]}, which runs
 * {@link ServingBench} instead and compares the batched t/s of its last (a) row (e.g. {@code --streams 8 --parts a
 * -r 1}), or with {@code --parts c1} the speculating side's t/s. A build may carry system properties, {@code
 * DIR@KEY=VALUE@KEY=VALUE}, set while it runs (and the other build's keys cleared), so one directory twice compares
 * two settings of a switch the engine reads once, into a static final, when its class loads: {@code
 * target/classes@jrag.engine.q4TwoStreams=false,target/classes@...=true}.
 * Run by hand; not a test.
 */
public final class BuildAB {
    private BuildAB() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: BuildAB DIR_A,DIR_B ROUNDS [serving] EngineBench-or-ServingBench-arguments...");
            System.exit(2);
        }
        String[] specs = args[0].split(",");
        if (specs.length != 2) {
            throw new IllegalArgumentException("two builds, DIR_A,DIR_B, expected, got: " + args[0]);
        }
        Build[] builds = {Build.parse(specs[0]), Build.parse(specs[1])};
        int rounds = Integer.parseInt(args[1]);
        boolean serving = args[2].equals("serving");
        String[] bench = Arrays.copyOfRange(args, serving ? 3 : 2, args.length);
        String benchClass = (serving ? ServingBench.class : EngineBench.class).getName();
        Method[] mains = new Method[2];
        for (int i = 0; i < 2; i++) {
            URLClassLoader loader = new URLClassLoader(
                    new URL[] {builds[i].dir().toUri().toURL()}, ClassLoader.getPlatformClassLoader());
            mains[i] = loader.loadClass(benchClass).getMethod("main", String[].class);
        }
        PrintStream out = System.out;
        List<Double> ratios = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            double[] tps = new double[2];
            for (int k = 0; k < 2; k++) {
                int i = (k + r) % 2;
                ByteArrayOutputStream buffer = new ByteArrayOutputStream();
                Map<String, String> saved =
                        builds[i].apply(builds[1 - i].properties().keySet());
                System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
                try {
                    mains[i].invoke(null, (Object) bench);
                } finally {
                    System.setOut(out);
                    restore(saved);
                }
                String output = buffer.toString(StandardCharsets.UTF_8);
                tps[i] = serving ? batchedRate(output) : lastRate(output);
            }
            double ratio = tps[1] / tps[0];
            if (r > 0) {
                ratios.add(ratio);
            }
            out.printf(Locale.ROOT, "round %d: %.2f / %.2f t/s, second / first %.3f%n", r, tps[0], tps[1], ratio);
        }
        double[] sorted =
                ratios.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (sorted.length > 0) {
            out.printf(
                    Locale.ROOT,
                    "second / first over rounds 1-%d: median %.3f, range %.3f-%.3f%n",
                    rounds - 1,
                    sorted[sorted.length / 2],
                    sorted[0],
                    sorted[sorted.length - 1]);
        }
    }

    /** A class directory and the system properties its runs see. */
    record Build(Path dir, Map<String, String> properties) {
        /** {@code DIR} or {@code DIR@KEY=VALUE@KEY=VALUE...}. */
        static Build parse(String spec) {
            String[] parts = spec.split("@");
            Map<String, String> properties = new LinkedHashMap<>();
            for (int i = 1; i < parts.length; i++) {
                int eq = parts[i].indexOf('=');
                if (eq < 1) {
                    throw new IllegalArgumentException(
                            "a build's property must read KEY=VALUE, got '" + parts[i] + "' in " + spec);
                }
                properties.put(parts[i].substring(0, eq), parts[i].substring(eq + 1));
            }
            return new Build(Path.of(parts[0]), properties);
        }

        /**
         * Sets this build's properties and clears {@code others} it does not set; returns what each key held before
         * (null: unset), for {@link BuildAB#restore}.
         */
        Map<String, String> apply(Set<String> others) {
            Map<String, String> saved = new HashMap<>();
            for (String key : others) {
                if (!properties.containsKey(key)) {
                    saved.put(key, System.getProperty(key));
                    System.clearProperty(key);
                }
            }
            properties.forEach((key, value) -> saved.put(key, System.setProperty(key, value)));
            return saved;
        }
    }

    /** Puts back the properties {@link Build#apply} changed. */
    static void restore(Map<String, String> saved) {
        saved.forEach((key, value) -> {
            if (value == null) {
                System.clearProperty(key);
            } else {
                System.setProperty(key, value);
            }
        });
    }

    /**
     * The batched t/s of the last (a) row of a {@link ServingBench} run's output (its table's "with" column), prefill
     * included (not the decode-phase rows); without (a) rows, the speculating side's t/s of the last (c) row.
     */
    static double batchedRate(String output) {
        boolean partA = output.contains("\n| (a) ");
        String row = lastRow(
                output,
                line -> partA
                        ? line.startsWith("| (a) ") && !line.contains(" streams, decode |")
                        : line.startsWith("| (c) "),
                "no (a) or (c) row in the ServingBench output");
        return Double.parseDouble(row.split("\\|")[3].trim());
    }

    /** The jrag t/s of the last result row of an {@link EngineBench} run's output (its table's fourth column). */
    static double lastRate(String output) {
        String row = lastRow(
                output,
                line -> line.startsWith("| ") && !line.startsWith("| model") && !line.startsWith("| ---"),
                "no result row in the EngineBench output");
        return Double.parseDouble(row.split("\\|")[4].trim().split(" ")[0]);
    }

    /** The last line of {@code output} that {@code row} accepts; {@code missing} and the output when there is none. */
    private static String lastRow(String output, Predicate<String> row, String missing) {
        String last = null;
        for (String line : output.split("\n")) {
            if (row.test(line)) {
                last = line;
            }
        }
        if (last == null) {
            throw new IllegalStateException(missing + ":\n" + output);
        }
        return last;
    }
}
