package org.jrag.platform.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jrag.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The platform as shipped: the four service jars started as separate processes on one fresh database, driven only
 * through the gateway, as a user would.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlatformEndToEndIT {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final List<ServiceProcess> services = new ArrayList<>();
    private static final Map<String, Long> documentIds = new HashMap<>();
    private static String gateway;
    private static Path root;
    private static Map<String, String> environment;

    @BeforeAll
    static void startPlatform() throws Exception {
        root = Path.of(System.getProperty("jrag.root", "..")).toAbsolutePath().normalize();
        Path work = root.resolve("platform-tests/target/e2e");
        TestDatabase.Db db = TestDatabase.recreate("rag_e2e");
        int ingestPort = ServiceProcess.freePort();
        int retrievalPort = ServiceProcess.freePort();
        int generationPort = ServiceProcess.freePort();
        int gatewayPort = ServiceProcess.freePort();
        Map<String, String> env = Map.ofEntries(
                Map.entry("RAG_DB_URL", db.url()),
                Map.entry("RAG_DB_USER", db.user()),
                Map.entry("RAG_DB_PASSWORD", db.password()),
                Map.entry("RAG_INGEST_URL", "http://127.0.0.1:" + ingestPort),
                Map.entry("RAG_RETRIEVAL_URL", "http://127.0.0.1:" + retrievalPort),
                Map.entry("RAG_GENERATION_URL", "http://127.0.0.1:" + generationPort),
                Map.entry(
                        "RAG_BM25_INDEX_DIR",
                        Files.createTempDirectory("jrag-e2e-bm25").toString()),
                // a synced folder, never synced while the tests run: its gauges are what the alerts read
                Map.entry("RAG_INGEST_FOLDERSYNC_FOLDERS_0_NAME", "e2e-share"),
                Map.entry("RAG_INGEST_FOLDERSYNC_FOLDERS_0_COLLECTION", "e2e-share"),
                Map.entry(
                        "RAG_INGEST_FOLDERSYNC_FOLDERS_0_PATH",
                        Files.createTempDirectory("jrag-e2e-share").toString()),
                Map.entry("RAG_INGEST_FOLDERSYNC_INITIALDELAY", "1h"));
        Path logs = work.resolve("logs");
        environment = env;

        // ingest-service owns the schema: it migrates before the others read it
        ServiceProcess ingest = ServiceProcess.start(root, "ingest-service", ingestPort, env, logs);
        services.add(ingest);
        ingest.awaitReady(HTTP, START_TIMEOUT);
        services.add(ServiceProcess.start(root, "retrieval-service", retrievalPort, env, logs));
        services.add(ServiceProcess.start(root, "generation-service", generationPort, env, logs));
        services.add(ServiceProcess.start(root, "gateway", gatewayPort, env, logs));
        for (ServiceProcess service : services) {
            service.awaitReady(HTTP, START_TIMEOUT);
        }
        for (ServiceProcess service : services) {
            System.out.printf("[e2e] %s started in %.1f s%n", service.name(), service.startupSeconds());
        }
        gateway = "http://127.0.0.1:" + gatewayPort;
    }

    @AfterAll
    static void stopPlatform() throws Exception {
        for (ServiceProcess service : services.reversed()) {
            service.close();
        }
    }

    @Test
    @Order(1)
    void ingestsThreeDocumentsThroughTheGateway() throws Exception {
        // given
        var created = post("/v1/collections", "application/json", "{\"name\":\"e2e\",\"description\":\"end to end\"}");
        assertThat(created.statusCode()).isEqualTo(201);

        // when
        long lastSeq = 0;
        for (var doc : Map.of(
                        "saturn",
                        "Saturn is the sixth planet from the Sun. Its largest moon, Titan, has a thick nitrogen"
                                + " atmosphere and lakes of liquid methane on its surface.",
                        "coffee",
                        "The Arabica coffee plant first grew in the highlands of Ethiopia. Its beans are roasted"
                                + " before they are ground and brewed.",
                        "bridge",
                        "The Golden Gate Bridge opened to traffic in 1937. The bridge is painted in a colour called"
                                + " International Orange, chosen so that it stays visible in fog.")
                .entrySet()) {
            var response = post(
                    "/v1/collections/e2e/documents?title=" + doc.getKey(), "text/plain; charset=utf-8", doc.getValue());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
            JsonNode body = JSON.readTree(response.body());
            assertThat(body.path("status").asString()).isEqualTo("READY");
            assertThat(body.path("chunkCount").asInt()).isPositive();
            documentIds.put(doc.getKey(), body.path("documentId").asLong());
            lastSeq = Math.max(lastSeq, body.path("changeSeq").asLong());
        }

        // then: the BM25 index catches up with the change log
        awaitIndexedThrough(lastSeq);
        assertThat(documentIds).hasSize(3);
    }

    @Test
    @Order(2)
    void answersAQuestionCitingTheDocumentThatHoldsTheFact() throws Exception {
        // given
        String requestId = "e2e-ask-" + System.nanoTime();
        var request = HttpRequest.newBuilder(URI.create(gateway + "/v1/ask"))
                .header("Content-Type", "application/json")
                .header("X-Request-Id", requestId)
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"question\":\"What colour is the Golden Gate Bridge painted?\",\"collection\":\"e2e\"}"))
                .build();

        // when
        var response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());

        // then
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("X-Request-Id")).contains(requestId);
        JsonNode answer = JSON.readTree(response.body());
        assertThat(answer.path("mode").asString()).isEqualTo("extractive");
        assertThat(answer.path("answer").asString()).contains("International Orange");
        JsonNode citations = answer.path("citations");
        assertThat(citations.isArray()).isTrue();
        assertThat(citations.get(0).path("documentId").asLong()).isEqualTo(documentIds.get("bridge"));
        assertThat(citations.get(0).path("text").asString()).contains("International Orange");
        // kept in the answer log, where the user's feedback joins it
        String answerId = answer.path("answerId").asString();
        var feedback = post("/v1/asks/" + answerId + "/feedback", "application/json", "{\"rating\":\"up\"}");
        assertThat(feedback.statusCode()).as(feedback.body()).isEqualTo(200);
        JsonNode logged = JSON.readTree(HTTP.send(
                        HttpRequest.newBuilder(URI.create(gateway + "/v1/asks?rating=up"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body());
        assertThat(logged.at("/asks/0/id").asString()).isEqualTo(answerId);
        assertThat(logged.at("/asks/0/question").asString())
                .isEqualTo("What colour is the Golden Gate Bridge painted?");
        // the id the gateway accepted reached the services behind it (each writes its access line once the
        // response is out, so the gateway's may land a moment after the client has the answer)
        for (ServiceProcess service : services) {
            if (!service.name().equals("ingest-service")) {
                awaitLogLine(service, requestId);
            }
        }
    }

    @Test
    @Order(3)
    void searchExplainsEachRetriever() throws Exception {
        var response = post(
                "/v1/search", "application/json", "{\"query\":\"moon with lakes of methane\",\"collection\":\"e2e\"}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode first = JSON.readTree(response.body()).path("results").get(0);
        assertThat(first.path("documentId").asLong()).isEqualTo(documentIds.get("saturn"));
        assertThat(first.path("ranks").path("bm25").asInt()).isEqualTo(1);
        assertThat(first.path("ranks").path("dense").asInt()).isEqualTo(1);
    }

    @Test
    @Order(4)
    void badInputGetsProblemDetailsThroughTheGateway() throws Exception {
        var empty = post("/v1/collections/e2e/documents", "text/plain", "");
        var unknown = post("/v1/collections/nope/documents", "text/plain", "text");

        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(unknown.body()).path("detail").asString()).contains("nope");
    }

    @Test
    @Order(5)
    void embedsThroughTheGatewayWithTheIndexingModel() throws Exception {
        var query = post(
                "/v1/embeddings",
                "application/json",
                "{\"input\": \"moon with lakes of methane\", \"input_type\": \"query\"}");
        var passage = post("/v1/embeddings", "application/json", "{\"input\": [\"moon with lakes of methane\"]}");

        assertThat(query.statusCode()).as(query.body()).isEqualTo(200);
        assertThat(passage.statusCode()).as(passage.body()).isEqualTo(200);
        JsonNode vector = JSON.readTree(query.body()).at("/data/0/embedding");
        assertThat(vector.size()).isEqualTo(384);
        double norm = 0;
        for (JsonNode v : vector) {
            norm += v.doubleValue() * v.doubleValue();
        }
        assertThat(Math.sqrt(norm)).isCloseTo(1.0, within(1e-3));
        assertThat(JSON.readTree(passage.body()).at("/data/0/embedding")).isNotEqualTo(vector);
    }

    @Test
    @Order(6)
    void streamsAnAnswerThroughTheGatewayAsServerSentEvents() throws Exception {
        String question = "{\"question\":\"What colour is the Golden Gate Bridge painted?\",\"collection\":\"e2e\"";

        var whole = post("/v1/ask", "application/json", question + "}");
        var streamed = post("/v1/ask", "application/json", question + ",\"stream\":true}");

        assertThat(streamed.statusCode()).as(streamed.body()).isEqualTo(200);
        assertThat(streamed.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/event-stream"));
        // generation-service answers extractively here (no model): its text in one delta, then the answer
        List<String> events = List.of(streamed.body().split("\n\n"));
        assertThat(events).hasSize(2);
        assertThat(events.get(0)).startsWith("event: delta\ndata: ");
        assertThat(events.get(1)).startsWith("event: answer\ndata: ");
        ObjectNode answer = (ObjectNode) JSON.readTree(events.get(1).substring("event: answer\ndata: ".length()));
        ObjectNode wholeAnswer = (ObjectNode) JSON.readTree(whole.body());
        // two answers, each logged with an id of its own; the question was asked before, so the stream replays the
        // answer kept in the answer cache
        assertThat(answer.remove("answerId")).isNotNull().isNotEqualTo(wholeAnswer.remove("answerId"));
        assertThat(answer.remove("cached").asBoolean()).isTrue();
        wholeAnswer.remove("cached");
        assertThat(answer).isEqualTo(wholeAnswer);
        assertThat(JSON.readTree(events.get(0).substring("event: delta\ndata: ".length()))
                        .path("text")
                        .asString())
                .isEqualTo(answer.path("answer").asString())
                .contains("International Orange");
    }

    @Test
    @Order(7)
    void answersAnOpenAiChatRequestWithTheCollectionAsItsModel() throws Exception {
        var models = HTTP.send(
                HttpRequest.newBuilder(URI.create(gateway + "/v1/rag/models")).build(),
                HttpResponse.BodyHandlers.ofString());
        var chat = post("/v1/rag/chat/completions", "application/json", """
                {"model": "rag/e2e", "messages": [
                  {"role": "user", "content": "Tell me about the Golden Gate Bridge."},
                  {"role": "assistant", "content": "It opened in 1937."},
                  {"role": "user", "content": "What colour is it painted?"}]}""");

        assertThat(models.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(models.body()).path("data"))
                .extracting(m -> m.path("id").asString())
                .contains("rag", "rag/e2e");
        assertThat(chat.statusCode()).as(chat.body()).isEqualTo(200);
        JsonNode completion = JSON.readTree(chat.body());
        assertThat(completion.path("object").asString()).isEqualTo("chat.completion");
        assertThat(completion.at("/choices/0/message/content").asString()).contains("International Orange");
        assertThat(completion.at("/citations/0/documentId").asLong()).isEqualTo(documentIds.get("bridge"));
        // no model here: the follow-up was searched with the previous question, and the report says so
        assertThat(completion.at("/rag/rewrite/method").asString()).isEqualTo("previous-question");
    }

    @Test
    @Order(8)
    void aPatchedTitleIsSearchedAndADeletedCollectionLeavesTheSearch() throws Exception {
        // given a second collection whose one document is found in a search of every collection
        post("/v1/collections", "application/json", "{\"name\":\"e2e-old\"}");
        var stored = post(
                "/v1/collections/e2e-old/documents?title=Pluto",
                "text/plain; charset=utf-8",
                "Pluto's heart-shaped glacier, Sputnik Planitia, is made of frozen nitrogen.");
        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(201);
        awaitIndexedThrough(JSON.readTree(stored.body()).path("changeSeq").asLong());
        String query = "{\"query\":\"glacier of frozen nitrogen\",\"mode\":\"bm25\"}";
        assertThat(JSON.readTree(post("/v1/search", "application/json", query).body())
                        .path("results")
                        .valueStream()
                        .map(r -> r.path("collection").asString()))
                .contains("e2e-old");
        // a new title (a metadata patch: nothing embedded again) reaches the search once indexed
        long plutoId = JSON.readTree(stored.body()).path("documentId").asLong();
        var patched = HTTP.send(
                HttpRequest.newBuilder(URI.create(gateway + "/v1/collections/e2e-old/documents/" + plutoId))
                        .header("Content-Type", "application/merge-patch+json")
                        .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"title\": \"Dwarf planet Pluto\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);
        awaitIndexedThrough(JSON.readTree(patched.body()).path("changeSeq").asLong());
        assertThat(JSON.readTree(post(
                                        "/v1/search",
                                        "application/json",
                                        "{\"query\":\"dwarf planet\",\"collection\":\"e2e-old\",\"mode\":\"bm25\"}")
                                .body())
                        .at("/results/0/title")
                        .asString())
                .isEqualTo("Dwarf planet Pluto");

        // readers on the document: through the gateway a caller reading as other principals no longer finds it in
        // either retriever, one reading as them does
        var restricted = HTTP.send(
                HttpRequest.newBuilder(URI.create(gateway + "/v1/collections/e2e-old/documents/" + plutoId))
                        .header("Content-Type", "application/merge-patch+json")
                        .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"readers\": [\"astronomers\"]}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(restricted.statusCode()).as(restricted.body()).isEqualTo(200);
        awaitIndexedThrough(JSON.readTree(restricted.body()).path("changeSeq").asLong());
        for (String mode : List.of("bm25", "dense")) {
            String search = "{\"query\":\"Pluto glacier of frozen nitrogen\",\"mode\":\"" + mode + "\"}";
            assertThat(collectionsFound(postAs("/v1/search", search, "staff")))
                    .as(mode)
                    .doesNotContain("e2e-old");
            assertThat(collectionsFound(postAs("/v1/search", search, "staff,astronomers")))
                    .as(mode)
                    .contains("e2e-old");
        }

        // when
        var deleted = HTTP.send(
                HttpRequest.newBuilder(URI.create(gateway + "/v1/collections/e2e-old"))
                        .DELETE()
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        // then its document is gone from the search once the index has read the change log
        assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(200);
        JsonNode report = JSON.readTree(deleted.body());
        assertThat(report.path("documentsDeleted").asLong()).isEqualTo(1);
        awaitIndexedThrough(report.path("changeSeq").asLong());
        assertThat(JSON.readTree(post("/v1/search", "application/json", query).body())
                        .path("results")
                        .valueStream()
                        .map(r -> r.path("collection").asString()))
                .doesNotContain("e2e-old");
        var named = post("/v1/search", "application/json", "{\"query\":\"glacier\",\"collection\":\"e2e-old\"}");
        assertThat(named.statusCode()).isEqualTo(404);
    }

    @Test
    @Order(8)
    void aCollectionExportedAndImportedUnderAnotherNameIsSearchedThroughTheGateway() throws Exception {
        var exported = HTTP.send(
                HttpRequest.newBuilder(URI.create(gateway + "/v1/collections/e2e/export"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(exported.statusCode()).isEqualTo(200);
        assertThat(exported.body().split("\n")).hasSize(1 + documentIds.size());

        var imported = post("/v1/collections/e2e-copy/import", "application/x-ndjson", exported.body());
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        assertThat(JSON.readTree(imported.body()).path("documents").asInt()).isEqualTo(documentIds.size());
        awaitIndexedThrough(JSON.readTree(imported.body()).path("changeSeq").asLong());

        // both retrievers find the imported chunks: the BM25 index read them from the change log, the vectors came
        // along
        for (String mode : List.of("bm25", "dense")) {
            var found = post(
                    "/v1/search",
                    "application/json",
                    "{\"query\":\"Which moon of Saturn has lakes of methane?\",\"collection\":\"e2e-copy\","
                            + "\"mode\":\"" + mode + "\"}");
            assertThat(JSON.readTree(found.body()).at("/results/0/title").asString())
                    .as(mode)
                    .isEqualTo("saturn");
        }
        var deleted = HTTP.send(
                HttpRequest.newBuilder(URI.create(gateway + "/v1/collections/e2e-copy"))
                        .DELETE()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(deleted.statusCode()).isEqualTo(200);
    }

    @Test
    @Order(8)
    void everyMetricTheHelmChartsAlertsAndDashboardReadIsOnAServicesPrometheusPage() throws Exception {
        var pages = new StringBuilder();
        for (ServiceProcess service : services) {
            HttpResponse<String> page = HTTP.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + "/actuator/prometheus"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).as(service.name()).isEqualTo(200);
            pages.append(page.body());
        }
        String all = pages.toString();

        var metrics = new java.util.TreeSet<>(org.jrag.platform.deploy.ChartMetrics.alerts());
        assertThat(metrics).contains("rag_ingest_sync_failing", "rag_retrieval_bm25_lag");
        var dashboard = org.jrag.platform.deploy.ChartMetrics.dashboard();
        assertThat(dashboard).contains("rag_search_seconds_count", "rag_generation_kv_blocks_used");
        metrics.addAll(dashboard);
        // the engine's gauges, which a generation-service serves only with a model loaded (OpenAiIT checks them)
        metrics.removeAll(java.util.Set.of(
                "rag_generation_kv_blocks_used",
                "rag_generation_kv_blocks_pool",
                "rag_generation_running",
                "rag_generation_waiting",
                "rag_generation_prefix_cache_hit_ratio"));

        assertThat(metrics.stream()
                        .filter(metric -> all.lines()
                                .noneMatch(line -> line.startsWith(metric + "{") || line.startsWith(metric + " ")))
                        .toList())
                .as("metrics an alert or the dashboard reads that no service's /actuator/prometheus shows")
                .isEmpty();
    }

    @Test
    @Order(9)
    void servicesConfiguredWithAnotherEmbeddingModelRefuseToStartOnTheStoredVectors() throws Exception {
        Map<String, String> other = withOtherEmbeddingModel();
        other.put(
                "RAG_BM25_INDEX_DIR",
                Files.createTempDirectory("jrag-e2e-bm25-other").toString());
        Path logs = root.resolve("platform-tests/target/e2e/logs");

        try (ServiceProcess ingest = ServiceProcess.start(
                        root, "ingest-service", "ingest-service-other-model", ServiceProcess.freePort(), other, logs);
                ServiceProcess retrieval = ServiceProcess.start(
                        root,
                        "retrieval-service",
                        "retrieval-service-other-model",
                        ServiceProcess.freePort(),
                        other,
                        logs)) {
            for (ServiceProcess refused : List.of(ingest, retrieval)) {
                assertThat(refused.awaitExit(Duration.ofMinutes(2)))
                        .as(refused.logTail())
                        .isNotZero();
                assertThat(refused.logText())
                        .as(refused.name())
                        .contains("the stored chunk vectors were computed by embedding model 'bge-small-en-v1.5-q'"
                                + " (384 dimensions")
                        .contains("but this service is configured with 'bge-mean' (384 dimensions");
            }
        }
    }

    @Test
    @Order(10)
    void toldToReEmbedIngestServiceMovesTheVectorsToItsModelAndRetrievalOnTheOldOneLeavesReadiness() throws Exception {
        Map<String, String> other = withOtherEmbeddingModel();
        other.put("RAG_EMBEDDING_REEMBED", "true");
        Path logs = root.resolve("platform-tests/target/e2e/logs");
        ServiceProcess retrieval = services.get(1);
        assertThat(retrieval.name()).isEqualTo("retrieval-service");

        try (ServiceProcess ingest = ServiceProcess.start(
                root, "ingest-service", "ingest-service-re-embedding", ServiceProcess.freePort(), other, logs)) {
            // ready once every chunk holds the new model's vector
            ingest.awaitReady(HTTP, START_TIMEOUT);
            var health = HTTP.send(
                    HttpRequest.newBuilder(URI.create(ingest.baseUrl() + "/actuator/health/readiness"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(JSON.readTree(health.body())
                            .at("/components/embeddingModel/details/reEmbedding")
                            .asString())
                    .isEqualTo("done");
            assertThat(ingest.logText()).contains("Re-embedded ").contains("'bge-mean' (384 dimensions");

            // retrieval-service, still on the old model, is taken out of readiness
            var readiness = HTTP.send(
                    HttpRequest.newBuilder(URI.create(retrieval.baseUrl() + "/actuator/health/readiness"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(readiness.statusCode()).isEqualTo(503);
            assertThat(JSON.readTree(readiness.body())
                            .at("/components/embeddingModel/details/reason")
                            .asString())
                    .contains("'bge-mean'");
        }
    }

    /**
     * The platform's environment with another embedding model: the bundled model's own files read another way (mean
     * pooling), whose vectors are not comparable with the stored ones.
     */
    private static Map<String, String> withOtherEmbeddingModel() {
        var other = new HashMap<>(environment);
        other.put("RAG_EMBEDDING_MODEL", "bge-mean");
        other.put("RAG_EMBEDDING_ONNX_MODEL", "classpath:/bge-small-en-v1.5-q.onnx");
        other.put("RAG_EMBEDDING_TOKENIZER", "classpath:/bge-small-en-v1.5-q-tokenizer.json");
        other.put("RAG_EMBEDDING_POOLING", "MEAN");
        return other;
    }

    private static HttpResponse<String> post(String path, String contentType, String body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(gateway + path))
                .header("Content-Type", contentType)
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** A POST of a client that reads documents as {@code principals} (a chat backend acting for one of its users). */
    private static HttpResponse<String> postAs(String path, String body, String principals) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(gateway + path))
                .header("Content-Type", "application/json")
                .header("X-Jrag-Principals", principals)
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> collectionsFound(HttpResponse<String> search) {
        assertThat(search.statusCode()).as(search.body()).isEqualTo(200);
        return JSON.readTree(search.body())
                .path("results")
                .valueStream()
                .map(r -> r.path("collection").asString())
                .toList();
    }

    private static void awaitLogLine(ServiceProcess service, String requestId) throws Exception {
        Instant deadline = Instant.now().plusSeconds(10);
        while (!service.logText().contains("\"requestId\":\"" + requestId + "\"")) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(
                        service.name() + " logged no line with request id " + requestId + ":\n" + service.logTail());
            }
            Thread.sleep(100);
        }
    }

    private static void awaitIndexedThrough(long seq) throws Exception {
        Instant deadline = Instant.now().plusSeconds(60);
        var status =
                HttpRequest.newBuilder(URI.create(gateway + "/v1/index/status")).build();
        while (Instant.now().isBefore(deadline)) {
            var response = HTTP.send(status, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200
                    && JSON.readTree(response.body()).path("lastSeq").asLong() >= seq) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("BM25 index did not reach change_log seq " + seq + " within 60 s");
    }
}
