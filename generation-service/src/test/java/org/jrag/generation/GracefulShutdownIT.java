package org.jrag.generation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A shutdown (what Kubernetes' SIGTERM starts) while an answer streams: the service stops taking requests but the
 * stream runs to its end, as {@code server.shutdown: graceful} and the shutdown timeout promise. The random-weight
 * slow model keeps the stream running while the context closes.
 */
class GracefulShutdownIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int TOKENS = 600;

    @Test
    void finishesAStreamInFlightWhileShuttingDown() throws Exception {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(GenerationApplication.class)
                // command-line arguments: they override application.yml, as the platform's launchers do
                .run(
                        "--server.port=0",
                        "--rag.generation.model-path=" + TestModels.slowModel(),
                        "--rag.generation.model-name=slow",
                        "--rag.generation.engine.warmup.rounds=0",
                        "--rag.generation.engine.prefix-caching=false",
                        "--spring.lifecycle.timeout-per-shutdown-phase=60s");
        String base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        awaitReady(http, base);
        var request = HttpRequest.newBuilder(URI.create(base + "/v1/completions"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"prompt": "Once upon a time", "max_tokens": %d, "temperature": 0, "stream": true,
                         "stream_options": {"include_usage": true},
                         "guardrails": {"rails": {"pii": "allow", "output-deny-list": "allow"}}}
                        """.formatted(TOKENS)))
                .build();
        HttpResponse<java.util.stream.Stream<String>> response =
                http.send(request, HttpResponse.BodyHandlers.ofLines());
        Iterator<String> lines = response.body().iterator();
        var data = new ArrayList<String>();
        // the stream is under way
        while (data.isEmpty() && lines.hasNext()) {
            String line = lines.next();
            if (line.startsWith("data: ")) {
                data.add(line.substring("data: ".length()));
            }
        }

        // when the service is told to stop
        CompletableFuture<Void> closed = CompletableFuture.runAsync(context::close);
        lines.forEachRemaining(line -> {
            if (line.startsWith("data: ")) {
                data.add(line.substring("data: ".length()));
            }
        });
        closed.get();

        // then the stream ran to its end: every token, the usage, [DONE]
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(data.getLast()).isEqualTo("[DONE]");
        List<JsonNode> chunks =
                data.subList(0, data.size() - 1).stream().map(JSON::readTree).toList();
        assertThat(chunks.getLast().at("/usage/completion_tokens").asInt()).isEqualTo(TOKENS);
        assertThat(chunks)
                .anySatisfy(
                        chunk -> assertThat(chunk.at("/choices/0/finish_reason").asString())
                                .isEqualTo("length"));
        assertThat(context.isActive()).isFalse();
    }

    /** The model loads after start-up: wait until readiness says it is served. */
    private static void awaitReady(HttpClient http, String base) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        var readiness = HttpRequest.newBuilder(URI.create(base + "/actuator/health/readiness"))
                .build();
        while (http.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("generation-service was not ready within 60 s");
            }
            Thread.sleep(100);
        }
    }
}
