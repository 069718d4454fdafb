package org.jrag.retrieval.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * A load harness run by hand (not a test): N virtual-thread clients send a fixed number of {@code POST /v1/search}
 * requests to a running retrieval-service, cycling through the queries of a BEIR {@code queries.jsonl}, and it prints
 * latency percentiles, throughput and the load average before and after. Several services ({@code --url a,b}) and
 * modes ({@code --mode hybrid,bm25}) are measured side by side: request i goes to combination i mod n, so a baseline
 * and a candidate share the same machine load. JDK only, so it runs from source:
 *
 * <pre>
 * java retrieval-service/src/test/java/org/jrag/retrieval/bench/SearchLoad.java \
 *     --url http://127.0.0.1:18090 --queries ../shared/data/scifact/queries.jsonl \
 *     --clients 8 --requests 2000 --warmup 200 --mode hybrid --collection scifact [--extra '"rerank":false']
 * </pre>
 *
 * <p>{@code --skip N} starts at the N-th query, so that a second run against a service that is still up sends queries it
 * has not embedded yet (the retrieval-service caches query vectors). {@code --pid P} also prints the CPU time process
 * P (the service) spent per measured request, from {@code /proc/P/stat} (Linux).
 */
public final class SearchLoad {

    private static final Pattern TEXT = Pattern.compile("\"text\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    private SearchLoad() {}

    public static void main(String[] args) throws Exception {
        String url = option(args, "--url", "http://127.0.0.1:8082");
        Path queriesFile = Path.of(option(args, "--queries", "../shared/data/scifact/queries.jsonl"));
        int clients = Integer.parseInt(option(args, "--clients", "8"));
        int requests = Integer.parseInt(option(args, "--requests", "2000"));
        int warmup = Integer.parseInt(option(args, "--warmup", "200"));
        String mode = option(args, "--mode", "hybrid");
        String collection = option(args, "--collection", null);
        String extra = option(args, "--extra", null);
        int topK = Integer.parseInt(option(args, "--topK", "10"));
        int skip = Integer.parseInt(option(args, "--skip", "0"));
        String pid = option(args, "--pid", null);

        List<String> queries = rotated(queries(queriesFile), skip);
        List<String> urls = List.of(url.split(","));
        List<String> modes = List.of(mode.split(","));
        List<String> combos = new ArrayList<>();
        for (String u : urls) {
            for (String m : modes) {
                combos.add(u + " " + m);
            }
        }
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newVirtualThreadPerTaskExecutor())
                .build();
        // request i: combination i mod n, query (i / n) mod queries, so every combination sees the same queries
        List<URI> uris = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        for (int q = 0; q < queries.size(); q++) {
            for (String combo : combos) {
                String[] parts = combo.split(" ");
                uris.add(URI.create(parts[0] + "/v1/search"));
                bodies.add("{\"query\":\"" + queries.get(q) + "\",\"mode\":\"" + parts[1] + "\",\"topK\":" + topK
                        + (collection == null ? "" : ",\"collection\":\"" + collection + "\"")
                        + (extra == null ? "" : "," + extra) + "}");
            }
        }

        System.out.printf(
                Locale.ROOT,
                "queries=%d skip=%d clients=%d requests=%d warmup=%d mode=%s url=%s%n",
                queries.size(),
                skip,
                clients,
                requests,
                warmup,
                mode,
                url);
        // the warm-up covers whole rounds of combinations, so the measured run stays aligned with them
        run(http, uris, bodies, clients, warmup * combos.size(), 0);
        String loadBefore = loadAverage();
        long cpuBefore = cpuTicks(pid);
        long started = System.nanoTime();
        long[] latencies = run(http, uris, bodies, clients, requests, warmup * combos.size());
        double seconds = (System.nanoTime() - started) / 1e9;
        long cpuAfter = cpuTicks(pid);
        String loadAfter = loadAverage();

        System.out.printf(Locale.ROOT, "total throughput=%.1f req/s over %.1f s%n", requests / seconds, seconds);
        for (int c = 0; c < combos.size(); c++) {
            final int combo = c;
            long[] mine = IntStream.range(0, latencies.length)
                    .filter(i -> i % combos.size() == combo)
                    .mapToLong(i -> latencies[i])
                    .toArray();
            long[] sorted = Arrays.stream(mine).filter(l -> l >= 0).sorted().toArray();
            System.out.printf(
                    Locale.ROOT,
                    "%-36s ok=%d errors=%d p50=%.1f ms p95=%.1f ms p99=%.1f ms max=%.1f ms%n",
                    combos.get(c),
                    sorted.length,
                    mine.length - sorted.length,
                    percentile(sorted, 50),
                    percentile(sorted, 95),
                    percentile(sorted, 99),
                    sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1] / 1e6);
        }
        System.out.println("loadavg before: " + loadBefore + " | after: " + loadAfter + " | cores: "
                + Runtime.getRuntime().availableProcessors());
        if (pid != null) {
            // clock ticks are 1/100 s on Linux
            System.out.printf(
                    Locale.ROOT,
                    "process %s CPU per measured request: %.2f ms%n",
                    pid,
                    (cpuAfter - cpuBefore) * 10.0 / requests);
        }
    }

    /** The list started at its {@code skip}-th element (modulo its size), the skipped ones at the end. */
    private static List<String> rotated(List<String> queries, int skip) {
        int from = Math.floorMod(skip, queries.size());
        List<String> rotated = new ArrayList<>(queries.subList(from, queries.size()));
        rotated.addAll(queries.subList(0, from));
        return rotated;
    }

    /** User plus system CPU time of process {@code pid} in clock ticks (fields 14 and 15 of /proc/pid/stat). */
    private static long cpuTicks(String pid) throws IOException {
        if (pid == null) {
            return 0;
        }
        String stat = Files.readString(Path.of("/proc", pid, "stat"));
        // the command name (field 2) may hold spaces: count fields after its closing parenthesis
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    /** Sends {@code count} requests from {@code clients} concurrent clients; latency in ns, -1 for a failure. */
    private static long[] run(HttpClient http, List<URI> uris, List<String> bodies, int clients, int count, int offset)
            throws InterruptedException {
        long[] latencies = new long[count];
        AtomicInteger next = new AtomicInteger();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < clients; c++) {
                pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        int at = (offset + i) % bodies.size();
                        String body = bodies.get(at);
                        HttpRequest request = HttpRequest.newBuilder(uris.get(at))
                                .timeout(Duration.ofSeconds(30))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build();
                        long t0 = System.nanoTime();
                        try {
                            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                            latencies[i] = response.statusCode() == 200 ? System.nanoTime() - t0 : -1;
                        } catch (IOException e) {
                            latencies[i] = -1;
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                    }
                });
            }
        }
        return latencies;
    }

    /** Query texts, still JSON-escaped, so they go back into a JSON body as they are. */
    private static List<String> queries(Path file) throws IOException {
        List<String> queries = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            Matcher m = TEXT.matcher(line);
            if (m.find()) {
                queries.add(m.group(1));
            }
        }
        if (queries.isEmpty()) {
            throw new IllegalArgumentException("no \"text\" fields in " + file);
        }
        return queries;
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
