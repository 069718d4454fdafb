package org.jrag.generation.openai;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.jrag.generation.TestModels;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Back-pressure, cancellation and timeouts, with a random-weight model slow enough that a long completion is
 * still running when the test acts: one sequence runs, one may wait, the next is refused with 429; a client
 * that disconnects, or a request that times out, frees its sequence's KV blocks.
 */
@SpringBootTest(
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {
            "rag.generation.model-name=slow",
            "rag.generation.engine.max-running=1",
            "rag.generation.engine.max-queued=1",
            "rag.generation.engine.kv-memory=160MB",
            "rag.generation.engine.prefix-caching=false",
            // no warm-up: the test needs the model slow, as it is before the JIT has compiled its kernels
            "rag.generation.engine.warmup.rounds=0",
            "rag.generation.openai.request-timeout=4s",
            "rag.generation.openai.retry-after=2s"
        })
class BackPressureIT {

    /**
     * With the output rails off, so nothing is held back until a sentence ends: every token sends an event at once
     * (with its log-probability, so even a token without text shows).
     */
    private static final String LONG_STREAM = """
            {"prompt": "Once upon a time", "max_tokens": 2000, "temperature": 0, "stream": true, "logprobs": 0,
             "guardrails": {"rails": {"pii": "allow", "output-deny-list": "allow"}}}
            """;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void model(DynamicPropertyRegistry registry) {
        registry.add("rag.generation.model-path", () -> TestModels.slowModel().toString());
    }

    @AfterEach
    void engineIsIdleAgain() throws Exception {
        awaitIdle();
    }

    @Test
    void refusesARequestWith429AndRetryAfterWhenTheQueueIsFull() throws Exception {
        // given one running and one waiting sequence
        try (InputStream running = openStream()) {
            assertThat(firstToken(running)).isNotNull();
            HttpClient waitingClient = HttpClient.newHttpClient();
            waitingClient.sendAsync(streamRequest(), HttpResponse.BodyHandlers.ofInputStream());
            awaitEngine(details -> details.path("waiting").asInt() == 1);

            // when
            HttpResponse<String> refused = post("""
                    {"prompt": "Once upon a time", "max_tokens": 4}
                    """);

            // then
            assertThat(refused.statusCode()).isEqualTo(429);
            assertThat(refused.headers().firstValue("Retry-After")).hasValue("2");
            assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            JsonNode problem = json.readTree(refused.body());
            assertThat(problem.path("type").asString()).isEqualTo("https://jrag.dev/problems/queue-full");
            assertThat(problem.path("status").asInt()).isEqualTo(429);
            // when the waiting client leaves, its request leaves the queue while the running one goes on
            waitingClient.shutdownNow();
            JsonNode after = awaitEngine(details -> details.path("waiting").asInt() == 0);
            assertThat(after.path("waiting").asInt()).isZero();
            assertThat(after.path("running").asInt()).isEqualTo(1);
        }
    }

