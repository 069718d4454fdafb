package org.jrag.generation.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A load harness run by hand (not a test): for each concurrency level, that many virtual-thread clients stream
 * {@code POST /v1/completions} requests (each client one after another) to a running generation-service, and it prints
 * the aggregate decode throughput (completion tokens per second of wall time, from the usage chunk), time to first
 * token and request latency percentiles. Levels run one after another against the same server, so the throughput of
 * 1 client is the "one request at a time" baseline of the others. JDK only, so it runs from source:
 *
 * <pre>
 * java generation-service/src/test/java/org/jrag/generation/bench/CompletionLoad.java \
 *     --url http://127.0.0.1:8083 --concurrency 1,4,8,16 --requests 4 --max-tokens 64 --prompt "Once upon a time"
 * </pre>
 */
public final class CompletionLoad {

    private static final Pattern COMPLETION_TOKENS = Pattern.compile("\"completion_tokens\"\\s*:\\s*(\\d+)");
    private static final Pattern NON_EMPTY_TEXT = Pattern.compile("\"text\"\\s*:\\s*\"[^\"]");

    private CompletionLoad() {}

    /** One streamed request: time to its first text, its whole time, its completion tokens. */
    record Result(long firstTextNanos, long totalNanos, int completionTokens) {}

    public static void main(String[] args) throws Exception {
        String url = option(args, "--url", "http://127.0.0.1:8083");
        int[] levels = List.of(option(args, "--concurrency", "1,4,8,16").split(",")).stream()
                .mapToInt(Integer::parseInt)
                .toArray();
        int perClient = Integer.parseInt(option(args, "--requests", "4"));
        int maxTokens = Integer.parseInt(option(args, "--max-tokens", "64"));
        String prompt = option(args, "--prompt", "Once upon a time");
        String model = option(args, "--model", "");

        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        String body = """
                {%s"prompt": "%s", "max_tokens": %d, "temperature": 0, "stream": true,
                 "stream_options": {"include_usage": true}}
                """.formatted(model.isEmpty() ? "" : "\"model\": \"" + model + "\", ", prompt, maxTokens);
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/v1/completions"))
                .header("Content-Type", "application/json")
                .timeout(Duration.ofMinutes(10))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();

        // a warm-up request, not counted
        stream(http, request);
        System.out.printf(
                Locale.ROOT,
                "%-8s %9s %8s %12s %14s %14s %14s%n",
                "clients",
                "requests",
                "tokens",
                "tokens/s",
                "ttft p50 ms",
                "ttft p95 ms",
                "latency p50 ms");
        double baseline = 0;
        for (int clients : levels) {
            List<Result> results = Collections.synchronizedList(new ArrayList<>());
            long start = System.nanoTime();
            try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
                List<Future<?>> futures = new ArrayList<>();
                for (int c = 0; c < clients; c++) {
                    futures.add(pool.submit(() -> {
                        for (int r = 0; r < perClient; r++) {
                            results.add(stream(http, request));
                        }
                        return null;
                    }));
                }
                for (Future<?> f : futures) {
                    f.get();
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            int tokens = results.stream().mapToInt(Result::completionTokens).sum();
            double throughput = tokens / seconds;
            if (baseline == 0) {
                baseline = throughput;
            }
            System.out.printf(
                    Locale.ROOT,
                    "%-8d %9d %8d %12.1f %14.1f %14.1f %14.1f   (%.2fx the first level)%n",
                    clients,
                    results.size(),
                    tokens,
                    throughput,
                    percentile(
                                    results.stream()
                                            .mapToLong(Result::firstTextNanos)
                                            .toArray(),
                                    0.50)
                            / 1e6,
                    percentile(
                                    results.stream()
                                            .mapToLong(Result::firstTextNanos)
                                            .toArray(),
                                    0.95)
                            / 1e6,
                    percentile(results.stream().mapToLong(Result::totalNanos).toArray(), 0.50) / 1e6,
                    throughput / baseline);
        }
        System.out.println("load average: "
                + java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg"))
                        .strip());
    }

    private static Result stream(HttpClient http, HttpRequest request) throws Exception {
        long start = System.nanoTime();
        HttpResponse<java.util.stream.Stream<String>> response =
                http.send(request, HttpResponse.BodyHandlers.ofLines());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + response.statusCode() + ": "
                    + String.join("\n", response.body().toList()));
        }
        long firstText = -1;
        int tokens = 0;
        for (String line : (Iterable<String>) response.body()::iterator) {
            if (firstText < 0 && NON_EMPTY_TEXT.matcher(line).find()) {
                firstText = System.nanoTime() - start;
            }
            Matcher usage = COMPLETION_TOKENS.matcher(line);
            if (usage.find()) {
                tokens = Integer.parseInt(usage.group(1));
            }
        }
        long total = System.nanoTime() - start;
        return new Result(firstText < 0 ? total : firstText, total, tokens);
    }

    private static double percentile(long[] values, double p) {
        long[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.floor(p * sorted.length))];
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
