package org.jrag.retrieval.warmup;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.jrag.retrieval.collection.CollectionRepository;
import org.jrag.retrieval.embedding.CachingQueryEmbedder;
import org.jrag.tracing.RequestTracing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends the service's own {@code POST /v1/search} made-up hybrid queries at start-up, so that the JIT compiler has
 * compiled the search path (HTTP, JSON, BM25, the query embedding, SQL, fusion) before the first client arrives.
 * Without it the first thousand or so searches run partly interpreted or in profiling code and share the CPU with the
 * compiler: on 2 cores about twice the CPU per search of a warm service (SciFact, 250 searches after start: 17 ms
 * against 9 ms). Spring Boot reports readiness only after the application
 * runners, so a readiness probe keeps traffic away until this is done. Every other warm-up search is scoped to a
 * collection (when one exists), the way clients usually search. Failures are logged and end the warm-up; they never
 * stop the service. The query-vector cache is emptied afterwards, so that the made-up queries take no place in it.
 */
@Component
public class SearchWarmup implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(SearchWarmup.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final WarmupProperties properties;
    private final CollectionRepository collections;
    private final CachingQueryEmbedder embedder;
    private final Environment environment;
    private final AtomicInteger completed = new AtomicInteger();

    SearchWarmup(
            WarmupProperties properties,
            CollectionRepository collections,
            CachingQueryEmbedder embedder,
            Environment environment) {
        this.properties = properties;
        this.collections = collections;
        this.embedder = embedder;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) throws InterruptedException {
        Integer port = environment.getProperty("local.server.port", Integer.class);
        if (properties.searches() == 0 || port == null) {
            return;
        }
        Optional<String> collection = collections.anyName();
        URI uri = URI.create("http://127.0.0.1:" + port + "/v1/search");
        long started = System.nanoTime();
        AtomicInteger next = new AtomicInteger();
        try (HttpClient http = HttpClient.newHttpClient();
                ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < properties.concurrency(); c++) {
                clients.submit(() -> {
                    for (int i = next.getAndIncrement(); i < properties.searches(); i = next.getAndIncrement()) {
                        if (!search(http, uri, i, i % 2 == 1 ? collection : Optional.empty())) {
                            next.set(properties.searches());
                        }
                    }
                });
            }
        }
        embedder.clear();
        LOG.info(
                "warm-up: {} of {} searches in {} ms",
                completed.get(),
                properties.searches(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * A W3C trace context whose sampled flag is off: the warm-up's made-up searches are not traced (thousands of them
     * would fill a tracing backend at every start), though the stages' timers still count them.
     */
    public static String unsampledTraceContext() {
        var random = ThreadLocalRandom.current();
        return "00-" + HexFormat.of().toHexDigits(random.nextLong() | 1)
                + HexFormat.of().toHexDigits(random.nextLong()) + "-"
                + HexFormat.of().toHexDigits(random.nextLong() | 1) + "-00";
    }

    /** Sends the {@code index}-th warm-up search; false when it failed. */
    private boolean search(HttpClient http, URI uri, int index, Optional<String> collection) {
        Map<String, Object> search = new LinkedHashMap<>();
        search.put("query", WarmupQueries.query(index));
        search.put("mode", "hybrid");
        collection.ifPresent(name -> search.put("collection", name));
        String body = JSON.writeValueAsString(search);
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header(RequestTracing.HEADER, "warmup-" + index)
                .header("traceparent", unsampledTraceContext())
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                LOG.warn(
                        "warm-up search {} answered {}: {}; warm-up ends",
                        index,
                        response.statusCode(),
                        response.body());
                return false;
            }
            completed.incrementAndGet();
            return true;
        } catch (IOException e) {
            LOG.warn("warm-up search {} failed: {}; warm-up ends", index, e.toString());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Warm-up searches answered with 200 so far. */
    public int completed() {
        return completed.get();
    }
}
