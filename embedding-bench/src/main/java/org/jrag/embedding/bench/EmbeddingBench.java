package org.jrag.embedding.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jrag.embedding.OnnxTextEmbedder;
import org.jrag.embedding.VectorMath;

/**
 * Embedding throughput on SciFact chunks, jrag's embedder against LangChain4j's in-process int8 bge (and, with
 * {@code --contenders jrag,langchain4j,one-at-a-time}, against the one-text-at-a-time design jrag replaced), side by
 * side in one JVM: same chunks, same thread count, one warm-up pass each, then rounds in which every contender embeds
 * all chunks in turn (A, B, A, B, ...), so that load from the rest of the machine hits them alike. Prints chunks/s per
 * round, their means and ratios, chunks per CPU-second of the whole process (ONNX Runtime's native threads included,
 * so spinning counts; this figure depends little on how much of a shared machine each contender's threads win), the min and mean cosine between jrag's and every other contender's vector of each
 * chunk, and the load average before and after. Run by hand, not as a test:
 *
 * <pre>
 * ./mvnw -B -o -pl embedding,embedding-bench package -DskipTests
 * java --enable-native-access=ALL-UNNAMED -cp "embedding-bench/target/classes:$(cat embedding-bench/target/classpath.txt)" \
 *     org.jrag.embedding.bench.EmbeddingBench --chunks 2000 --threads 2 --rounds 2
 * </pre>
 *
 * Options: {@code --corpus} (default /work/shared/data/scifact/corpus.jsonl), {@code --chunks} (2000),
 * {@code --chunk-tokens} (256), {@code --overlap} (32), {@code --threads} (available processors), {@code --rounds}
 * (2), {@code --warmup} chunks (50), {@code --contenders} (jrag,langchain4j).
 */
public final class EmbeddingBench {

    private EmbeddingBench() {}

    public static void main(String[] args) throws IOException {
        Map<String, String> opts = parse(args);
        Path corpus = Path.of(opts.getOrDefault("corpus", "/work/shared/data/scifact/corpus.jsonl"));
        int limit = Integer.parseInt(opts.getOrDefault("chunks", "2000"));
        int chunkTokens = Integer.parseInt(opts.getOrDefault("chunk-tokens", "256"));
        int overlap = Integer.parseInt(opts.getOrDefault("overlap", "32"));
        int threads = Integer.parseInt(opts.getOrDefault(
                "threads", Integer.toString(Runtime.getRuntime().availableProcessors())));
        int rounds = Integer.parseInt(opts.getOrDefault("rounds", "2"));
        int warmup = Integer.parseInt(opts.getOrDefault("warmup", "50"));
        List<String> names =
                List.of(opts.getOrDefault("contenders", "jrag,langchain4j").split(","));

        List<Contender> contenders = new ArrayList<>();
        for (String name : names) {
            contenders.add(
                    switch (name.strip()) {
                        case "jrag" -> JragContender.load(threads);
                        case "langchain4j" -> LangChain4jContender.load(threads);
                        case "one-at-a-time" -> SequentialContender.load(threads);
                        default ->
                            throw new IllegalArgumentException(
                                    "unknown contender: " + name + " (known: jrag, langchain4j, one-at-a-time)");
                    });
        }
        SciFactChunks chunks;
        try (OnnxTextEmbedder counter =
                OnnxTextEmbedder.load(org.jrag.embedding.EmbeddingModelSpec.bgeSmallEnV15(), 1)) {
            chunks = SciFactChunks.read(corpus, counter.tokenizer(), chunkTokens, overlap, limit);
        }
        int n = chunks.texts().size();
        System.out.printf(
                Locale.ROOT,
                "corpus %s: %d chunks (%d-token windows, %d overlap) from the first %d documents, %.1f tokens/chunk;"
                        + " threads %d; %d cores; load before: %s%n",
                corpus,
                n,
                chunkTokens,
                overlap,
                chunks.documents(),
                (double) chunks.tokens() / n,
                threads,
                Runtime.getRuntime().availableProcessors(),
                loadAverage());

        // warm-up: session arenas, JIT, tokenizer caches
        List<String> warm = chunks.texts().subList(0, Math.min(warmup, n));
        for (Contender c : contenders) {
            c.embedAll(warm);
        }

        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        Map<String, List<Double>> rates = new LinkedHashMap<>();
        Map<String, Double> cpuSeconds = new LinkedHashMap<>();
        Map<String, List<float[]>> vectors = new LinkedHashMap<>();
        for (int round = 1; round <= rounds; round++) {
            for (Contender c : contenders) {
                long start = System.nanoTime();
                long cpuStart = os.getProcessCpuTime();
                List<float[]> out = c.embedAll(chunks.texts());
                double seconds = (System.nanoTime() - start) / 1e9;
                double cpu = (os.getProcessCpuTime() - cpuStart) / 1e9;
                cpuSeconds.merge(c.name(), cpu, Double::sum);
                double rate = n / seconds;
                rates.computeIfAbsent(c.name(), k -> new ArrayList<>()).add(rate);
                vectors.put(c.name(), out);
                System.out.printf(
                        Locale.ROOT,
                        "round %d %-14s %8.2f chunks/s (%.1f s wall, %.1f s CPU) load %s%n",
                        round,
                        c.name(),
                        rate,
                        seconds,
                        cpu,
                        loadAverage());
            }
        }

        System.out.println();
        System.out.println(
                "| contender | chunks/s per round | mean chunks/s | jrag / contender | chunks per CPU-second |"
                        + " min cosine vs jrag | mean cosine vs jrag |");
        System.out.println("|---|---|---|---|---|---|---|");
        String reference = contenders.getFirst().name();
        double referenceRate = mean(rates.get(reference));
        for (Contender c : contenders) {
            double minCos = 1;
            double sumCos = 0;
            List<float[]> ref = vectors.get(reference);
            List<float[]> own = vectors.get(c.name());
            for (int i = 0; i < n; i++) {
                double cos = VectorMath.cosine(ref.get(i), own.get(i));
                minCos = Math.min(minCos, cos);
                sumCos += cos;
            }
            System.out.printf(
                    Locale.ROOT,
                    "| %s | %s | %.2f | %.2fx | %.2f | %.6f | %.6f |%n",
                    c.name(),
                    rates.get(c.name()).stream()
                            .map(r -> String.format(Locale.ROOT, "%.2f", r))
                            .toList(),
                    mean(rates.get(c.name())),
                    referenceRate / mean(rates.get(c.name())),
                    (double) n * rounds / cpuSeconds.get(c.name()),
                    minCos,
                    sumCos / n);
        }
        System.out.println("load after: " + loadAverage());
        contenders.forEach(Contender::close);
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg"), StandardCharsets.US_ASCII)
                    .split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> opts = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --name value pairs, got: " + String.join(" ", args));
            }
            opts.put(args[i].substring(2), args[++i]);
        }
        return opts;
    }
}
