package org.jrag.gateway.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway with eight API keys, one of them read-only, three limited to two collections, two without a rate limit
 * (one of them reading documents as two principals), and a rate limit of one request per 20 seconds in bursts of 3
 * (slow, so that a pause of the test cannot refill a bucket), before a stub service.
 */
@SpringBootTest(
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {
            "rag.gateway.access.api-keys=alice:secret-of-alice,bob:secret-of-bob,carol:secret-of-carol,"
                    + "dave:secret-of-dave,erin:secret-of-erin,frank:secret-of-frank,gina:secret-of-gina,"
                    + "hank:secret-of-hank",
            "rag.gateway.access.key-rates=gina=0,hank=0",
            "rag.gateway.access.key-principals=gina=staff|hr team",
            "rag.gateway.access.read-only-keys=carol",
            "rag.gateway.access.key-collections=dave=docs|faq,erin=docs|faq,frank=docs|faq",
            "rag.gateway.access.requests-per-second=0.05",
            "rag.gateway.access.burst=3"
        })
@ExtendWith(OutputCaptureExtension.class)
class GatewayAccessIT {

    private static final RecordingService SERVICE = new RecordingService("{\"object\":\"list\",\"data\":[]}");

    /** Headers of every request the service received. */
    private static final List<Map<String, List<String>>> RECEIVED = SERVICE.headers;