    @Test
    void freesTheSequencesBlocksWhenTheClientDisconnects() throws Exception {
        InputStream stream = openStream();
        assertThat(firstToken(stream)).isNotNull();
        JsonNode during = engine();
        assertThat(during.path("running").asInt()).isEqualTo(1);
        assertThat(during.path("kvBlocksUsed").asInt()).isPositive();
        long cancelledBefore = cancelledSequences();

        stream.close();

        JsonNode after = awaitIdle();
        assertThat(after.path("kvBlocksUsed").asInt()).isZero();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (cancelledSequences() == cancelledBefore && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(cancelledSequences()).isEqualTo(cancelledBefore + 1);
    }

    @Test
    void cancelsRequestsThatRunPastTheTimeoutWith504OrAnErrorEvent() throws Exception {
        // a stream and a blocking request (queued behind it): both past the 4 s timeout (2,000 tokens of the slow model
        // take longer, also on the fastest VMs here)
        var streamed = http.sendAsync(streamRequest(), HttpResponse.BodyHandlers.ofLines());
        awaitEngine(details -> details.path("running").asInt() == 1);
        HttpResponse<String> response = post("""
                {"prompt": "Once upon a time", "max_tokens": 2000, "temperature": 0}
                """);

        assertThat(response.statusCode()).isEqualTo(504);
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.path("type").asString()).isEqualTo("https://jrag.dev/problems/generation-timeout");
        assertThat(problem.path("detail").asString())
                .isEqualTo("the generation did not finish within the request timeout of 4000 ms"
                        + " (rag.generation.openai.request-timeout) and was cancelled");
        List<String> events = streamed.get(30, TimeUnit.SECONDS)
                .body()
                .filter(line -> line.startsWith("data: "))
                .toList();
        JsonNode last = json.readTree(events.getLast().substring("data: ".length()));
        assertThat(last.at("/error/type").asString()).isEqualTo("timeout");
        assertThat(last.at("/error/message").asString()).startsWith("the generation did not finish");
        assertThat(events).doesNotContain("data: [DONE]");
        assertThat(awaitIdle().path("kvBlocksUsed").asInt()).isZero();
    }

    @Test
    void refusesChatCompletionsForAModelWithoutChatTemplate() throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(uri("/v1/chat/completions"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"messages\": [{\"role\": \"user\", \"content\": \"Hi\"}]}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.path("type").asString()).isEqualTo("https://jrag.dev/problems/no-chat-template");
        assertThat(problem.path("detail").asString())
                .isEqualTo("model 'slow' cannot answer chat completions: the model has no tokenizer.chat_template;"
                        + " it is not a chat model; use /v1/completions with a plain prompt");
    }

    private HttpRequest streamRequest() {
        return HttpRequest.newBuilder(uri("/v1/completions"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(LONG_STREAM))
                .build();
    }

    /** Starts a long streamed completion; returns once the service has sent the response headers. */
    private InputStream openStream() throws Exception {
        HttpResponse<InputStream> response = http.send(streamRequest(), HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    /**
     * Reads events until one carries a token (see {@link #LONG_STREAM}), so the sequence is decoding; returns that
     * token's text.
     */
    private String firstToken(InputStream stream) throws Exception {
        BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (line.startsWith("data: {")) {
                JsonNode tokens =
                        json.readTree(line.substring("data: ".length())).at("/choices/0/logprobs/tokens");
                if (!tokens.isEmpty()) {
                    return tokens.get(0).asString();
                }
            }
        }
        throw new AssertionError("the stream ended before any token");
    }

    private JsonNode engine() throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(uri("/actuator/health/readiness")).build(),
                HttpResponse.BodyHandlers.ofString());
        return json.readTree(response.body()).at("/components/generation/details");
    }

    /** Waits (at most 10 s) until the engine's details satisfy {@code condition}, and returns them. */
    private JsonNode awaitEngine(Predicate<JsonNode> condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        JsonNode details = engine();
        while (!condition.test(details) && System.nanoTime() < deadline) {
            Thread.sleep(50);
            details = engine();
        }
        return details;
    }

    /** Waits until nothing runs or waits, and returns the engine's details then. */
    private JsonNode awaitIdle() throws Exception {
        JsonNode details = awaitEngine(
                d -> d.path("running").asInt() == 0 && d.path("waiting").asInt() == 0);
        assertThat(details.path("running").asInt()).as("running").isZero();
        assertThat(details.path("waiting").asInt()).as("waiting").isZero();
        return details;
    }

    private long cancelledSequences() throws Exception {
        String metrics = http.send(
                        HttpRequest.newBuilder(uri("/actuator/prometheus")).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        return metrics.lines()
                .filter(line -> line.startsWith("rag_generation_sequences_total{finish_reason=\"cancelled\"}"))
                .mapToLong(line -> (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst()
                .orElse(0);
    }

    private HttpResponse<String> post(String body) throws Exception {
        return http.send(
                HttpRequest.newBuilder(uri("/v1/completions"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
