package org.jrag.retrieval.hyde;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The HyDE client against a stub generation-service speaking the OpenAI-compatible API. */
class CompletionsHypotheticalDocumentGeneratorTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HydeProperties PROPERTIES =
            new HydeProperties("Answer: %s\nPassage:", 64, 0.5, 16, Duration.ofSeconds(30));

    private HttpServer server;
    private final List<String> calls = new CopyOnWriteArrayList<>();
    private final List<JsonNode> completions = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void draftsAPassageWithTheLoadedModel() throws IOException {
        // given a generation-service with a model that completes
        start("{\"object\":\"list\",\"data\":[{\"id\":\"qwen2-0.5b\",\"object\":\"model\"}]}", """
                {"id":"cmpl-1","object":"text_completion","model":"qwen2-0.5b",
                 "choices":[{"index":0,"text":"  Jupiter is the largest planet.  ","finish_reason":"stop"}]}""");

        // when
        Hypothesis hypothesis = generator().draft("Which planet is the biggest?");

        // then
        assertThat(hypothesis).isEqualTo(new Hypothesis.Drafted("Jupiter is the largest planet."));
        assertThat(completions).singleElement().satisfies(request -> {
            assertThat(request.get("model").asString()).isEqualTo("qwen2-0.5b");
            assertThat(request.get("prompt").asString()).isEqualTo("Answer: Which planet is the biggest?\nPassage:");
            assertThat(request.get("max_tokens").asInt()).isEqualTo(64);
            assertThat(request.get("temperature").asDouble()).isZero();
        });
    }

    @Test
    void reportsExtractiveModeAsUnavailableWithoutCallingCompletions() throws IOException {
        // given generation-service without a model, as it runs today
        start("{\"object\":\"list\",\"data\":[]}", "{}");
        var generator = generator();

        // when asked twice
        Hypothesis first = generator.draft("Which planet is the biggest?");
        Hypothesis second = generator.draft("Which moon is the biggest?");

        // then unavailable, the model list read once (cached) and no completion requested
        assertThat(first).isEqualTo(new Hypothesis.Unavailable("generation-service runs in extractive mode"));
        assertThat(second).isEqualTo(first);
        assertThat(calls).containsExactly("GET /v1/models");
    }

    @Test
    void reportsAnUnreachableGenerationServiceAsUnavailable() {
        // given nothing listens
        var http = RestClient.builder().baseUrl("http://127.0.0.1:1").build();
        var generator =
                new CompletionsHypotheticalDocumentGenerator(http, "http://127.0.0.1:1", PROPERTIES, Clock.systemUTC());

        Hypothesis hypothesis = generator.draft("anything");

        assertThat(hypothesis)
                .isInstanceOfSatisfying(
                        Hypothesis.Unavailable.class,
                        unavailable -> assertThat(unavailable.reason())
                                .startsWith("generation-service at http://127.0.0.1:1 is unreachable: "));
    }

    private CompletionsHypotheticalDocumentGenerator generator() {
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        return new CompletionsHypotheticalDocumentGenerator(
                RestClient.builder().baseUrl(base).build(),
                base,
                PROPERTIES,
                Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
    }

    private void start(String models, String completion) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/models", exchange -> {
            calls.add(exchange.getRequestMethod() + " /v1/models");
            respond(exchange, models);
        });
        server.createContext("/v1/completions", exchange -> {
            calls.add(exchange.getRequestMethod() + " /v1/completions");
            completions.add(JSON.readTree(exchange.getRequestBody().readAllBytes()));
            respond(exchange, completion);
        });
        server.start();
    }

    private static void respond(com.sun.net.httpserver.HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
