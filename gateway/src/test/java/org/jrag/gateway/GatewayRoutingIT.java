package org.jrag.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The gateway over real HTTP, in front of three stub services standing in for ingest, retrieval and generation. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class GatewayRoutingIT {

    private static final Map<String, Stub> STUBS = Map.of(
            "ingest", Stub.start("ingest"),
            "retrieval", Stub.start("retrieval"),
            "generation", Stub.start("generation"));

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("RAG_INGEST_URL", () -> STUBS.get("ingest").url());
        registry.add("RAG_RETRIEVAL_URL", () -> STUBS.get("retrieval").url());
        registry.add("RAG_GENERATION_URL", () -> STUBS.get("generation").url());
    }

    @AfterAll
    static void stopStubs() {
        STUBS.values().forEach(Stub::stop);
    }

    @ParameterizedTest(name = "{0} {1}?{2} -> {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            POST   | /v1/collections                    | -                          | ingest
            GET    | /v1/collections                    | -                          | ingest
            GET    | /v1/collections/docs               | -                          | ingest
            POST   | /v1/collections/docs/documents     | title=Getting%20started&source=a%2Fb.md | ingest
            DELETE | /v1/collections/docs/documents/7   | -                          | ingest
            PATCH  | /v1/collections/docs               | -                          | ingest
            POST   | /v1/collections/docs/documents/7/rechunk | chunkTokens=128      | ingest
            GET    | /v1/jobs/42                        | verbose=true               | ingest
            POST   | /v1/embeddings                     | -                          | ingest
            GET    | /v1/folders                        | -                          | ingest
            POST   | /v1/folders/handbook/sync          | -                          | ingest
            GET    | /v1/buckets                        | -                          | ingest
            POST   | /v1/buckets/archive/sync           | -                          | ingest
            GET    | /v1/mailboxes                      | -                          | ingest
            POST   | /v1/mailboxes/support/sync         | -                          | ingest
            GET    | /v1/drives                         | -                          | ingest
            POST   | /v1/drives/policies/sync           | -                          | ingest
            GET    | /v1/containers                     | -                          | ingest
            POST   | /v1/containers/contracts/sync      | -                          | ingest
            GET    | /v1/repositories                   | -                          | ingest
            POST   | /v1/repositories/handbook/sync     | -                          | ingest
            GET    | /v1/spaces                         | -                          | ingest
            POST   | /v1/spaces/eng/sync                | -                          | ingest
            GET    | /v1/projects                       | -                          | ingest
            POST   | /v1/projects/support/sync          | -                          | ingest
            GET    | /v1/guides                         | -                          | ingest
            POST   | /v1/guides/help/sync               | -                          | ingest
            GET    | /v1/gdrives                        | -                          | ingest
            POST   | /v1/gdrives/team/sync              | -                          | ingest
            GET    | /v1/kbs                            | -                          | ingest
            POST   | /v1/kbs/it/sync                    | -                          | ingest
            GET    | /v1/sites                          | -                          | ingest
            POST   | /v1/sites/wiki/sync                | -                          | ingest
            POST   | /v1/search                         | -                          | retrieval
            POST   | /v1/ask                            | -                          | retrieval
            GET    | /v1/asks                           | rating=down&limit=5        | retrieval
            POST   | /v1/asks/0b6e/feedback             | -                          | retrieval
            GET    | /v1/index/status                   | -                          | retrieval
            GET    | /v1/rag/models                     | -                          | retrieval
            POST   | /v1/rag/chat/completions           | -                          | retrieval
            POST   | /v1/answers                        | -                          | generation
            GET    | /v1/models                         | -                          | generation
            POST   | /v1/chat/completions               | -                          | generation
            POST   | /v1/completions                    | -                          | generation
            """)
    void routesEachContractPathToItsServiceIntact(String method, String path, String query, String service)
            throws Exception {
        // given
        String body = method.equals("POST") ? "{\"probe\": \"" + path + " \\u00e9\"}" : null;
        String target = query == null ? path : path + "?" + query;

        // when
        var response = send(method, target, body, null);

        // then
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json.readTree(response.body()).path("service").asString()).isEqualTo(service);
        Received received = STUBS.get(service).last();
        assertThat(received.method()).isEqualTo(method);
        assertThat(received.path()).isEqualTo(path);
        // the proxy may reorder parameters; each must arrive with its encoding intact
        assertThat(queryPairs(received.rawQuery())).isEqualTo(queryPairs(query));
        assertThat(received.body()).isEqualTo(body == null ? "" : body);
        if (body != null) {
            assertThat(received.contentType()).isEqualTo("application/json; charset=utf-8");
        }
        STUBS.values().stream()
                .filter(stub -> !stub.name().equals(service))
                .forEach(stub -> assertThat(stub.last()).isNotEqualTo(received));
    }

    @Test
    void passesServerSentEventsOnAsTheyComeNotWhenTheStreamEnds() throws Exception {
        // given a retrieval service that sends one event, then waits for the client to have read it
        Stub retrieval = STUBS.get("retrieval");
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/ask"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"question\": \"q\", \"stream\": true}"))
                .build();

        // when
        var response = http.send(request, HttpResponse.BodyHandlers.ofLines());
        var lines = response.body().iterator();

        // then the first event arrives while the service still holds the rest
        assertThat(response.headers().firstValue("Content-Type")).contains("text/event-stream");
        assertThat(lines.next()).isEqualTo("event: delta");
        assertThat(lines.next()).isEqualTo("data: {\"text\": \"first\"}");
        retrieval.releaseStream();
        assertThat(lines.next()).isEmpty();
        assertThat(lines.next()).isEqualTo("event: answer");
        assertThat(retrieval.streamHeldTooLong()).isFalse();
    }

    @Test
    void createsARequestIdAndForwardsIt() throws Exception {
        // when
        var response = send("GET", "/v1/index/status", null, null);

        // then
        assertThat(response.headers().allValues("X-Request-Id")).hasSize(1);
        String id = response.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(id).matches("[0-9a-f-]{36}");
        assertThat(STUBS.get("retrieval").last().requestId()).isEqualTo(id);
    }

    @Test
    void joinsTheCallersTraceAndPassesItOnOrStartsOne() throws Exception {
        String trace = "4bf92f3577b34da6a3ce929d0e0e4736";
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/collections"))
                .header("traceparent", "00-" + trace + "-00f067aa0ba902b7-01")
                .build();

        // when
        var joined = http.send(request, HttpResponse.BodyHandlers.ofString());
        String joinedContext = STUBS.get("ingest").last().traceparent();
        send("GET", "/v1/collections", null, null);
        String startedContext = STUBS.get("ingest").last().traceparent();

        // then the service is called in the caller's trace, as a child of the gateway's span; without one, a new trace
        assertThat(joined.statusCode()).isEqualTo(200);
        assertThat(joinedContext).matches("00-" + trace + "-[0-9a-f]{16}-01").doesNotContain("00f067aa0ba902b7");
        assertThat(startedContext).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]").doesNotContain(trace);
    }

    @Test
    void keepsAGivenRequestId() throws Exception {
        // when
        var response = send("POST", "/v1/search", "{\"query\": \"q\"}", "client-chosen-id-1");

        // then
        assertThat(response.headers().allValues("X-Request-Id")).containsExactly("client-chosen-id-1");
        assertThat(STUBS.get("retrieval").last().requestId()).isEqualTo("client-chosen-id-1");
    }

    @Test
    void answersAnUnknownPathWithANotFoundProblem() throws Exception {
        // when
        var response = send("GET", "/v1/nothing-here", null, null);

        // then
        JsonNode problem = assertProblem(response, 404, "route-not-found");
        assertThat(problem.path("detail").asString()).isEqualTo("No route matches GET /v1/nothing-here");
        assertThat(response.headers().firstValue("X-Request-Id")).isPresent();
    }

    @Test
    void answersAnUnreachableServiceWithABadGatewayProblemNamingIt() throws Exception {
        // given
        Stub generation = STUBS.get("generation");
        generation.pause();
        try {
            // when
            var response = send("POST", "/v1/answers", "{\"question\": \"q\"}", null);

            // then
            JsonNode problem = assertProblem(response, 502, "downstream-unavailable");
            assertThat(problem.path("detail").asString())
                    .startsWith("The generation service at " + generation.url()
                            + " could not be reached for POST /v1/answers: ");
        } finally {
            generation.resume();
        }
    }

    @ParameterizedTest
    @CsvSource({"ingest", "retrieval", "generation"})
    void servesEachServicesOpenApiDescriptionUnderOneSwaggerUi(String service) throws Exception {
        // when
        var response = send("GET", "/openapi/" + service, null, null);
        var swaggerConfig = send("GET", "/v3/api-docs/swagger-config", null, null);

        // then
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json.readTree(response.body()).path("service").asString()).isEqualTo(service);
        assertThat(STUBS.get(service).last().path()).isEqualTo("/v3/api-docs");
        assertThat(swaggerConfig.statusCode()).isEqualTo(200);
        assertThat(swaggerConfig.body()).contains("\"url\":\"/openapi/" + service + "\"");
    }

    @Test
    void isReadyAndExposesPrometheusMetrics() throws Exception {
        // when
        var readiness = send("GET", "/actuator/health/readiness", null, null);
        var prometheus = send("GET", "/actuator/prometheus", null, null);

        // then
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(json.readTree(readiness.body()).path("status").asString()).isEqualTo("UP");
        assertThat(prometheus.statusCode()).isEqualTo(200);
        assertThat(prometheus.body()).contains("jvm_memory_used_bytes");
    }

    private static Set<String> queryPairs(String rawQuery) {
        return rawQuery == null ? Set.of() : Set.of(rawQuery.split("&"));
    }

    private JsonNode assertProblem(HttpResponse<String> response, int status, String slug) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.path("type").asString()).isEqualTo("https://jrag.dev/problems/" + slug);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("title").asString()).isNotBlank();
        return problem;
    }

    private HttpResponse<String> send(String method, String target, String body, String requestId)
            throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + target))
                .timeout(Duration.ofSeconds(20))
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", "application/json; charset=utf-8");
        }
        if (requestId != null) {
            request.header("X-Request-Id", requestId);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** What a stub service received. */
    record Received(
            String method,
            String path,
            String rawQuery,
            String contentType,
            String requestId,
            String traceparent,
            String body) {}

    /** A stand-in service: records the last request and answers {"service": name}, echoing the request id. */
    static final class Stub {

        private final String name;
        private final int port;
        private final AtomicReference<Received> last = new AtomicReference<>();
        private HttpServer server;

        private Stub(String name, int port) {
            this.name = name;
            this.port = port;
        }

        static Stub start(String name) {
            try {
                HttpServer probe = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
                var stub = new Stub(name, probe.getAddress().getPort());
                stub.serve(probe);
                return stub;
            } catch (IOException e) {
                throw new IllegalStateException("cannot start the " + name + " stub", e);
            }
        }

        String name() {
            return name;
        }

        String url() {
            return "http://127.0.0.1:" + port;
        }

        Received last() {
            return last.get();
        }

        /** Stops listening, so connections to its port are refused. */
        void pause() {
            server.stop(0);
        }

        /** Listens on the same port again. */
        void resume() throws IOException {
            serve(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0));
        }

        void stop() {
            server.stop(0);
        }

        private void serve(HttpServer server) {
            server.createContext("/", this::handle);
            server.start();
            this.server = server;
        }

        /**
         * Server-sent events in two parts: the first at once, the second once {@link #releaseStream()} is called
         * (at most 10 s later; {@link #streamHeldTooLong()} then says so).
         */
        private void streamEvents(HttpExchange exchange) throws IOException {
            exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
            exchange.sendResponseHeaders(200, 0);
            var body = exchange.getResponseBody();
            body.write("event: delta\ndata: {\"text\": \"first\"}\n\n".getBytes(StandardCharsets.UTF_8));
            body.flush();
            try {
                heldTooLong = !streamHold.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            body.write("event: answer\ndata: {\"service\": \"retrieval\"}\n\n".getBytes(StandardCharsets.UTF_8));
        }

        private volatile CountDownLatch streamHold = new CountDownLatch(1);
        private volatile boolean heldTooLong;

        void releaseStream() {
            streamHold.countDown();
        }

        boolean streamHeldTooLong() {
            return heldTooLong;
        }

        private void handle(HttpExchange exchange) throws IOException {
            try (exchange) {
                var headers = exchange.getRequestHeaders();
                String requestId = headers.getFirst("X-Request-Id");
                last.set(new Received(
                        exchange.getRequestMethod(),
                        exchange.getRequestURI().getRawPath(),
                        exchange.getRequestURI().getRawQuery(),
                        headers.getFirst("Content-Type"),
                        requestId,
                        headers.getFirst("traceparent"),
                        new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
                if (last.get().body().contains("\"stream\": true")) {
                    streamEvents(exchange);
                    return;
                }
                byte[] response = ("{\"service\": \"" + name + "\"}").getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                // no keep-alive: a paused stub must refuse the next connection, not leave a dead pooled one
                exchange.getResponseHeaders().set("Connection", "close");
                if (requestId != null) {
                    exchange.getResponseHeaders().set("X-Request-Id", requestId);
                }
                exchange.sendResponseHeaders(200, response.length);
                exchange.getResponseBody().write(response);
            }
        }
    }
}