    /** Bodies of every request the service received, in order. */
    private static final List<String> BODIES = SERVICE.bodies;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        SERVICE.routeAllServicesHere(registry);
    }

    @AfterAll
    static void stopStub() {
        SERVICE.close();
    }

    @Test
    void refusesRequestsWithoutAKnownKeyAndLimitsEachKeysRate() throws Exception {
        // without a key, or with an unknown one: 401 problems that say what to send, and nothing reaches the service
        int received = RECEIVED.size();
        HttpResponse<String> missing = get("/v1/models", Map.of());
        assertThat(missing.statusCode()).isEqualTo(401);
        assertThat(missing.headers().firstValue("WWW-Authenticate")).contains("Bearer");
        assertThat(missing.headers().firstValue("Content-Type")).contains("application/problem+json");
        JsonNode problem = json.readTree(missing.body());
        assertThat(problem.get("type").asString()).isEqualTo("https://jrag.dev/problems/api-key-missing");
        assertThat(problem.get("detail").asString())
                .contains("Authorization: Bearer <key>")
                .contains("X-API-Key");
        assertThat(problem.get("instance").asString()).isEqualTo("/v1/models");
        HttpResponse<String> unknown = get("/v1/models", Map.of("Authorization", "Bearer secret-of-eve"));
        assertThat(unknown.statusCode()).isEqualTo(401);
        assertThat(json.readTree(unknown.body()).get("type").asString())
                .isEqualTo("https://jrag.dev/problems/api-key-invalid");
        assertThat(RECEIVED).hasSize(received);

        // with alice's key, as a bearer token (OpenAI clients) or in X-API-Key: routed, the key not passed on
        assertThat(get("/v1/models", Map.of("Authorization", "Bearer secret-of-alice"))
                        .statusCode())
                .isEqualTo(200);
        assertThat(get("/v1/models", Map.of("X-API-Key", "secret-of-alice")).statusCode())
                .isEqualTo(200);
        assertThat(RECEIVED.subList(received, RECEIVED.size()))
                .hasSize(2)
                .allSatisfy(headers -> assertThat(headers.keySet())
                        .map(String::toLowerCase)
                        .doesNotContain("authorization", "x-api-key"));

        // alice's burst of 3 is used up by the third request: the fourth is a 429 with Retry-After (up to 20 s)
        assertThat(get("/v1/models", Map.of("X-API-Key", "secret-of-alice")).statusCode())
                .isEqualTo(200);
        HttpResponse<String> limited = get("/v1/models", Map.of("X-API-Key", "secret-of-alice"));
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(Integer.parseInt(limited.headers().firstValue("Retry-After").orElseThrow()))
                .isBetween(1, 20);
        assertThat(json.readTree(limited.body()).get("detail").asString()).contains("key alice");

        // gina's key has no limit of its own (a trusted pipeline): her fourth, fifth, ... requests pass
        for (int i = 0; i < 6; i++) {
            assertThat(get("/v1/models", Map.of("X-API-Key", "secret-of-gina")).statusCode())
                    .isEqualTo(200);
        }

        // bob has a bucket of his own; health and metrics stay open without a key
        assertThat(get("/v1/models", Map.of("X-API-Key", "secret-of-bob")).statusCode())
                .isEqualTo(200);
        assertThat(get("/actuator/health/readiness", Map.of()).statusCode()).isEqualTo(200);
        String prometheus = get("/actuator/prometheus", Map.of()).body();
        assertThat(prometheus)
                .contains("rag_gateway_rejected_total{reason=\"api-key-missing\"} 1.0")
                .contains("rag_gateway_rejected_total{reason=\"api-key-invalid\"} 1.0")
                .contains("rag_gateway_rejected_total{reason=\"rate-limited\"} 1.0");
        // what each key used: alice's three requests passed on, bob's one (refusals are not usage); counted once a
        // request has gone through, which may be just after the client has the answer
        String bobsUse = "rag_gateway_requests_total{api=\"models\",key=\"bob\",status=\"2xx\"} 1.0";
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!prometheus.contains(bobsUse)) {
            assertThat(System.nanoTime()).as("bob's request was counted").isLessThan(deadline);
            Thread.sleep(20);
            prometheus = get("/actuator/prometheus", Map.of()).body();
        }
        assertThat(prometheus).contains("rag_gateway_requests_total{api=\"models\",key=\"alice\",status=\"2xx\"} 3.0");
    }

    @Test
    void servesTheAdminConsoleWithoutAKeyAndItCallsTheApiWithTheKeyItIsGiven() throws Exception {
        HttpResponse<String> page = get("/", Map.of());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.body()).contains("<title>jrag console</title>").contains("<script src=\"console.js\">");

        HttpResponse<String> script = get("/console.js", Map.of());
        assertThat(script.statusCode()).isEqualTo(200);
        // no identity provider configured: the console offers no sign-in, a key is pasted
        HttpResponse<String> signIn = get("/console/sign-in", Map.of());
        assertThat(signIn.statusCode()).isEqualTo(200);
        assertThat(json.readTree(signIn.body()).path("enabled").asBoolean()).isFalse();
        assertThat(script.body())
                .contains("headers.Authorization = `Bearer ${key}`")
                .contains("'/v1/collections'")
                .contains("'/v1/search'")
                .contains("'/v1/ask'")
                .contains("/documents/${id}");
    }

    @Test
    void letsAReadOnlyKeyReadAndAskButNotChangeData() throws Exception {
        var carol = Map.of("Authorization", "Bearer secret-of-carol");
        int received = RECEIVED.size();

        HttpResponse<String> search = send("POST", "/v1/search", carol);
        HttpResponse<String> list = send("GET", "/v1/collections", carol);
        HttpResponse<String> create = send("POST", "/v1/collections", carol);
        HttpResponse<String> upload = send("POST", "/v1/collections/docs/documents", carol);
        HttpResponse<String> delete = send("DELETE", "/v1/collections/docs/documents/7", carol);
        HttpResponse<String> rebuild = send("POST", "/v1/index/hnsw/rebuild", carol);

        assertThat(search.statusCode()).isEqualTo(200);
        assertThat(list.statusCode()).isEqualTo(200);
        for (HttpResponse<String> refused : List.of(create, upload, delete, rebuild)) {
            assertThat(refused.statusCode()).isEqualTo(403);
            JsonNode problem = json.readTree(refused.body());
            assertThat(problem.get("type").asString()).isEqualTo("https://jrag.dev/problems/api-key-read-only");
            assertThat(problem.get("detail").asString()).startsWith("the API key 'carol' may only read and ask; ");
        }
        assertThat(json.readTree(delete.body()).get("detail").asString())
                .endsWith("DELETE /v1/collections/docs/documents/7 changes stored data or the index");
        // only the two allowed requests reached the service
        assertThat(RECEIVED.size() - received).isEqualTo(2);
    }

    @Test
    void letsAScopedKeyUseOnlyItsCollections() throws Exception {
        var dave = Map.of("Authorization", "Bearer secret-of-dave");
        int received = RECEIVED.size();
        String search = "{\"query\": \"caf\u00e9 hours\", \"collection\": \"docs\"}";

        // within its collections: passed on, the body as sent
        HttpResponse<String> searched = send("POST", "/v1/search", search, dave);
        HttpResponse<String> chatted = send(
                "POST",
                "/v1/rag/chat/completions",
                "{\"model\": \"rag/faq\", \"messages\": [{\"role\": \"user\", \"content\": \"Hi\"}]}",
                dave);
        HttpResponse<String> document = send("GET", "/v1/collections/docs/documents/7", null, dave);
        // not saying which: passed on with its collections, for retrieval-service to search and list only them (frank
        // has the same scope and a rate-limit bucket of his own)
        var frank = Map.of("Authorization", "Bearer secret-of-frank");
        HttpResponse<String> asked = send("POST", "/v1/ask", "{\"question\": \"q\"}", frank);
        HttpResponse<String> everyCollection =
                send("POST", "/v1/rag/chat/completions", "{\"model\": \"rag\", \"messages\": []}", frank);
        HttpResponse<String> models = send("GET", "/v1/rag/models", null, frank);

        assertThat(List.of(searched, chatted, document, asked, everyCollection, models))
                .allSatisfy(r -> assertThat(r.statusCode()).as(r.body()).isEqualTo(200));
        assertThat(RECEIVED.size() - received).isEqualTo(6);
        assertThat(BODIES.get(received)).isEqualTo(search);
        assertThat(RECEIVED.subList(received, received + 6))
                .allSatisfy(
                        headers -> assertThat(headers.get("X-jrag-collections")).containsExactly("docs,faq"));
        received = RECEIVED.size();

        // outside them: 403 problems naming the key's collections, nothing passed on
        var refused = List.of(
                send("POST", "/v1/search", "{\"query\": \"q\", \"collection\": \"hr\"}", dave),
                send("POST", "/v1/ask", "{\"question\": \"q\", \"collections\": [\"docs\", \"hr\"]}", dave),
                send("POST", "/v1/rag/chat/completions", "{\"model\": \"rag/hr\", \"messages\": []}", dave),
                send("DELETE", "/v1/collections/docs", null, dave),
                send("GET", "/v1/collections/hr", null, dave),
                send("GET", "/v1/index/hnsw", null, dave));
        for (HttpResponse<String> response : refused) {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
            JsonNode problem = json.readTree(response.body());
            assertThat(problem.get("type").asString()).isEqualTo("https://jrag.dev/problems/api-key-out-of-scope");
            assertThat(problem.get("detail").asString()).endsWith("the collections of the API key 'dave' (docs, faq)");
        }
        assertThat(json.readTree(refused.getFirst().body()).get("detail").asString())
                .startsWith("collection 'hr' is not one of");
        // a body that names two collections, or a path that reads differently once decoded: refused as malformed
        HttpResponse<String> twice = send(
                "POST", "/v1/search", "{\"query\": \"q\", \"collection\": \"docs\", \"collection\": \"hr\"}", dave);
        HttpResponse<String> escaped = send("GET", "/v1/collections/do%63s", null, dave);
        assertThat(twice.statusCode()).isEqualTo(400);
        assertThat(json.readTree(twice.body()).get("detail").asString())
                .contains("Duplicate Object property \"collection\"");
        assertThat(escaped.statusCode()).isEqualTo(400);
        assertThat(RECEIVED.size() - received).isZero();

        // what spans collections is passed on with the key's collections, for ingest-service to narrow it to them
        // (whatever the client sent under that name)
        var erin = Map.of("Authorization", "Bearer secret-of-erin", "X-Jrag-Collections", "hr");
        assertThat(send("GET", "/v1/collections", null, erin).statusCode()).isEqualTo(200);
        assertThat(send("GET", "/v1/jobs/1", null, erin).statusCode()).isEqualTo(200);
        assertThat(RECEIVED.subList(RECEIVED.size() - 2, RECEIVED.size()))
                .allSatisfy(
                        headers -> assertThat(headers.get("X-jrag-collections")).containsExactly("docs,faq"));
    }

    @Test
    void aKeyGivenPrincipalsIsPassedOnWithThemAndAnotherWithWhatItSentItself() throws Exception {
        // a key given principals: passed on with them, URL-encoded, whatever it sent under that name
        var gina = Map.of("Authorization", "Bearer secret-of-gina", "X-Jrag-Principals", "admin");
        assertThat(send("POST", "/v1/search", "{\"query\": \"q\"}", gina).statusCode())
                .isEqualTo(200);
        assertThat(RECEIVED.getLast().get("X-jrag-principals")).containsExactly("hr+team,staff");

        // a key without them reads every document: no header, or the one it sent to narrow what it sees (a chat
        // backend acting for one of its users)
        var hank = Map.of("Authorization", "Bearer secret-of-hank");
        assertThat(send("GET", "/v1/collections/docs/documents", null, hank).statusCode())
                .isEqualTo(200);
        assertThat(RECEIVED.getLast()).doesNotContainKey("X-jrag-principals");
        var hankForHer = Map.of("Authorization", "Bearer secret-of-hank", "X-Jrag-Principals", "user%3Aher,hr");
        assertThat(send("GET", "/v1/collections/docs/documents", null, hankForHer)
                        .statusCode())
                .isEqualTo(200);
        assertThat(RECEIVED.getLast().get("X-jrag-principals")).containsExactly("user%3Aher,hr");
    }

    @Test
    void logsWhoChangedStoredDataButNotReads(CapturedOutput output) throws Exception {
        var bob = Map.of("Authorization", "Bearer secret-of-bob");

        assertThat(send("POST", "/v1/search", "{\"query\": \"q\"}", bob).statusCode())
                .isEqualTo(200);
        assertThat(send("DELETE", "/v1/collections/docs/documents/7", null, bob).statusCode())
                .isEqualTo(200);

        // a line is written once its request has gone through, which may be just after the client has the answer
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!output.getOut().contains("key bob DELETE /v1/collections/docs/documents/7 -> 200")) {
            assertThat(System.nanoTime()).as("the audit line was logged").isLessThan(deadline);
            Thread.sleep(20);
        }
        assertThat(output.getOut()).doesNotContain("key bob POST /v1/search");
    }

    private HttpResponse<String> send(String method, String path, Map<String, String> headers) throws Exception {
        return send(method, path, method.equals("POST") ? "{}" : null, headers);
    }

    private HttpResponse<String> send(String method, String path, String body, Map<String, String> headers)
            throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(
                        method,
                        body != null ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody());
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, Map<String, String> headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
