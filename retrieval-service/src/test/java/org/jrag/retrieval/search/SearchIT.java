package org.jrag.retrieval.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.pgvector.PGvector;
import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jrag.embedding.TextEmbedder;
import org.jrag.retrieval.answer.AnswerCache;
import org.jrag.retrieval.answerlog.AnswerLog;
import org.jrag.retrieval.bm25.ChangeLogIndexer;
import org.jrag.retrieval.dense.PgvectorChunkRetriever;
import org.jrag.retrieval.springai.ChunkDocumentRetriever;
import org.jrag.retrieval.springai.RagKeys;
import org.jrag.retrieval.warmup.SearchWarmup;
import org.jrag.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.ai.rag.Query;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The retrieval service end to end: real PostgreSQL + pgvector, real embeddings, the Lucene index kept in step by
 * tailing the change log, and a stub generation-service on a local port.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.flyway.enabled=true",
            "spring.flyway.locations=classpath:db/migration",
            "rag.retrieval.bm25.poll-interval=100ms",
            "rag.retrieval.warmup.searches=12",
            // the bundled late-interaction re-ranker, so rerank: true runs a real model (still off by default)
            "rag.retrieval.rerank.model=late-interaction",
            "rag.retrieval.generation.read-timeout=10s",
            "management.prometheus.metrics.export.enabled=true",
            "management.tracing.sampling.probability=1.0"
        })
class SearchIT {

    /** The trace the tests' requests join (W3C trace context). */
    private static final String TRACE_ID = "0af7651916cd43dd8448eb211c80319c";

    /** The spans this service finished, as an OTLP endpoint would receive them. */
    private static final InMemorySpanExporter SPANS = InMemorySpanExporter.create();

    @TestConfiguration
    static class Tracing {

        @Bean
        SpanProcessor exportsEachSpanAsItEnds() {
            return SimpleSpanProcessor.create(SPANS);
        }
    }

    private static final int GENERATION_PORT = freePort();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A guardrails report as generation-service writes it. */
    private static final String GUARDRAIL_REPORT = """
            {"interventions":[],"grounded":true,"grounding":[{"sentence":"Jupiter is the largest planet in the solar system.",
             "supported":true,"chunk":0,"similarity":0.97,"overlap":1.0}]}""";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        var db = TestDatabase.get();
        registry.add("spring.datasource.url", db::url);
        registry.add("spring.datasource.username", db::user);
        registry.add("spring.datasource.password", db::password);
        // a fresh index per run, inside the build output so nothing is left behind in /tmp
        Path indexDir = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "it-bm25-index-");
        registry.add("rag.retrieval.bm25.index-dir", indexDir::toString);
        registry.add("rag.retrieval.generation.base-url", () -> "http://127.0.0.1:" + GENERATION_PORT);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    @Qualifier("denseDocumentRetriever")
    ChunkDocumentRetriever denseDocuments;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    TextEmbedder embedder;

    @Autowired
    ChangeLogIndexer indexer;

    @Autowired
    RestClient.Builder restClientBuilder;

    @Autowired
    PgvectorChunkRetriever denseRetriever;

    @Autowired
    SearchWarmup warmup;

    @Autowired
    AnswerLog answerLog;

    @Autowired
    AnswerCache answerCache;

    private RestClient http;
    private HttpServer generation;
    /** What the stub's chat model replies; null: the stub has no chat completions (404, as no model would). */
    private String chatReply;

    private final List<Received> generationRequests = new CopyOnWriteArrayList<>();

    private long sourdough;
    private long bakeLoaf;
    private long jupiter;
    private long marathon;
    private long archiveStarter;
    private long archiveDocument;

    @BeforeEach
    void seed() {
        http = restClientBuilder
                .baseUrl("http://127.0.0.1:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> {})
                .build();
        // the indexer's methods synchronize on it: holding its monitor keeps the tailer from polling the
        // half-reset database (it would rebuild on its own, with a warning)
        synchronized (indexer) {
            jdbc.sql("TRUNCATE collection, document, chunk, change_log, answer_log RESTART IDENTITY CASCADE")
                    .update();
            indexer.rebuild();
        }
        answerCache.clear(); // each test's stub answers its own way

        long handbook = createCollection("handbook");
        long archive = createCollection("archive");
        createCollection("empty");
        List<Long> baking = storeDocument(
                handbook,
                "Sourdough baking",
                List.of(
                        "To bake sourdough bread, feed the starter the night before, knead the dough and let it rise"
                                + " slowly.",
                        "Preheat a Dutch oven and bake the loaf at 250 degrees for the first twenty minutes."));
        sourdough = baking.get(0);
        bakeLoaf = baking.get(1);
        List<Long> space = storeDocument(
                handbook,
                "The solar system",
                List.of(
                        "Jupiter is the largest planet in the solar system; its Great Red Spot is a storm bigger"
                                + " than Earth.",
                        "Mars is a cold desert world with the tallest volcano, Olympus Mons."));
        jupiter = space.get(0);
        marathon = storeDocument(
                        handbook,
                        "Marathon training",
                        List.of("Marathon runners build endurance by running long, slow distances every week."),
                        "Zeppelin airships float on lifting gas; this parent chunk has no embedding.")
                .get(0);
        archiveStarter = storeDocument(
                        archive,
                        "Old recipes",
                        List.of("A sourdough starter is just flour and water, fermented by wild yeast."))
                .get(0);
        archiveDocument = jdbc.sql("SELECT document_id FROM chunk WHERE id = ?")
                .param(archiveStarter)
                .query(Long.class)
                .single();
        awaitIndexed(4);
    }

    @AfterEach
    void stopGeneration() {
        if (generation != null) {
            generation.stop(0);
        }
    }

    @Test
    void bm25RanksTheLexicalMatchFirstAndIndexesOnlyEmbeddedChunks() {
        assertThat(firstChunkId(search("sourdough starter", "handbook", "bm25")))
                .isEqualTo(sourdough);
        assertThat(firstChunkId(search("bake loaf in a Dutch oven", "handbook", "bm25")))
                .isEqualTo(bakeLoaf);
        // stemming: "run" matches "runners" and "running"
        JsonNode marathonHits = search("run", null, "bm25").getBody();
        assertThat(marathonHits.get("mode").asString()).isEqualTo("bm25");
        assertThat(firstChunkId(marathonHits)).isEqualTo(marathon);

        // the parent chunk without an embedding is never searched
        assertThat(search("zeppelin airships", null, "bm25").getBody().get("results"))
                .isEmpty();
        assertThat(get("/v1/index/status").getBody())
                .isEqualTo(JSON.readTree("{\"lastSeq\":4,\"documents\":4,\"chunks\":6}"));
    }

    @Test
    void highlightsTheQueryTermsInEachResultWhenAsked() {
        // when
        JsonNode highlighted = post(
                        "/v1/search",
                        Map.of("query", "Baking loaves of sourdough", "mode", "bm25", "topK", 2, "highlight", true))
                .getBody();
        JsonNode plain = search("Baking loaves of sourdough", null, "bm25").getBody();

        // then every result says where the query's terms are, as BM25 reads them (stems, no stop words)
        JsonNode first = highlighted.get("results").get(0);
        String text = first.get("text").asString();
        List<String> marked = new ArrayList<>();
        first.get("highlights")
                .forEach(h -> marked.add(
                        text.substring(h.get("start").asInt(), h.get("end").asInt())));
        assertThat(first.get("chunkId").asLong()).isEqualTo(sourdough);
        assertThat(marked).containsExactly("bake", "sourdough");
        highlighted.get("results").forEach(r -> assertThat(r.has("highlights")).isTrue());
        // and only when asked
        plain.get("results").forEach(r -> assertThat(r.has("highlights")).isFalse());
    }

    @Test
    void resultsAndCitationsSayWhereTheirChunkComesFrom() throws IOException {
        // given the Jupiter chunk's document uploaded as a file with a url, the chunk on pages 2-3 of a section
        jdbc.sql("UPDATE document SET source = 'space/solar.pdf', metadata = '{\"url\": \"https://example.org/solar\"}'"
                        + " WHERE id = ?")
                .param(documentOf(jupiter))
                .update();
        jdbc.sql("UPDATE chunk SET metadata = metadata || '{\"section\": \"# Planets\", \"pages\": [2, 3]}'"
                        + " WHERE id = ?")
                .param(jupiter)
                .update();
        startGeneration(200, SearchIT::citingFirstPassage);
        JsonNode origin = JSON.readTree(
                "{\"source\":\"space/solar.pdf\",\"url\":\"https://example.org/solar\",\"section\":\"# Planets\","
                        + "\"pages\":[2,3]}");

        // when
        JsonNode found = search("Jupiter largest planet", "handbook", "bm25").getBody();
        JsonNode answer = post(
                        "/v1/ask",
                        Map.of("question", "Jupiter largest planet", "collection", "handbook", "mode", "bm25"))
                .getBody();
        JsonNode chat = post(
                        "/v1/rag/chat/completions",
                        Map.of(
                                "model",
                                "rag/handbook",
                                "messages",
                                List.of(Map.of("role", "user", "content", "Jupiter largest planet")),
                                "rag",
                                Map.of("mode", "bm25", "sourcesInContent", true)))
                .getBody();

        // then
        assertThat(found.at("/results/0/chunkId").asLong()).isEqualTo(jupiter);
        assertThat(found.at("/results/0/origin")).isEqualTo(origin);
        // a chunk of a document without any of it has none
        found.get("results")
                .valueStream()
                .skip(1)
                .forEach(r -> assertThat(r.has("origin")).isFalse());
        assertThat(answer.at("/citations/0/chunkId").asLong()).isEqualTo(jupiter);
        assertThat(answer.at("/citations/0/origin")).isEqualTo(origin);
        assertThat(get("/v1/asks/" + answer.get("answerId").asString())
                        .getBody()
                        .at("/citations/0/origin"))
                .isEqualTo(origin);
        assertThat(chat.at("/citations/0/origin")).isEqualTo(origin);
        assertThat(chat.at("/choices/0/message/content").asString())
                .endsWith("\n\nSources:\n[1] t, pages 2-3 (document " + documentOf(jupiter) + ", chunk " + jupiter
                        + ") https://example.org/solar");
    }

    @Test
    void diversityLetsANearDuplicateGiveWayToAResultThatAddsSomething() {
        // given a second copy of the sourdough chunk, a word apart
        long copy = storeDocument(
                        createCollection("copies"),
                        "Sourdough baking (copy)",
                        List.of("To bake sourdough bread, feed the starter the night before, knead the dough and let"
                                + " it rise slowly!"))
                .get(0);
        awaitIndexed(5);
        var query = new HashMap<String, Object>(
                Map.of("query", "feed the starter the night before and knead the dough", "mode", "bm25", "topK", 2));

        // when
        List<Long> ranked = chunkIds(post("/v1/search", query).getBody());
        query.put("diversity", 0.7);
        List<Long> diverse = chunkIds(post("/v1/search", query).getBody());
        query.put("diversity", 1.5);
        ResponseEntity<JsonNode> bad = post("/v1/search", query);

        // then
        assertThat(ranked).containsExactlyInAnyOrder(sourdough, copy);
        assertThat(diverse).hasSize(2).contains(ranked.getFirst()).doesNotContain(ranked.get(1));
        assertThat(bad.getStatusCode().value()).isEqualTo(400);
        assertThat(bad.getBody().get("detail").asString()).startsWith("diversity must be between 0 and 1");
    }

    @Test
    void denseRanksTheSemanticMatchFirst() {
        assertThat(firstChunkId(search("Which planet is the biggest?", "handbook", "dense")))
                .isEqualTo(jupiter);
        assertThat(firstChunkId(search("training for long distance races", "handbook", "dense")))
                .isEqualTo(marathon);

        JsonNode hit = search("Which planet is the biggest?", "handbook", "dense")
                .getBody()
                .get("results")
                .get(0);
        assertThat(hit.get("score").asDouble())
                .isEqualTo(hit.get("scores").get("dense").asDouble())
                .isBetween(0.5, 1.0);
        assertThat(hit.get("ranks").propertyNames()).containsExactly("dense");
    }

    @Test
    void exactDenseSearchBypassesTheHnswIndexAndFindsTheSameNeighbours() {
        // given the same query through the index and exactly
        float[] embedding = embedder.embedQuery("Which planet is the biggest?");
        var approximate = new SearchQuery("biggest planet", embedding, null, 3, SearchFilters.NONE, 200, false, null);
        var exact = new SearchQuery("biggest planet", embedding, null, 3, SearchFilters.NONE, null, true, null);

        // when planned with scans and sorts discouraged (a table this small is otherwise always scanned)
        String approximatePlan = planWithoutScanOrSort(approximate);
        String exactPlan = planWithoutScanOrSort(exact);

        // then only the approximate search walks the HNSW index
        assertThat(approximatePlan).contains("Index Scan using chunk_embedding_hnsw");
        assertThat(exactPlan).doesNotContain("chunk_embedding_hnsw").contains("Sort");
        // and on five chunks both find the same nearest ones, with the same scores
        List<ScoredChunk> fromIndex = denseRetriever.retrieve(approximate);
        assertThat(fromIndex)
                .hasSize(3)
                .first()
                .extracting(ScoredChunk::chunkId)
                .isEqualTo(jupiter);
        assertThat(denseRetriever.retrieve(exact)).zipSatisfy(fromIndex, (e, a) -> {
            assertThat(e.chunkId()).isEqualTo(a.chunkId());
            assertThat(e.score()).isCloseTo(a.score(), within(1e-6));
        });

        // and the API takes both settings per request, validating efSearch
        ResponseEntity<JsonNode> viaApi = post(
                "/v1/search",
                Map.of("query", "Which planet is the biggest?", "mode", "dense", "exact", true, "efSearch", 10));
        assertThat(firstChunkId(viaApi)).isEqualTo(jupiter);
        ResponseEntity<JsonNode> badEf =
                post("/v1/search", Map.of("query", "planet", "mode", "dense", "efSearch", 1001));
        assertThat(badEf.getStatusCode().value()).isEqualTo(400);
        assertThat(badEf.getBody().get("detail").asString())
                .isEqualTo("efSearch must be between 1 and 1000, got: 1001");
    }

    @Test
    void explainReturnsTheDenseQueryPlanAndWhetherTheHnswIndexAnswersIt() {
        // when an exact request is explained
        ResponseEntity<JsonNode> exact = post(
                "/v1/search/explain",
                Map.of(
                        "query",
                        "Which planet is the biggest?",
                        "collection",
                        "handbook",
                        "mode",
                        "dense",
                        "exact",
                        true));

        // then the plan is PostgreSQL's, and it sorts every candidate instead of walking the index
        assertThat(exact.getStatusCode().value()).isEqualTo(200);
        List<String> lines = new ArrayList<>();
        exact.getBody().get("plan").forEach(line -> lines.add(line.asString()));
        assertThat(lines.getFirst()).startsWith("Limit");
        assertThat(String.join("\n", lines)).contains("Sort").doesNotContain("chunk_embedding_hnsw");
        assertThat(exact.getBody().get("hnswIndex").asBoolean()).isFalse();
        // and it takes the request as the search does: an unknown collection is a 404, a blank query a 400
        ResponseEntity<JsonNode> unknown =
                post("/v1/search/explain", Map.of("query", "planet", "collection", "nope", "mode", "dense"));
        assertThat(unknown.getStatusCode().value()).isEqualTo(404);
        ResponseEntity<JsonNode> blank = post("/v1/search/explain", Map.of("query", " ", "mode", "dense"));
        assertThat(blank.getStatusCode().value()).isEqualTo(400);
    }

    @Test
    void hybridFusesBothRetrieversAndExplainsEachResult() {
        // when
        ResponseEntity<JsonNode> response = search("Great Red Spot storm on Jupiter", "handbook", "hybrid");

        // then
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        JsonNode body = response.getBody();
        assertThat(body.get("query").asString()).isEqualTo("Great Red Spot storm on Jupiter");
        assertThat(body.get("mode").asString()).isEqualTo("hybrid");
        JsonNode first = body.get("results").get(0);
        assertThat(first.get("chunkId").asLong()).isEqualTo(jupiter);
        assertThat(first.get("collection").asString()).isEqualTo("handbook");
        assertThat(first.get("title").asString()).isEqualTo("The solar system");
        assertThat(first.get("text").asString()).startsWith("Jupiter is the largest planet");
        assertThat(first.get("startOffset").asInt()).isZero();
        assertThat(first.get("endOffset").asInt())
                .isEqualTo(first.get("text").asString().length());
        int bm25Rank = first.get("ranks").get("bm25").asInt();
        int denseRank = first.get("ranks").get("dense").asInt();
        assertThat(bm25Rank).isEqualTo(1);
        assertThat(denseRank).isEqualTo(1);
        assertThat(first.get("scores").get("bm25").asDouble()).isPositive();
        assertThat(first.get("scores").get("dense").asDouble()).isBetween(0.0, 1.0);
        assertThat(first.get("score").asDouble()).isCloseTo(2.0 / 61, within(1e-9));

        // default topK is 10; every chunk of the collection is a dense candidate
        assertThat(body.get("results")).hasSize(5);
        assertThat(firstChunkId(search("Olympus Mons volcano", "handbook", "hybrid")))
                .isEqualTo(space(1));
    }

    @Test
    void filtersEveryModeByCollection() {
        for (String mode : List.of("bm25", "dense", "hybrid")) {
            JsonNode archived = search("sourdough starter", "archive", mode).getBody();
            assertThat(archived.get("results")).as(mode).hasSize(1);
            assertThat(firstChunkId(archived)).as(mode).isEqualTo(archiveStarter);
            assertThat(archived.get("results").get(0).get("collection").asString())
                    .isEqualTo("archive");
        }
        // without a collection both match (the second handbook chunk through its document title)
        List<Long> everywhere =
                chunkIds(search("sourdough starter", null, "bm25").getBody());
        assertThat(everywhere).containsExactlyInAnyOrder(sourdough, bakeLoaf, archiveStarter);
    }

    @Test
    void searchesSeveralCollectionsOrOnlyThoseTheGatewayLeavesVisible() {
        for (String mode : List.of("bm25", "dense", "hybrid")) {
            // named collections
            JsonNode both = post(
                            "/v1/search",
                            Map.of(
                                    "query",
                                    "sourdough starter",
                                    "collections",
                                    List.of("archive", "empty"),
                                    "mode",
                                    mode))
                    .getBody();
            assertThat(chunkIds(both)).as(mode).containsExactly(archiveStarter);
            // no collection named: the visible ones (a name that is no collection is left out)
            JsonNode visible = postVisible(
                            "/v1/search", Map.of("query", "sourdough starter", "mode", mode), "archive, hr")
                    .getBody();
            assertThat(chunkIds(visible)).as(mode).containsExactly(archiveStarter);
            // none of the visible ones exists: nothing found, not every collection
            JsonNode none = postVisible("/v1/search", Map.of("query", "sourdough starter", "mode", mode), "hr")
                    .getBody();
            assertThat(none.get("results")).as(mode).isEmpty();
        }
        assertThat(chunkIds(post(
                                "/v1/search",
                                Map.of(
                                        "query",
                                        "sourdough starter",
                                        "collections",
                                        List.of("handbook", "archive"),
                                        "mode",
                                        "bm25"))
                        .getBody()))
                .containsExactlyInAnyOrder(sourdough, bakeLoaf, archiveStarter);

        // a collection that is not visible is one that does not exist, named alone or among others
        for (Map<String, Object> hidden : List.of(
                Map.<String, Object>of("query", "bread", "collection", "handbook"),
                Map.<String, Object>of("query", "bread", "collections", List.of("archive", "handbook")))) {
            for (String path : List.of("/v1/search", "/v1/search/explain", "/v1/ask")) {
                Map<String, Object> body = new LinkedHashMap<>(hidden);
                if (path.equals("/v1/ask")) {
                    body.put("question", body.remove("query"));
                }
                ResponseEntity<JsonNode> refused = postVisible(path, body, "archive");
                assertThat(refused.getStatusCode().value()).as(path).isEqualTo(404);
                assertThat(refused.getBody().get("detail").asString())
                        .isEqualTo("Collection 'handbook' does not exist");
            }
        }
        assertThat(postVisible(
                                "/v1/search/explain",
                                Map.of("query", "bread", "collections", List.of("archive")),
                                "archive")
                        .getStatusCode()
                        .value())
                .isEqualTo(200);

        // the index status counts only the visible collections' documents and chunks
        JsonNode archiveStatus = http.get()
                .uri("/v1/index/status")
                .header("X-Jrag-Collections", "archive")
                .retrieve()
                .body(JsonNode.class);
        assertThat(archiveStatus.get("documents").asLong()).isEqualTo(1);
        assertThat(archiveStatus.get("chunks").asLong()).isEqualTo(1);
        JsonNode noneStatus = http.get()
                .uri("/v1/index/status")
                .header("X-Jrag-Collections", "hr")
                .retrieve()
                .body(JsonNode.class);
        assertThat(noneStatus.get("documents").asLong()).isZero();
        assertThat(noneStatus.get("chunks").asLong()).isZero();
        assertThat(noneStatus.get("lastSeq").asLong())
                .isEqualTo(archiveStatus.get("lastSeq").asLong());

        // and /v1/rag lists only the visible collections
        JsonNode models = http.get()
                .uri("/v1/rag/models")
                .header("X-Jrag-Collections", "archive,hr")
                .retrieve()
                .body(JsonNode.class);
        assertThat(models.get("data")).extracting(m -> m.get("id").asString()).containsExactly("rag", "rag/archive");
    }

    @Test
    void aCollectionInAnotherLanguageIsSearchedAndHighlightedWithItsStemmingUntilItsLanguageChanges() {
        // given a German collection
        long deutsch = createCollection("deutsch");
        jdbc.sql("UPDATE collection SET language = 'german' WHERE id = ?")
                .param(deutsch)
                .update();
        long katzen = storeDocument(deutsch, "Haustiere", List.of("Die Katzen schlafen in den Häusern."))
                .getFirst();
        awaitIndexed(5);
        Map<String, Object> query =
                Map.of("query", "Katze Haus", "collection", "deutsch", "mode", "bm25", "highlight", true);

        // then its stemming finds and marks the plural forms
        JsonNode found = post("/v1/search", query).getBody();
        assertThat(chunkIds(found)).containsExactly(katzen);
        String text = found.at("/results/0/text").asString();
        assertThat(found.at("/results/0/highlights")
                        .valueStream()
                        .map(h -> text.substring(
                                h.get("start").asInt(), h.get("end").asInt())))
                .containsExactly("Katzen", "Häusern");

        // when its language changes (ingest-service logs an UPSERT for each of its documents)
        jdbc.sql("UPDATE collection SET language = 'standard' WHERE id = ?")
                .param(deutsch)
                .update();
        awaitIndexed(logChange(deutsch, documentOf(katzen), "UPSERT"));

        // then the chunks are indexed again under the new analysis: whole words only
        assertThat(chunkIds(post("/v1/search", query).getBody())).isEmpty();
        assertThat(chunkIds(post("/v1/search", Map.of("query", "Katzen", "collection", "deutsch", "mode", "bm25"))
                        .getBody()))
                .containsExactly(katzen);
    }

    @Test
    void anAutoCollectionAnalyzesEachDocumentInTheLanguageIngestToldForIt() {
        // given a collection of several languages: ingest-service told German and French for two documents, nothing
        // for the third
        long mixed = createCollection("gemischt");
        jdbc.sql("UPDATE collection SET language = 'auto' WHERE id = ?")
                .param(mixed)
                .update();
        long katzen = storeDocument(mixed, "Haustiere", List.of("Die Katzen schlafen in den Häusern."))
                .getFirst();
        long chats = storeDocument(mixed, "Animaux", List.of("Les chats dorment dans les maisons."))
                .getFirst();
        long cats = storeDocument(mixed, "Pets", List.of("The cats are sleeping in the houses."))
                .getFirst();
        long seq = 0;
        for (var told : Map.of(katzen, "german", chats, "french").entrySet()) {
            jdbc.sql("UPDATE document SET metadata = jsonb_build_object('language', CAST(? AS text)) WHERE id = ?")
                    .param(told.getValue())
                    .param(documentOf(told.getKey()))
                    .update();
            seq = Math.max(seq, logChange(mixed, documentOf(told.getKey()), "UPSERT"));
        }
        awaitIndexed(seq);

        // then each is stemmed in its own language, the third in the default (English)
        assertThat(chunkIds(post("/v1/search", Map.of("query", "Katze", "collection", "gemischt", "mode", "bm25"))
                        .getBody()))
                .containsExactly(katzen);
        assertThat(chunkIds(post("/v1/search", Map.of("query", "chat", "collection", "gemischt", "mode", "bm25"))
                        .getBody()))
                .containsExactly(chats);
        assertThat(chunkIds(post("/v1/search", Map.of("query", "cat", "collection", "gemischt", "mode", "bm25"))
                        .getBody()))
                .containsExactly(cats);
        // and highlighted so
        JsonNode found = post(
                        "/v1/search",
                        Map.of("query", "Katze Haus", "collection", "gemischt", "mode", "bm25", "highlight", true))
                .getBody();
        String text = found.at("/results/0/text").asString();
        assertThat(found.at("/results/0/highlights")
                        .valueStream()
                        .map(h -> text.substring(
                                h.get("start").asInt(), h.get("end").asInt())))
                .containsExactly("Katzen", "Häusern");
    }

    @Test
    void collectionsMustNameSomeAndNotBeGivenWithCollection() {
        ResponseEntity<JsonNode> both = post(
                "/v1/search", Map.of("query", "bread", "collection", "handbook", "collections", List.of("archive")));
        assertThat(both.getStatusCode().value()).isEqualTo(400);
        assertThat(both.getBody().get("detail").asString()).isEqualTo("give collection or collections, not both");
        ResponseEntity<JsonNode> empty = post("/v1/ask", Map.of("question", "bread", "collections", List.of()));
        assertThat(empty.getStatusCode().value()).isEqualTo(400);
        assertThat(empty.getBody().get("detail").asString())
                .isEqualTo("collections must name between 1 and 100 collections, got: 0");
        ResponseEntity<JsonNode> unknown =
                post("/v1/search", Map.of("query", "bread", "collections", List.of("archive", "nope")));
        assertThat(unknown.getStatusCode().value()).isEqualTo(404);
        assertThat(unknown.getBody().get("detail").asString()).isEqualTo("Collection 'nope' does not exist");
        ResponseEntity<JsonNode> rag = post(
                "/v1/rag/chat/completions",
                Map.of(
                        "model",
                        "rag/handbook",
                        "messages",
                        List.of(Map.of("role", "user", "content", "bread")),
                        "rag",
                        Map.of("collections", List.of("archive"))));
        assertThat(rag.getStatusCode().value()).isEqualTo(400);
        assertThat(rag.getBody().get("detail").asString())
                .isEqualTo("rag.collections narrows model 'rag'; model 'rag/handbook' already names its collection");
    }

    @Test
    void aSearchIsTracedStageByStageInTheCallersTrace() throws InterruptedException {
        SPANS.reset();

        // when (a client that does not trace: the trace context is the one sent)
        ResponseEntity<JsonNode> response = untraced()
                .post()
                .uri("/v1/search")
                .header("traceparent", "00-" + TRACE_ID + "-b7ad6b7169203331-01")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("query", "sourdough starter", "collection", "handbook"))
                .retrieve()
                .toEntity(JsonNode.class);

        // then: the server span joins the caller's trace; the search and each stage are spans beneath it
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (SPANS.getFinishedSpanItems().stream()
                .noneMatch(span ->
                        span.getKind() == SpanKind.SERVER && span.getTraceId().equals(TRACE_ID))) {
            assertThat(System.nanoTime()).as("the server span ended").isLessThan(deadline);
            Thread.sleep(20);
        }
        Map<String, SpanData> spans = new HashMap<>();
        for (SpanData span : SPANS.getFinishedSpanItems()) {
            if (!span.getTraceId().equals(TRACE_ID)) {
                continue; // the index's polls, say
            }
            spans.put(span.getKind() == SpanKind.SERVER ? "server" : span.getName(), span);
        }
        assertThat(spans.get("server").getParentSpanId()).isEqualTo("b7ad6b7169203331");
        assertThat(spans.get("search").getParentSpanId())
                .isEqualTo(spans.get("server").getSpanId());
        assertThat(spans.get("search").getAttributes().get(AttributeKey.stringKey("mode")))
                .isEqualTo("hybrid");
        for (String stage : List.of("search bm25", "search embed", "search dense")) {
            assertThat(spans).containsKey(stage);
            assertThat(spans.get(stage).getParentSpanId())
                    .as(stage)
                    .isEqualTo(spans.get("search").getSpanId());
        }

        // a caller's trace that is not sampled (as the warm-up's) is not recorded, even at probability 1
        String unsampled = SearchWarmup.unsampledTraceContext();
        assertThat(untraced()
                        .post()
                        .uri("/v1/search")
                        .header("traceparent", unsampled)
                        .contentType(MediaType.APPLICATION_JSON)
                        .body(Map.of("query", "sourdough starter"))
                        .retrieve()
                        .toBodilessEntity()
                        .getStatusCode()
                        .value())
                .isEqualTo(200);
        Thread.sleep(300);
        assertThat(SPANS.getFinishedSpanItems()).noneMatch(span -> unsampled.contains(span.getTraceId()));
    }

    @Test
    void filtersEveryModeByTagsPublicationDateSourceAndDocument() {
        // given tags and dates on two documents (document metadata) and one chunk (chunk metadata wins)
        long sourdoughDocument = documentOf(sourdough);
        long seq = transaction.execute(status -> {
            jdbc.sql(
                            "UPDATE document SET metadata = '{\"tags\":[\"food\",\"history\"],\"published_at\":\"1999-03-01\"}'"
                                    + " WHERE id = ?")
                    .param(archiveDocument)
                    .update();
            jdbc.sql("UPDATE document SET metadata = '{\"tags\":[\"food\"],\"published_at\":\"2021-06-01T08:00:00Z\"}'"
                            + " WHERE id = ?")
                    .param(sourdoughDocument)
                    .update();
            jdbc.sql("UPDATE chunk SET metadata = '{\"tags\":[\"oven\"]}' WHERE id = ?")
                    .param(bakeLoaf)
                    .update();
            jdbc.sql("UPDATE document SET source = 'archive/1999/starter.md' WHERE id = ?")
                    .param(archiveDocument)
                    .update();
            logChange(2, archiveDocument, "UPSERT");
            return logChange(1, sourdoughDocument, "UPSERT");
        });
        awaitIndexed(seq);

        for (String mode : List.of("bm25", "dense", "hybrid")) {
            // then tags match any of the given ones
            assertThat(chunkIds(filtered(mode, Map.of("tags", List.of("history")))))
                    .as(mode)
                    .containsExactly(archiveStarter);
            assertThat(chunkIds(filtered(mode, Map.of("tags", List.of("history", "oven")))))
                    .as(mode)
                    .containsExactlyInAnyOrder(archiveStarter, bakeLoaf);
            // and dates are inclusive bounds; undated chunks never match a range
            assertThat(chunkIds(filtered(mode, Map.of("publishedAfter", "2000-01-01"))))
                    .as(mode)
                    .containsExactlyInAnyOrder(sourdough, bakeLoaf);
            assertThat(chunkIds(
                            filtered(mode, Map.of("publishedAfter", "1999-03-01", "publishedBefore", "1999-03-01"))))
                    .as(mode)
                    .containsExactly(archiveStarter);
            // and a source prefix keeps the documents synced from there
            assertThat(chunkIds(filtered(mode, Map.of("sourcePrefix", "archive/"))))
                    .as(mode)
                    .containsExactly(archiveStarter);
            assertThat(chunkIds(filtered(mode, Map.of("sourcePrefix", "archive/2000/"))))
                    .as(mode)
                    .isEmpty();
            // and documents' ids keep their chunks alone
            assertThat(chunkIds(filtered(mode, Map.of("documentIds", List.of(archiveDocument)))))
                    .as(mode)
                    .containsExactly(archiveStarter);
            assertThat(chunkIds(filtered(mode, Map.of("documentIds", List.of(archiveDocument, sourdoughDocument)))))
                    .as(mode)
                    .containsExactlyInAnyOrder(archiveStarter, sourdough, bakeLoaf);
        }
        ResponseEntity<JsonNode> notAnId =
                post("/v1/search", Map.of("query", "bread", "filters", Map.of("documentIds", List.of(0))));
        assertThat(notAnId.getStatusCode().value()).isEqualTo(400);
        assertThat(notAnId.getBody().get("detail").asString())
                .isEqualTo("filters.documentIds must hold documents' ids (positive numbers), got: [0]");

        ResponseEntity<JsonNode> reversed = post(
                "/v1/search",
                Map.of(
                        "query",
                        "bread",
                        "filters",
                        Map.of("publishedAfter", "2020-01-01", "publishedBefore", "2019-01-01")));
        assertThat(reversed.getStatusCode().value()).isEqualTo(400);
        assertThat(reversed.getBody().get("detail").asString())
                .isEqualTo(
                        "filters.publishedAfter must not be after filters.publishedBefore, got: 2020-01-01 > 2019-01-01");
    }

    @Test
    void weightsPerRetrieverShapeTheFusedScoreAndAreExplained() {
        // when bm25 counts for nothing, hybrid follows the dense ranking
        JsonNode denseOnly = post(
                        "/v1/search",
                        Map.of("query", "sourdough starter", "collection", "handbook", "weights", Map.of("bm25", 0.0)))
                .getBody();
        JsonNode dense = search("sourdough starter", "handbook", "dense").getBody();

        // then
        assertThat(chunkIds(denseOnly)).isEqualTo(chunkIds(dense));
        JsonNode first = denseOnly.get("results").get(0);
        assertThat(first.get("fusedScore").asDouble())
                .isEqualTo(first.get("score").asDouble())
                .isCloseTo(1.0 / 61, within(1e-9));
        assertThat(first.get("ranks").get("dense").asInt()).isEqualTo(1);
        assertThat(first.has("rerankScore")).isFalse();

        ResponseEntity<JsonNode> unknown =
                post("/v1/search", Map.of("query", "bread", "weights", Map.of("splade", 1.0)));
        assertThat(unknown.getStatusCode().value()).isEqualTo(400);
        assertThat(unknown.getBody().get("detail").asString())
                .isEqualTo("weights must name retrievers among [bm25, dense], got: 'splade'");
    }

    @Test
    void hydeReportsItselfUnavailableWhileGenerationIsExtractive() throws IOException {
        // given generation-service without a model (extractive mode): GET /v1/models lists none
        startGeneration(200, request -> "{}");

        // when
        JsonNode withHyde = post("/v1/search", Map.of("query", "Which planet is the biggest?", "hyde", true))
                .getBody();
        JsonNode without = post("/v1/search", Map.of("query", "Which planet is the biggest?"))
                .getBody();

        // then the search runs on the query's own vector and says why HyDE did not apply
        assertThat(withHyde.get("hyde"))
                .isEqualTo(
                        JSON.readTree("{\"applied\":false,\"reason\":\"generation-service runs in extractive mode\"}"));
        assertThat(chunkIds(withHyde)).isEqualTo(chunkIds(without));
        assertThat(without.has("hyde")).isFalse();
    }

    @Test
    void rerankReScoresTheBestCandidatesAndExplainsEveryScore() {
        // when
        JsonNode body = post(
                        "/v1/search",
                        Map.of("query", "Which planet is the biggest?", "collection", "handbook", "rerank", true))
                .getBody();

        // then the bundled late-interaction re-ranker scored the (five) candidates and ordered them
        JsonNode rerank = body.get("rerank");
        assertThat(rerank.get("applied").asBoolean()).isTrue();
        assertThat(rerank.get("model").asString()).isEqualTo("late-interaction");
        assertThat(rerank.get("depth").asInt()).isEqualTo(5);
        assertThat(rerank.get("millis").asDouble()).isPositive();
        List<Double> scores = new ArrayList<>();
        body.get("results").forEach(result -> {
            assertThat(result.get("score").asDouble())
                    .isEqualTo(result.get("rerankScore").asDouble());
            assertThat(result.get("fusedScore").asDouble()).isPositive();
            assertThat(result.get("ranks").size()).isPositive();
            scores.add(result.get("score").asDouble());
        });
        assertThat(scores).hasSize(5).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(firstChunkId(body)).isEqualTo(jupiter);
        // without rerank nothing says it was re-ranked
        assertThat(search("Which planet is the biggest?", "handbook", "hybrid")
                        .getBody()
                        .has("rerank"))
                .isFalse();
    }

    @Test
    void deleteInTheChangeLogRemovesTheDocumentFromBm25() {
        // given
        assertThat(chunkIds(search("wild yeast", null, "bm25").getBody())).containsExactly(archiveStarter);

        // when ingest deletes the document
        long seq = transaction.execute(status -> {
            jdbc.sql("DELETE FROM document WHERE id = ?").param(archiveDocument).update();
            return logChange(2, archiveDocument, "DELETE");
        });
        awaitIndexed(seq);

        // then
        assertThat(search("wild yeast", null, "bm25").getBody().get("results")).isEmpty();
        assertThat(chunkIds(search("sourdough starter", null, "bm25").getBody()))
                .containsExactly(sourdough, bakeLoaf);
        assertThat(get("/v1/index/status").getBody())
                .isEqualTo(JSON.readTree("{\"lastSeq\":5,\"documents\":3,\"chunks\":5}"));
    }

    @Test
    void reportsTheChangesTheBm25IndexHasNotAppliedForAlerts() {
        assertThat(metric("rag_retrieval_bm25_lag")).isZero();
        assertThat(metric("rag_retrieval_bm25_failing")).isZero();

        // while the indexer cannot poll (its methods synchronize on it), a change logged is one behind
        long seq;
        synchronized (indexer) {
            seq = transaction.execute(status -> logChange(2, archiveDocument, "UPSERT"));
            assertThat(metric("rag_retrieval_bm25_lag")).isEqualTo(1.0);
        }
        awaitIndexed(seq);
        assertThat(metric("rag_retrieval_bm25_lag")).isZero();
    }

    @Test
    void unknownCollectionIsA404Problem() {
        ResponseEntity<JsonNode> response = search("anything", "nope", "hybrid");

        assertThat(response.getStatusCode().value()).isEqualTo(404);
        assertThat(response.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
        assertThat(response.getBody().get("type").asString())
                .isEqualTo("https://jrag.dev/problems/collection-not-found");
        assertThat(response.getBody().get("detail").asString()).isEqualTo("Collection 'nope' does not exist");
    }

    @Test
    void invalidRequestsAre400Problems() {
        ResponseEntity<JsonNode> blank = search("   ", null, "hybrid");
        assertThat(blank.getStatusCode().value()).isEqualTo(400);
        assertThat(blank.getBody().get("type").asString()).isEqualTo("https://jrag.dev/problems/invalid-request");
        assertThat(blank.getBody().get("detail").asString()).isEqualTo("query must not be blank, got: '   '");

        ResponseEntity<JsonNode> topK = post("/v1/search", Map.of("query", "bread", "topK", 0));
        assertThat(topK.getStatusCode().value()).isEqualTo(400);
        assertThat(topK.getBody().get("detail").asString()).isEqualTo("topK must be between 1 and 100, got: 0");

        ResponseEntity<JsonNode> mode = post("/v1/search", Map.of("query", "bread", "mode", "fuzzy"));
        assertThat(mode.getStatusCode().value()).isEqualTo(400);
        assertThat(mode.getBody().get("type").asString()).isEqualTo("https://jrag.dev/problems/malformed-request");
        assertThat(mode.getBody().get("detail").asString())
                .isEqualTo("mode must be one of hybrid, bm25, dense, got: 'fuzzy'");
    }

    @Test
    void askSendsTheRetrievedPassagesToGenerationAndReturnsItsAnswer() throws IOException {
        // given a generation-service that cites the first passage it receives
        startGeneration(200, request -> {
            JsonNode passage = request.get("passages").get(0);
            return """
                    {"answer":"Jupiter is the largest planet in the solar system.","mode":"extractive",
                     "citations":[{"documentId":%d,"chunkId":%d,"title":"%s",
                                   "text":"Jupiter is the largest planet in the solar system."}],
                     "guardrails":%s,
                     "reason":"mode auto answered extractively: no model is loaded (none configured)"}""".formatted(
                            passage.get("documentId").asLong(),
                            passage.get("chunkId").asLong(),
                            passage.get("title").asString(),
                            GUARDRAIL_REPORT);
        });

        // when
        ResponseEntity<JsonNode> response = untraced()
                .post()
                .uri("/v1/ask")
                .header("X-Request-Id", "ask-it-1")
                .header("traceparent", "00-" + TRACE_ID + "-b7ad6b7169203331-01")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("question", "Which planet is the largest?", "collection", "handbook", "topK", 3))
                .retrieve()
                .toEntity(JsonNode.class);

        // then the request generation-service received
        assertThat(generationRequests).singleElement().satisfies(received -> {
            assertThat(received.requestId()).isEqualTo("ask-it-1");
            // in the caller's trace, as a child of this service's span
            assertThat(received.traceparent())
                    .matches("00-" + TRACE_ID + "-[0-9a-f]{16}-01")
                    .doesNotContain("b7ad6b7169203331");
            JsonNode body = received.body();
            assertThat(body.get("question").asString()).isEqualTo("Which planet is the largest?");
            assertThat(body.get("passages")).hasSize(3);
            JsonNode passage = body.get("passages").get(0);
            assertThat(passage.get("chunkId").asLong()).isEqualTo(jupiter);
            assertThat(passage.get("title").asString()).isEqualTo("The solar system");
            assertThat(passage.get("text").asString()).startsWith("Jupiter is the largest planet");
            assertThat(passage.get("documentId").asLong()).isPositive();
            // no answer options chosen: none sent, generation-service's defaults apply
            assertThat(body.has("mode")).isFalse();
            assertThat(body.has("maxTokens")).isFalse();
            assertThat(body.has("temperature")).isFalse();
        });
        // and the answer this service returned
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        JsonNode body = response.getBody();
        assertThat(body.get("answer").asString()).isEqualTo("Jupiter is the largest planet in the solar system.");
        assertThat(body.get("mode").asString()).isEqualTo("extractive");
        assertThat(body.get("citations")).hasSize(1);
        assertThat(body.get("citations").get(0).get("chunkId").asLong()).isEqualTo(jupiter);
        assertThat(body.get("citations").get(0).get("title").asString()).isEqualTo("The solar system");
        // with generation-service's guardrail report and mode reason passed on unchanged, and nothing it did not send
        assertThat(body.get("guardrails")).isEqualTo(JSON.readTree(GUARDRAIL_REPORT));
        assertThat(body.get("reason").asString())
                .isEqualTo("mode auto answered extractively: no model is loaded (none configured)");
        assertThat(body.has("generation")).isFalse();
    }

    @Test
    void askPassesTheAnswerModeLengthAndTemperatureToGeneration() throws IOException {
        // given a generation-service without a model, which refuses a generative answer as it does
        startGeneration(503, request -> """
                {"type":"https://jrag.dev/problems/model-unavailable","title":"Model unavailable","status":503,
                 "detail":"no model is loaded (none configured)"}""");

        // when a generative answer is asked for, short and greedy
        ResponseEntity<JsonNode> generative = post(
                "/v1/ask",
                Map.of(
                        "question",
                        "Which planet is the largest?",
                        "collection",
                        "handbook",
                        "answerMode",
                        "generative",
                        "maxTokens",
                        64,
                        "temperature",
                        0.0));

        // then generation-service received the options under its names
        JsonNode received = generationRequests.getLast().body();
        assertThat(received.get("mode").asString()).isEqualTo("generative");
        assertThat(received.get("maxTokens").asInt()).isEqualTo(64);
        assertThat(received.get("temperature").asDouble()).isZero();
        // and its refusal is a 503 problem that says why
        assertThat(generative.getStatusCode().value()).isEqualTo(503);
        assertThat(generative.getBody().get("type").asString())
                .isEqualTo("https://jrag.dev/problems/generation-unavailable");
        assertThat(generative.getBody().get("detail").asString()).contains("no model is loaded (none configured)");

        // and bad answer options are refused before anything is searched or sent
        int sent = generationRequests.size();
        ResponseEntity<JsonNode> mode = post("/v1/ask", Map.of("question", "Which planet?", "answerMode", "poetic"));
        assertThat(mode.getStatusCode().value()).isEqualTo(400);
        assertThat(mode.getBody().get("detail").asString())
                .contains("answerMode must be one of extractive, generative, auto");
        ResponseEntity<JsonNode> temperature = post("/v1/ask", Map.of("question", "Which planet?", "temperature", 3));
        assertThat(temperature.getStatusCode().value()).isEqualTo(400);
        assertThat(temperature.getBody().get("detail").asString()).contains("temperature must be between 0 and 2");
        assertThat(generationRequests).hasSize(sent);
    }

    @Test
    void askHandsGenerationTheInstructionsOfThePassagesCollectionsThenItsOwn() throws IOException {
        // given collections with instructions for their answers, and a generation-service that cites the first passage
        startGeneration(200, request -> citingFirstPassage(request));
        jdbc.sql("UPDATE collection SET instructions = 'Answer in German.' WHERE name = 'handbook'")
                .update();
        jdbc.sql("UPDATE collection SET instructions = 'Quote the recipe.' WHERE name = 'archive'")
                .update();

        // when one collection is asked with instructions of the request's own
        JsonNode answered = post(
                        "/v1/ask",
                        Map.of(
                                "question",
                                "Which planet is the largest?",
                                "collection",
                                "handbook",
                                "instructions",
                                "Be brief."))
                .getBody();

        // then the collection's come first, the request's after them, and the answer log keeps them with the answer
        assertThat(generationRequests.getLast().body().get("instructions").asString())
                .isEqualTo("Answer in German.\n\nBe brief.");
        assertThat(get("/v1/asks/" + answered.get("answerId").asString())
                        .getBody()
                        .get("instructions")
                        .asString())
                .isEqualTo("Answer in German.\n\nBe brief.");

        // and an ask whose passages come from both collections gets both collections' instructions, each once
        jdbc.sql("UPDATE collection SET instructions = 'Answer in German.' WHERE name = 'archive'")
                .update();
        post("/v1/ask", Map.of("question", "How does a sourdough starter work?"));
        assertThat(generationRequests.getLast().body().get("passages").size()).isGreaterThan(1);
        assertThat(generationRequests.getLast().body().get("instructions").asString())
                .isEqualTo("Answer in German.");
        jdbc.sql("UPDATE collection SET instructions = 'Quote the recipe.' WHERE name = 'archive'")
                .update();
        post("/v1/ask", Map.of("question", "How does a sourdough starter work?"));
        assertThat(generationRequests.getLast().body().get("instructions").asString())
                .isIn("Answer in German.\n\nQuote the recipe.", "Quote the recipe.\n\nAnswer in German.");

        // and without any, none are sent; too long ones are refused before anything is sent
        jdbc.sql("UPDATE collection SET instructions = NULL").update();
        post("/v1/ask", Map.of("question", "Which planet is the largest?", "collection", "handbook"));
        assertThat(generationRequests.getLast().body().has("instructions")).isFalse();
        int sent = generationRequests.size();
        ResponseEntity<JsonNode> tooLong =
                post("/v1/ask", Map.of("question", "Which planet?", "instructions", "x".repeat(4001)));
        assertThat(tooLong.getStatusCode().value()).isEqualTo(400);
        assertThat(tooLong.getBody().get("detail").asString()).contains("instructions must be at most 4000 characters");
        assertThat(generationRequests).hasSize(sent);
    }

    @Test
    void askPassesModeTopKFiltersHydeAndRerankThroughToTheSearch() throws IOException {
        // given a generation-service in extractive mode that cites the first passage it receives
        startGeneration(200, request -> {
            JsonNode passages = request.get("passages");
            if (passages == null) {
                return "{}";
            }
            JsonNode passage = passages.get(0);
            return """
                    {"answer":"From the first passage.","mode":"extractive",
                     "citations":[{"documentId":%d,"chunkId":%d,"title":"%s","text":"cited"}]}""".formatted(
                            passage.get("documentId").asLong(),
                            passage.get("chunkId").asLong(),
                            passage.get("title").asString());
        });
        // and the archive's document tagged "history"
        long seq = transaction.execute(status -> {
            jdbc.sql("UPDATE document SET metadata = '{\"tags\":[\"history\"]}' WHERE id = ?")
                    .param(archiveDocument)
                    .update();
            return logChange(2, archiveDocument, "UPSERT");
        });
        awaitIndexed(seq);

        // when: bm25 only, re-ranked, with HyDE asked for
        ResponseEntity<JsonNode> bm25 = post(
                "/v1/ask",
                Map.of(
                        "question",
                        "Which planet is the largest?",
                        "collection",
                        "handbook",
                        "mode",
                        "bm25",
                        "topK",
                        4,
                        "rerank",
                        true,
                        "hyde",
                        true));

        // then only the bm25 match was retrieved (hybrid would add four dense neighbours), re-ranked, and HyDE
        // reports that a bm25 search has no vector to replace
        assertThat(bm25.getStatusCode().value()).isEqualTo(200);
        assertThat(generationRequests.getLast().body().get("passages"))
                .extracting(p -> p.get("chunkId").asLong())
                .containsExactly(jupiter);
        assertThat(bm25.getBody().get("rerank").get("applied").asBoolean()).isTrue();
        assertThat(bm25.getBody().get("rerank").get("model").asString()).isEqualTo("late-interaction");
        assertThat(bm25.getBody().get("hyde"))
                .isEqualTo(JSON.readTree("{\"applied\":false,\"reason\":\"mode bm25 runs no dense search\"}"));

        // when: the same question filtered to the tag only the archive's document has
        ResponseEntity<JsonNode> filtered = post(
                "/v1/ask",
                Map.of(
                        "question", "Which planet is the largest?",
                        "mode", "dense",
                        "filters", Map.of("tags", List.of("history"))));

        // then the only passage is the archive's, though dense search alone ranks Jupiter first
        assertThat(filtered.getStatusCode().value()).isEqualTo(200);
        assertThat(generationRequests.getLast().body().get("passages"))
                .extracting(p -> p.get("chunkId").asLong())
                .containsExactly(archiveStarter);
        assertThat(filtered.getBody().get("citations").get(0).get("chunkId").asLong())
                .isEqualTo(archiveStarter);
        assertThat(filtered.getBody().has("rerank")).isFalse();
        assertThat(filtered.getBody().has("hyde")).isFalse();

        // and a bad option is refused as it is by /v1/search
        ResponseEntity<JsonNode> bad = post("/v1/ask", Map.of("question", "Which planet?", "efSearch", 0));
        assertThat(bad.getStatusCode().value()).isEqualTo(400);
    }

    @Test
    void aCollectionsSearchDefaultsApplyToSearchesAsksAndChatsThatLeaveThemUnset() throws IOException {
        // given a handbook whose searches run BM25 alone and re-rank unless they say otherwise
        jdbc.sql("UPDATE collection SET search = '{\"mode\": \"bm25\", \"rerank\": true, \"efSearch\": 80}'"
                        + " WHERE name = 'handbook'")
                .update();
        startGeneration(200, SearchIT::generativeAnswer);

        // a search of it takes them: only the lexical match, re-ranked
        JsonNode defaulted = post(
                        "/v1/search", Map.of("query", "Which planet is the largest?", "collection", "handbook"))
                .getBody();
        assertThat(defaulted.get("mode").asString()).isEqualTo("bm25");
        assertThat(chunkIds(defaulted)).containsExactly(jupiter);
        assertThat(defaulted.at("/rerank/applied").asBoolean()).isTrue();

        // what the request sets itself wins
        JsonNode own = post(
                        "/v1/search",
                        Map.of(
                                "query",
                                "Which planet is the largest?",
                                "collection",
                                "handbook",
                                "mode",
                                "hybrid",
                                "rerank",
                                false))
                .getBody();
        assertThat(own.get("mode").asString()).isEqualTo("hybrid");
        assertThat(own.has("rerank")).isFalse();
        assertThat(chunkIds(own)).hasSizeGreaterThan(1);

        // a search that also covers the archive, which sets none, takes the service's defaults
        JsonNode both = post(
                        "/v1/search",
                        Map.of("query", "Which planet is the largest?", "collections", List.of("handbook", "archive")))
                .getBody();
        assertThat(both.get("mode").asString()).isEqualTo("hybrid");
        assertThat(both.has("rerank")).isFalse();

        // an ask and a RAG chat of the handbook take them too: one passage, re-ranked
        JsonNode asked = post("/v1/ask", Map.of("question", "Which planet is the largest?", "collection", "handbook"))
                .getBody();
        assertThat(generationRequests.getLast().body().get("passages"))
                .extracting(p -> p.get("chunkId").asLong())
                .containsExactly(jupiter);
        assertThat(asked.at("/rerank/applied").asBoolean()).isTrue();
        JsonNode chatted = post(
                        "/v1/rag/chat/completions",
                        Map.of(
                                "model",
                                "rag/handbook",
                                "messages",
                                List.of(Map.of("role", "user", "content", "Which planet is the largest?"))))
                .getBody();
        assertThat(generationRequests.getLast().body().get("passages"))
                .extracting(p -> p.get("chunkId").asLong())
                .containsExactly(jupiter);
        assertThat(chatted.at("/citations/0/chunkId").asLong()).isEqualTo(jupiter);

        // and without them the handbook searches as the service does
        jdbc.sql("UPDATE collection SET search = NULL").update();
        JsonNode plain = post("/v1/search", Map.of("query", "Which planet is the largest?", "collection", "handbook"))
                .getBody();
        assertThat(plain.get("mode").asString()).isEqualTo("hybrid");
        assertThat(plain.has("rerank")).isFalse();
    }

    @Test
    void aRepeatedQueryTakesItsVectorFromTheCacheAndCountsTheHit() {
        // given
        String query = "Which red storm is bigger than Earth " + System.nanoTime() + "?";
        double hitsBefore = cacheCount("hit");
        double missesBefore = cacheCount("miss");
        JsonNode first =
                post("/v1/search", Map.of("query", query, "mode", "dense")).getBody();

        // when: the same query, spaced differently
        JsonNode again = post("/v1/search", Map.of("query", "  " + query.replace(" ", "   ") + "\n", "mode", "dense"))
                .getBody();

        // then: one embedding computed, one served, and the same results with the same scores
        assertThat(cacheCount("miss") - missesBefore).isEqualTo(1);
        assertThat(cacheCount("hit") - hitsBefore).isEqualTo(1);
        assertThat(again.get("results")).isEqualTo(first.get("results"));
        assertThat(firstChunkId(again)).isEqualTo(jupiter);
    }

    private double cacheCount(String result) {
        return metric("rag_retrieval_query_embedding_cache_total{result=\"" + result + "\"}");
    }

    /** The value of a Prometheus series (0 before it exists). */
    private double metric(String series) {
        String prometheus = http.get().uri("/actuator/prometheus").retrieve().body(String.class);
        return prometheus
                .lines()
                .filter(line -> line.startsWith(series + " "))
                .mapToDouble(line -> Double.parseDouble(line.substring(series.length() + 1)))
                .findFirst()
                .orElse(0);
    }

    @Test
    void startUpSentTheWarmUpSearchesThroughTheHttpApi() {
        // the runner finished before the context (and so this test) started; each search answered 200
        assertThat(warmup.completed()).isEqualTo(12);
    }

    @Test
    void askWithNothingRetrievedIsA422Problem() throws IOException {
        // given generation-service refuses to answer without passages, as it does
        startGeneration(422, request -> """
                {"type":"https://jrag.dev/problems/no-passages","title":"No passages","status":422}""");

        // when the collection holds nothing
        ResponseEntity<JsonNode> response =
                post("/v1/ask", Map.of("question", "Which planet is the largest?", "collection", "empty"));

        // then
        assertThat(generationRequests)
                .singleElement()
                .satisfies(
                        received -> assertThat(received.body().get("passages")).isEmpty());
        assertThat(response.getStatusCode().value()).isEqualTo(422);
        assertThat(response.getBody().get("type").asString())
                .isEqualTo("https://jrag.dev/problems/no-relevant-passages");
        assertThat(response.getBody().get("detail").asString())
                .isEqualTo("No indexed passage in collection 'empty' matches the question"
                        + " 'Which planet is the largest?', so there is nothing to answer from");
    }

    @Test
    void askWithGenerationDownIsA503Problem() {
        // given nothing listens on the generation port

        // when
        ResponseEntity<JsonNode> response = post("/v1/ask", Map.of("question", "Which planet is the largest?"));

        // then
        assertThat(response.getStatusCode().value()).isEqualTo(503);
        assertThat(response.getBody().get("type").asString())
                .isEqualTo("https://jrag.dev/problems/generation-unavailable");
        assertThat(response.getBody().get("detail").asString())
                .startsWith("generation-service at http://127.0.0.1:" + GENERATION_PORT + " is unreachable: ");
    }

    @Test
    void askStreamsGenerationsEventsAndEndsWithTheAnswerItGivesWhole() throws IOException {
        // given a generation-service that answers whole, or as events when asked to
        startGeneration(200, request -> {
            JsonNode passage = request.get("passages").get(0);
            String answer = """
                    {"answer":"Jupiter is the largest planet [1].","mode":"generative",
                     "citations":[{"documentId":%d,"chunkId":%d,"title":"%s","text":"%s"}],
                     "guardrails":%s,"generation":{"model":"tiny","finishReason":"stop"}}""".formatted(
                            passage.get("documentId").asLong(),
                            passage.get("chunkId").asLong(),
                            passage.get("title").asString(),
                            passage.get("text").asString(),
                            GUARDRAIL_REPORT)
                    .replace("\n", "");
            return asEventsWhenStreamed(request, answer);
        });
        Map<String, Object> question =
                Map.of("question", "Which planet is the largest?", "collection", "handbook", "topK", 3);
        var streamed = new HashMap<String, Object>(question);
        streamed.put("stream", true);

        String streamedSeries = "rag_retrieval_answers_total{mode=\"generative\",stream=\"true\"}";
        String wholeSeries = "rag_retrieval_answers_total{mode=\"generative\",stream=\"false\"}";
        double streamedBefore = metric(streamedSeries);
        double wholeBefore = metric(wholeSeries);

        // when (the cache forgets the first answer: the stream is to come from generation-service)
        JsonNode whole = post("/v1/ask", question).getBody();
        answerCache.clear();
        ResponseEntity<String> response = http.post()
                .uri("/v1/ask")
                .contentType(MediaType.APPLICATION_JSON)
                .body(streamed)
                .retrieve()
                .toEntity(String.class);

        // then generation-service was asked for events, with the same passages
        assertThat(generationRequests).hasSize(2);
        assertThat(generationRequests.getLast().body().get("stream").asBoolean())
                .isTrue();
        assertThat(generationRequests.getLast().body().get("passages"))
                .isEqualTo(generationRequests.getFirst().body().get("passages"));
        assertThat(generationRequests.getFirst().body().has("stream")).isFalse();
        // and its events came on as they were, the answer as this service's answer
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_EVENT_STREAM))
                .isTrue();
        List<String> events = List.of(response.getBody().split("\n\n"));
        assertThat(events).hasSize(4);
        assertThat(events.get(0)).isEqualTo(": keep-alive");
        assertThat(events.get(1)).isEqualTo("event: delta\ndata: {\"text\":\"Jupiter is the largest\"}");
        assertThat(events.get(2)).isEqualTo("event: delta\ndata: {\"text\":\" planet [1].\"}");
        assertThat(events.get(3)).startsWith("event: answer\ndata: ");
        ObjectNode answer = (ObjectNode) JSON.readTree(events.get(3).substring("event: answer\ndata: ".length()));
        // the same answer, logged twice: each with an id of its own
        assertThat(answer.remove("answerId").asString())
                .isNotEqualTo(((ObjectNode) whole).remove("answerId").asString());
        assertThat(answer).isEqualTo(whole);
        assertThat(answer.get("citations").get(0).get("chunkId").asLong()).isEqualTo(jupiter);
        // each answer counted once, by mode and whether it streamed
        assertThat(metric(streamedSeries) - streamedBefore).isEqualTo(1);
        assertThat(metric(wholeSeries) - wholeBefore).isEqualTo(1);
    }

    @Test
    void aGreedyAnswerAskedAgainComesFromTheCacheWholeOrStreamed() throws IOException {
        // given a generation-service that answers whole, or as events when asked to
        startGeneration(200, SearchIT::generativeAnswer);
        Map<String, Object> question =
                Map.of("question", "Which planet is the largest?", "collection", "handbook", "topK", 3);
        var streamed = new HashMap<String, Object>(question);
        streamed.put("stream", true);
        var sampled = new HashMap<String, Object>(question);
        sampled.put("temperature", 0.7);
        double hitsBefore = metric("rag_retrieval_answer_cache_total{result=\"hit\"}");

        // when
        ObjectNode first = (ObjectNode) post("/v1/ask", question).getBody();
        ObjectNode again = (ObjectNode) post("/v1/ask", question).getBody();
        String events = http.post()
                .uri("/v1/ask")
                .contentType(MediaType.APPLICATION_JSON)
                .body(streamed)
                .retrieve()
                .body(String.class);
        post("/v1/ask", sampled);
        post("/v1/ask", sampled);
        JsonNode chat = post(
                        "/v1/rag/chat/completions",
                        Map.of(
                                "model",
                                "rag/handbook",
                                "messages",
                                List.of(Map.of("role", "user", "content", "Which planet is the largest?")),
                                "rag",
                                Map.of("topK", 3)))
                .getBody();

        // then generation-service answered the greedy question once, the sampled one each time
        assertThat(generationRequests).hasSize(3);
        assertThat(metric("rag_retrieval_answer_cache_total{result=\"hit\"}") - hitsBefore)
                .isEqualTo(3);
        // a chat that asks the same: the kept answer, no model tokens spent on it
        assertThat(chat.at("/choices/0/message/content").asString()).isEqualTo(RAG_ANSWER);
        assertThat(chat.at("/rag/cached").asBoolean()).isTrue();
        assertThat(chat.at("/usage/total_tokens").asInt()).isZero();
        assertThat(first.has("cached")).isFalse();
        assertThat(again.remove("cached").asBoolean()).isTrue();
        // the same answer, logged as another one
        assertThat(again.remove("answerId")).isNotEqualTo(first.remove("answerId"));
        assertThat(again).isEqualTo(first);
        // streamed, the kept answer's text in one delta, then the answer
        List<String> parts = List.of(events.split("\n\n"));
        assertThat(parts).hasSize(2);
        assertThat(JSON.readTree(parts.get(0).substring("event: delta\ndata: ".length()))
                        .get("text")
                        .asString())
                .isEqualTo(first.get("answer").asString());
        ObjectNode replayed = (ObjectNode) JSON.readTree(parts.get(1).substring("event: answer\ndata: ".length()));
        assertThat(replayed.remove("cached").asBoolean()).isTrue();
        replayed.remove("answerId");
        assertThat(replayed).isEqualTo(first);
    }

    @Test
    void askStreamedClosesGenerationsStreamWhenTheClientLeaves() throws Exception {
        // given a generation-service that keeps streaming keep-alives until its client goes away
        var upstreamClosed = new CountDownLatch(1);
        generation = HttpServer.create(new InetSocketAddress("127.0.0.1", GENERATION_PORT), 0);
        generation.createContext("/v1/answers", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
            exchange.sendResponseHeaders(200, 0);
            var body = exchange.getResponseBody();
            try {
                body.write("event: delta\ndata: {\"text\":\"Jupiter\"}\n\n".getBytes(StandardCharsets.UTF_8));
                body.flush();
                for (int i = 0; i < 200; i++) {
                    Thread.sleep(50);
                    body.write(": keep-alive\n\n".getBytes(StandardCharsets.UTF_8));
                    body.flush();
                }
            } catch (IOException gone) {
                upstreamClosed.countDown();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                exchange.close();
            }
        });
        generation.start();
        var client = HttpClient.newHttpClient();
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/ask"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"question\": \"Which planet is the largest?\", \"stream\": true}"))
                .build();

        // when the client reads the first event and leaves
        var response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (var events = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            assertThat(events.readLine()).isEqualTo("event: delta");
        }
        client.close();

        // then this service closed its stream from generation-service (which cancels the generation there)
        assertThat(upstreamClosed.await(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void askStreamedEndsAStreamCutShortWithAProblemEvent() throws IOException {
        // given a generation-service whose stream breaks off after some text
        startGeneration(200, request -> "event: delta\ndata: {\"text\":\"Jupiter\"}\n\n");

        // when
        ResponseEntity<String> response = http.post()
                .uri("/v1/ask")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("question", "Which planet is the largest?", "stream", true))
                .retrieve()
                .toEntity(String.class);

        // then the text that came, then a problem saying so
        List<String> events = List.of(response.getBody().split("\n\n"));
        assertThat(events).hasSize(2);
        assertThat(events.get(0)).isEqualTo("event: delta\ndata: {\"text\":\"Jupiter\"}");
        assertThat(events.get(1)).startsWith("event: error\ndata: ");
        JsonNode problem = JSON.readTree(events.get(1).substring("event: error\ndata: ".length()));
        assertThat(problem.get("status").asInt()).isEqualTo(502);
        assertThat(problem.get("type").asString()).isEqualTo("https://jrag.dev/problems/generation-failed");
        assertThat(problem.get("detail").asString())
                .isEqualTo("generation-service at http://127.0.0.1:" + GENERATION_PORT
                        + " ended its answer stream without an answer");
    }

    @Test
    void askStreamedAnswersWhatGenerationRefusesBeforeItsFirstEventAsAProblem() throws IOException {
        // given generation-service refuses to answer without passages, as it does
        startGeneration(422, request -> """
                {"type":"https://jrag.dev/problems/no-passages","title":"No passages","status":422}""");

        // when
        ResponseEntity<JsonNode> response = post(
                "/v1/ask", Map.of("question", "Which planet is the largest?", "collection", "empty", "stream", true));

        // then an ordinary problem response, as without stream
        assertThat(response.getStatusCode().value()).isEqualTo(422);
        assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(response.getBody().get("type").asString())
                .isEqualTo("https://jrag.dev/problems/no-relevant-passages");
        assertThat(generationRequests.getLast().body().get("stream").asBoolean())
                .isTrue();
    }

    @Test
    void askSearchesAFollowUpWithThePreviousQuestionWhenNoModelCanRewriteIt() throws IOException {
        // given a generation-service without chat completions that cites the first passage it receives
        startGeneration(200, request -> citingFirstPassage(request));
        var history = List.of(
                Map.of("role", "user", "content", "How do I bake sourdough bread?"),
                Map.of("role", "assistant", "content", "Feed the starter the night before [1]."));

        double rewritesBefore = metric("rag_retrieval_question_rewrites_total{method=\"previous-question\"}");

        // when a follow-up comes with its conversation
        ResponseEntity<JsonNode> response = post(
                "/v1/ask",
                Map.of(
                        "question",
                        "And how hot is the oven?",
                        "collection",
                        "handbook",
                        "topK",
                        2,
                        "history",
                        history));

        // then the search read the previous question with the follow-up, and said why
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        JsonNode rewrite = response.getBody().get("rewrite");
        assertThat(rewrite.get("query").asString())
                .isEqualTo("How do I bake sourdough bread?\nAnd how hot is the oven?");
        assertThat(rewrite.get("method").asString()).isEqualTo("previous-question");
        assertThat(rewrite.get("reason").asString()).contains("answered 404");
        assertThat(metric("rag_retrieval_question_rewrites_total{method=\"previous-question\"}") - rewritesBefore)
                .isEqualTo(1);
        // and generation-service answered the follow-up itself, with the conversation
        JsonNode asked = generationRequests.getLast().body();
        assertThat(asked.get("question").asString()).isEqualTo("And how hot is the oven?");
        assertThat(asked.get("history")).isEqualTo(JSON.valueToTree(history));
        assertThat(asked.get("passages"))
                .extracting(p -> p.get("chunkId").asLong())
                .containsExactlyInAnyOrder(sourdough, bakeLoaf);
    }

    @Test
    void askSearchesTheStandaloneQuestionTheModelRewritesAFollowUpTo() throws IOException {
        // given a generation-service whose model rewrites follow-ups
        chatReply = "Which planet in the solar system is the largest?";
        startGeneration(200, request -> citingFirstPassage(request));

        // when
        ResponseEntity<JsonNode> response = post(
                "/v1/ask",
                Map.of(
                        "question",
                        "Which one is the largest?",
                        "topK",
                        1,
                        "history",
                        List.of(Map.of("role", "user", "content", "Name the planets."))));

        // then
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getBody().get("rewrite"))
                .isEqualTo(JSON.readTree(
                        "{\"query\":\"Which planet in the solar system is the largest?\",\"method\":\"model\"}"));
        assertThat(generationRequests
                        .getFirst()
                        .body()
                        .at("/messages/1/content")
                        .asString())
                .contains("User: Name the planets.", "Follow-up question: Which one is the largest?");
        assertThat(generationRequests.getLast().body().at("/passages/0/chunkId").asLong())
                .isEqualTo(jupiter);
        // a bad turn is a 400 naming the rule, before any search
        int sent = generationRequests.size();
        ResponseEntity<JsonNode> bad = post(
                "/v1/ask",
                Map.of("question", "Which?", "history", List.of(Map.of("role", "system", "content", "Obey."))));
        assertThat(bad.getStatusCode().value()).isEqualTo(400);
        assertThat(bad.getBody().get("detail").asString()).contains("history roles must be user or assistant");
        assertThat(generationRequests).hasSize(sent);
    }

    // --- RAG as an OpenAI-compatible chat model (/v1/rag)

    private static final String RAG_ANSWER = "Jupiter is the largest planet [1].";

    /** A generative answer citing the first passage, with the model's usage; as events when asked to stream. */
    private static String generativeAnswer(JsonNode request) {
        JsonNode passage = request.get("passages").get(0);
        var citation = new LinkedHashMap<String, Object>();
        citation.put("documentId", passage.get("documentId").asLong());
        citation.put("chunkId", passage.get("chunkId").asLong());
        citation.put("title", passage.get("title").asString());
        citation.put("text", passage.get("text").asString());
        String answer = JSON.writeValueAsString(Map.of(
                "answer",
                RAG_ANSWER,
                "mode",
                "generative",
                "citations",
                List.of(citation),
                "generation",
                Map.of(
                        "model",
                        "tiny",
                        "finishReason",
                        "stop",
                        "usage",
                        Map.of("prompt_tokens", 40, "completion_tokens", 9, "total_tokens", 49))));
        return asEventsWhenStreamed(request, answer);
    }

    /**
     * {@code answer} as generation-service sends it: whole, or when the request asks to stream, as a keep-alive, the
     * text of {@value #RAG_ANSWER} in two deltas and the answer event.
     */
    private static String asEventsWhenStreamed(JsonNode request, String answer) {
        if (!request.path("stream").asBoolean()) {
            return answer;
        }
        return ": keep-alive\n\n"
                + "event: delta\ndata: {\"text\":\"Jupiter is the largest\"}\n\n"
                + "event: delta\ndata: {\"text\":\" planet [1].\"}\n\n"
                + "event: answer\ndata: " + answer + "\n\n";
    }

    private String ragBaseUrl() {
        return "http://127.0.0.1:" + port + "/v1/rag";
    }

    @Test
    void ragListsEveryCollectionAsAModel() {
        JsonNode models = get("/v1/rag/models").getBody();

        assertThat(models.get("object").asString()).isEqualTo("list");
        assertThat(models.get("data"))
                .extracting(m -> m.get("id").asString())
                .containsExactly("rag", "rag/handbook", "rag/archive", "rag/empty");
        assertThat(models.get("data").get(1).get("object").asString()).isEqualTo("model");
    }

    @Test
    void springAisOpenAiChatModelChatsWithACollectionBlockingAndStreaming() throws IOException {
        startGeneration(200, SearchIT::generativeAnswer);
        var chat = org.springframework.ai.openai.OpenAiChatModel.builder()
                .options(org.springframework.ai.openai.OpenAiChatOptions.builder()
                        .baseUrl(ragBaseUrl())
                        .apiKey("not-checked")
                        .model("rag/handbook")
                        .maxTokens(64)
                        .streamUsage(true)
                        .maxRetries(0)
                        .timeout(Duration.ofSeconds(30))
                        .build())
                .build();
        var prompt = new org.springframework.ai.chat.prompt.Prompt(List.of(
                new org.springframework.ai.chat.messages.SystemMessage("You are helpful."),
                new org.springframework.ai.chat.messages.UserMessage("Tell me about the planets."),
                new org.springframework.ai.chat.messages.AssistantMessage("There are eight."),
                new org.springframework.ai.chat.messages.UserMessage("Which one is the largest?")));

        var whole = chat.call(prompt);
        answerCache.clear(); // the stream is to come from generation-service
        var streamed = chat.stream(prompt).collectList().block(Duration.ofSeconds(30));

        assertThat(whole.getResult().getOutput().getText()).isEqualTo(RAG_ANSWER);
        assertThat(whole.getResult().getMetadata().getFinishReason()).isEqualToIgnoringCase("stop");
        assertThat(whole.getMetadata().getUsage().getPromptTokens()).isEqualTo(40);
        assertThat(whole.getMetadata().getUsage().getCompletionTokens()).isEqualTo(9);
        assertThat(whole.getMetadata().getModel()).isEqualTo("rag/handbook");
        assertThat(streamed.stream()
                        .flatMap(r -> r.getResults().stream())
                        .map(g -> g.getOutput().getText())
                        .filter(Objects::nonNull)
                        .reduce("", String::concat))
                .isEqualTo(RAG_ANSWER);
        assertThat(streamed.stream()
                        .map(r -> r.getMetadata().getUsage())
                        .filter(u -> u != null && u.getTotalTokens() != null && u.getTotalTokens() > 0))
                .last()
                .satisfies(usage -> assertThat(usage.getCompletionTokens()).isEqualTo(9));
        // each chat asked the ask pipeline: the last user message, the conversation before it (no system message),
        // the collection the model names
        assertThat(generationRequests).hasSize(2).allSatisfy(received -> {
            JsonNode body = received.body();
            assertThat(body.get("question").asString()).isEqualTo("Which one is the largest?");
            assertThat(body.get("history"))
                    .isEqualTo(JSON.readTree("[{\"role\":\"user\",\"content\":\"Tell me about the planets.\"},"
                            + "{\"role\":\"assistant\",\"content\":\"There are eight.\"}]"));
            assertThat(body.get("maxTokens").asInt()).isEqualTo(64);
            assertThat(body.get("passages")).isNotEmpty();
        });
        assertThat(generationRequests.getFirst().body().has("stream")).isFalse();
        assertThat(generationRequests.getLast().body().get("stream").asBoolean())
                .isTrue();
    }

    @Test
    void langChain4jsOpenAiChatModelChatsWithEveryCollectionBlockingAndStreaming() throws Exception {
        startGeneration(200, SearchIT::generativeAnswer);
        var request = dev.langchain4j.model.chat.request.ChatRequest.builder()
                .messages(List.of(dev.langchain4j.data.message.UserMessage.from("Which planet is the largest?")))
                .build();
        var blocking = dev.langchain4j.model.openai.OpenAiChatModel.builder()
                .baseUrl(ragBaseUrl())
                .apiKey("not-checked")
                .modelName("rag")
                .maxRetries(0)
                .timeout(Duration.ofSeconds(30))
                .build();
        var streaming = dev.langchain4j.model.openai.OpenAiStreamingChatModel.builder()
                .baseUrl(ragBaseUrl())
                .apiKey("not-checked")
                .modelName("rag")
                .timeout(Duration.ofSeconds(30))
                .build();

        var whole = blocking.chat(request);
        var partials = new StringBuilder();
        var done = new CompletableFuture<dev.langchain4j.model.chat.response.ChatResponse>();
        streaming.chat(request, new dev.langchain4j.model.chat.response.StreamingChatResponseHandler() {
            @Override
            public void onPartialResponse(String partialResponse) {
                partials.append(partialResponse);
            }

            @Override
            public void onCompleteResponse(dev.langchain4j.model.chat.response.ChatResponse completeResponse) {
                done.complete(completeResponse);
            }

            @Override
            public void onError(Throwable error) {
                done.completeExceptionally(error);
            }
        });
        var streamed = done.get(30, TimeUnit.SECONDS);

        assertThat(whole.aiMessage().text()).isEqualTo(RAG_ANSWER);
        assertThat(whole.tokenUsage().inputTokenCount()).isEqualTo(40);
        assertThat(whole.finishReason()).isEqualTo(dev.langchain4j.model.output.FinishReason.STOP);
        assertThat(partials.toString()).isEqualTo(RAG_ANSWER);
        assertThat(streamed.aiMessage().text()).isEqualTo(RAG_ANSWER);
        // every collection searched: no collection sent on, and the question without a conversation
        assertThat(generationRequests).allSatisfy(received -> {
            assertThat(received.body().get("question").asString()).isEqualTo("Which planet is the largest?");
            assertThat(received.body().has("history")).isFalse();
        });
    }

    @Test
    void ragAnswersTheCitationsBesideTheMessageAndProblemsForWhatItCannotRead() throws IOException {
        startGeneration(200, SearchIT::generativeAnswer);

        JsonNode completion = post(
                        "/v1/rag/chat/completions",
                        Map.of(
                                "model",
                                "rag/handbook",
                                "messages",
                                List.of(Map.of(
                                        "role",
                                        "user",
                                        "content",
                                        List.of(Map.of("type", "text", "text", "Which planet is the largest?")))),
                                "rag",
                                Map.of("mode", "bm25", "topK", 1)))
                .getBody();
        JsonNode withSources = post(
                        "/v1/rag/chat/completions",
                        Map.of(
                                "model",
                                "rag/handbook",
                                "messages",
                                List.of(Map.of("role", "user", "content", "Which planet is the largest?")),
                                "rag",
                                Map.of("topK", 1, "sourcesInContent", true)))
                .getBody();
        ResponseEntity<JsonNode> badOption = post(
                "/v1/rag/chat/completions",
                Map.of("messages", List.of(Map.of("role", "user", "content", "Hi")), "rag", Map.of("topK", 0)));
        ResponseEntity<JsonNode> unknownModel = post(
                "/v1/rag/chat/completions",
                Map.of("model", "gpt-4o", "messages", List.of(Map.of("role", "user", "content", "Hi"))));
        ResponseEntity<JsonNode> tool =
                post("/v1/rag/chat/completions", Map.of("messages", List.of(Map.of("role", "tool", "content", "42"))));
        ResponseEntity<JsonNode> endsWithAssistant = post(
                "/v1/rag/chat/completions",
                Map.of("messages", List.of(Map.of("role", "assistant", "content", "Hello"))));
        ResponseEntity<JsonNode> unknownCollection = post(
                "/v1/rag/chat/completions",
                Map.of("model", "rag/nope", "messages", List.of(Map.of("role", "user", "content", "Hi"))));

        assertThat(completion.get("object").asString()).isEqualTo("chat.completion");
        assertThat(completion.at("/choices/0/message/content").asString()).isEqualTo(RAG_ANSWER);
        assertThat(completion.at("/citations/0/chunkId").asLong()).isEqualTo(jupiter);
        assertThat(completion.at("/rag/mode").asString()).isEqualTo("generative");
        assertThat(get("/v1/asks/" + completion.at("/rag/answerId").asString())
                        .getBody()
                        .get("collections"))
                .isEqualTo(JSON.readTree("[\"handbook\"]"));
        // the search options of /v1/ask in the extra body
        assertThat(generationRequests.getFirst().body().get("passages")).hasSize(1);
        // and, asked for, the sources after the answer in the message's text
        assertThat(withSources.at("/choices/0/message/content").asString())
                .isEqualTo(RAG_ANSWER + "\n\nSources:\n[1] The solar system (document "
                        + withSources.at("/citations/0/documentId").asLong() + ", chunk " + jupiter + ")");
        assertThat(badOption.getStatusCode().value()).isEqualTo(400);
        assertThat(badOption.getBody().get("detail").asString()).isEqualTo("topK must be between 1 and 100");
        assertThat(unknownModel.getStatusCode().value()).isEqualTo(404);
        assertThat(unknownModel.getBody().get("detail").asString()).contains("'gpt-4o'", "GET /v1/rag/models");
        assertThat(tool.getStatusCode().value()).isEqualTo(400);
        assertThat(tool.getBody().get("detail").asString())
                .isEqualTo("messages[0]: role must be system, developer, user or assistant (tools are not"
                        + " supported), got: tool");
        assertThat(endsWithAssistant.getStatusCode().value()).isEqualTo(400);
        assertThat(endsWithAssistant.getBody().get("detail").asString())
                .isEqualTo("the last message must be the user's question");
        assertThat(unknownCollection.getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void answersAreLoggedWithWhatTheyDrewOnAndTakeTheUsersFeedback() throws IOException {
        // given
        startGeneration(200, SearchIT::citingFirstPassage);
        double downBefore = metric("rag_retrieval_feedback_total{rating=\"down\"}");

        // when
        JsonNode answer = post("/v1/ask", Map.of("question", "Which planet is the largest?", "collection", "handbook"))
                .getBody();
        String id = answer.get("answerId").asString();
        ResponseEntity<JsonNode> rated =
                post("/v1/asks/" + id + "/feedback", Map.of("rating", "down", "comment", "  Cites the wrong page. "));

        // then the answer is logged as it was given
        JsonNode logged = get("/v1/asks/" + id).getBody();
        assertThat(logged.get("question").asString()).isEqualTo("Which planet is the largest?");
        assertThat(logged.get("collections")).isEqualTo(JSON.readTree("[\"handbook\"]"));
        assertThat(logged.get("answer").asString())
                .isEqualTo(answer.get("answer").asString());
        assertThat(logged.get("mode").asString()).isEqualTo("extractive");
        assertThat(logged.get("citations")).isEqualTo(answer.get("citations"));
        // and the passages it was given to write from, as generation-service received them (without their text)
        JsonNode given = generationRequests.getLast().body().get("passages");
        assertThat(logged.get("passages")).hasSize(given.size());
        for (int i = 0; i < given.size(); i++) {
            assertThat(logged.get("passages").get(i).get("chunkId").asLong())
                    .isEqualTo(given.get(i).get("chunkId").asLong());
            assertThat(logged.get("passages").get(i).get("title").asString())
                    .isEqualTo(given.get(i).get("title").asString());
            assertThat(logged.get("passages").get(i).has("text")).isFalse();
        }
        assertThat(logged.get("streamed").asBoolean()).isFalse();
        assertThat(logged.has("searchQuery")).isFalse();
        // with the feedback
        assertThat(rated.getStatusCode().value()).isEqualTo(200);
        assertThat(rated.getBody().at("/feedback/rating").asString()).isEqualTo("down");
        assertThat(rated.getBody().at("/feedback/comment").asString()).isEqualTo("Cites the wrong page.");
        assertThat(logged.get("feedback")).isEqualTo(rated.getBody().get("feedback"));
        assertThat(metric("rag_retrieval_feedback_total{rating=\"down\"}") - downBefore)
                .isEqualTo(1);
        assertThat(get("/v1/asks?rating=down").getBody().get("asks"))
                .singleElement()
                .satisfies(a -> assertThat(a.get("id").asString()).isEqualTo(id));

        // and feedback sent again replaces it
        post("/v1/asks/" + id + "/feedback", Map.of("rating", "UP"));
        assertThat(get("/v1/asks/" + id).getBody().get("feedback").has("comment"))
                .isFalse();
        assertThat(get("/v1/asks?rating=down").getBody().get("asks")).isEmpty();
        assertThat(get("/v1/asks?rating=up").getBody().get("asks")).hasSize(1);
        assertThat(get("/v1/asks?rating=none").getBody().get("asks")).isEmpty();

        // what cannot be read is a problem naming it
        assertProblem(
                post("/v1/asks/" + id + "/feedback", Map.of("rating", "meh")),
                400,
                "rating must be 'up' or" + " 'down', got: meh");
        assertProblem(post("/v1/asks/" + id + "/feedback", Map.of()), 400, "rating is required: 'up' or 'down'");
        assertProblem(
                post("/v1/asks/" + id + "/feedback", Map.of("rating", "up", "comment", "x".repeat(2001))),
                400,
                "comment must be at most 2000 characters, got: 2001");
        assertProblem(get("/v1/asks/42"), 400, "answer id must be a UUID (an answer's answerId), got: '42'");
        assertProblem(get("/v1/asks?rating=meh"), 400, "rating must be 'up', 'down' or 'none', got: 'meh'");
        assertProblem(get("/v1/asks?limit=0"), 400, "limit must be between 1 and 100, got: 0");
        assertProblem(get("/v1/asks?cursor=bm9wZQ"), 400, "cursor 'bm9wZQ' is not one this endpoint gave (its next)");
        ResponseEntity<JsonNode> unknown = get("/v1/asks/00000000-0000-4000-8000-000000000000");
        assertThat(unknown.getStatusCode().value()).isEqualTo(404);
        assertThat(unknown.getBody().get("type").asString()).isEqualTo("https://jrag.dev/problems/answer-not-found");
    }

    @Test
    void aCallerLimitedToSomeCollectionsSeesAndRatesOnlyAnswersDrawnFromThemAlone() throws IOException {
        // given answers drawn from the handbook, from the archive (a scoped key naming none) and from everything
        startGeneration(200, SearchIT::citingFirstPassage);
        String handbook = post("/v1/ask", Map.of("question", "Which planet?", "collection", "handbook"))
                .getBody()
                .get("answerId")
                .asString();
        String archive = postVisible("/v1/ask", Map.of("question", "What is a starter?"), "archive")
                .getBody()
                .get("answerId")
                .asString();
        String everything = post("/v1/ask", Map.of("question", "Which planet?"))
                .getBody()
                .get("answerId")
                .asString();

        // then
        assertThat(get("/v1/asks/" + archive).getBody().get("collections")).isEqualTo(JSON.readTree("[\"archive\"]"));
        assertThat(get("/v1/asks/" + everything).getBody().has("collections")).isFalse();
        assertThat(getVisible("/v1/asks", "handbook").getBody().get("asks"))
                .extracting(a -> a.get("id").asString())
                .containsExactly(handbook);
        assertThat(getVisible("/v1/asks", "handbook,archive").getBody().get("asks"))
                .extracting(a -> a.get("id").asString())
                .containsExactly(archive, handbook);
        assertThat(get("/v1/asks").getBody().get("asks"))
                .extracting(a -> a.get("id").asString())
                .containsExactly(everything, archive, handbook);
        assertThat(get("/v1/asks?collection=archive").getBody().get("asks"))
                .extracting(a -> a.get("id").asString())
                .containsExactly(archive);
        assertThat(getVisible("/v1/asks/" + archive, "handbook").getStatusCode().value())
                .isEqualTo(404);
        assertThat(getVisible("/v1/asks/" + everything, "handbook")
                        .getStatusCode()
                        .value())
                .isEqualTo(404);
        ResponseEntity<JsonNode> hiddenFeedback = http.post()
                .uri("/v1/asks/" + archive + "/feedback")
                .header("X-Jrag-Collections", "handbook")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("rating", "down"))
                .retrieve()
                .toEntity(JsonNode.class);
        assertThat(hiddenFeedback.getStatusCode().value()).isEqualTo(404);
        assertThat(get("/v1/asks/" + archive).getBody().has("feedback")).isFalse();
    }

    @Test
    void aCallerFindsAndIsAnsweredFromOnlyTheDocumentsItsPrincipalsMayRead() throws IOException {
        // given the solar system readable by hr alone, the archive's recipes by one user (the rest by everyone)
        long solarSystem = documentOf(jupiter);
        jdbc.sql("UPDATE document SET readers = '{hr}' WHERE id = ?")
                .param(solarSystem)
                .update();
        jdbc.sql("UPDATE document SET readers = '{user:alice}' WHERE id = ?")
                .param(archiveDocument)
                .update();
        long handbookId = jdbc.sql("SELECT collection_id FROM document WHERE id = ?")
                .param(solarSystem)
                .query(Long.class)
                .single();
        logChange(handbookId, solarSystem, "UPSERT");
        awaitIndexed(logChange(
                jdbc.sql("SELECT id FROM collection WHERE name = 'archive'")
                        .query(Long.class)
                        .single(),
                archiveDocument,
                "UPSERT"));

        // then every mode finds a restricted chunk for its readers and for a caller without principals alone
        Map<String, Object> planets = Map.of("query", "Jupiter largest planet Great Red Spot or bread", "topK", 10);
        Map<String, Object> starter = Map.of("query", "sourdough starter flour water wild yeast", "topK", 10);
        for (String mode : List.of("bm25", "dense", "hybrid")) {
            Map<String, Object> planetsIn = new LinkedHashMap<>(planets);
            planetsIn.put("mode", mode);
            assertThat(chunkIds(post("/v1/search", planetsIn).getBody()))
                    .as(mode)
                    .contains(jupiter);
            assertThat(chunkIds(postAs("/v1/search", planetsIn, "hr").getBody()))
                    .as(mode)
                    .contains(jupiter);
            assertThat(chunkIds(
                            postAs("/v1/search", planetsIn, "staff,user%3Abob").getBody()))
                    .as(mode)
                    .isNotEmpty()
                    .doesNotContain(jupiter);
            assertThat(chunkIds(postAs("/v1/search", planetsIn, "").getBody()))
                    .as(mode)
                    .doesNotContain(jupiter);
            Map<String, Object> starterIn = new LinkedHashMap<>(starter);
            starterIn.put("mode", mode);
            // principals come URL-encoded: user%3Aalice is user:alice
            assertThat(chunkIds(postAs("/v1/search", starterIn, "staff,user%3Aalice")
                            .getBody()))
                    .as(mode)
                    .contains(archiveStarter);
            assertThat(chunkIds(postAs("/v1/search", starterIn, "hr").getBody()))
                    .as(mode)
                    .doesNotContain(archiveStarter);
        }

        // the Spring AI retrievers read as the principals in the query's context
        for (var readers : List.of(Map.of("staff", false), Map.of("hr", true))) {
            String principal = readers.keySet().iterator().next();
            List<Long> found = denseDocuments
                    .retrieve(Query.builder()
                            .text("Jupiter largest planet Great Red Spot")
                            .context(Map.of(RagKeys.PRINCIPALS, Set.of(principal), RagKeys.TOP_K, 10))
                            .build())
                    .stream()
                    .map(document -> (Long) document.getMetadata().get(RagKeys.CHUNK_ID))
                    .toList();
            assertThat(found.contains(jupiter)).as(principal).isEqualTo(readers.get(principal));
        }

        // the index status counts what the caller may read
        assertThat(get("/v1/index/status").getBody().get("documents").asLong()).isEqualTo(4);
        assertThat(getAs("/v1/index/status", "hr").getBody().get("documents").asLong())
                .isEqualTo(3);
        assertThat(getAs("/v1/index/status", "staff").getBody().get("documents").asLong())
                .isEqualTo(2);

        // and a change of readers the BM25 index has not seen yet is applied all the same
        jdbc.sql("UPDATE document SET readers = '{finance}' WHERE id = ?")
                .param(solarSystem)
                .update();
        assertThat(chunkIds(postAs("/v1/search", Map.of("query", "Jupiter Great Red Spot", "mode", "bm25"), "hr")
                        .getBody()))
                .doesNotContain(jupiter);
        jdbc.sql("UPDATE document SET readers = '{hr}' WHERE id = ?")
                .param(solarSystem)
                .update();

        // when hr and staff ask the same question
        startGeneration(200, SearchIT::citingFirstPassage);
        ResponseEntity<JsonNode> asHr = postAs(
                "/v1/ask", Map.of("question", "Which planet has a Great Red Spot?", "collection", "handbook"), "hr");
        ResponseEntity<JsonNode> asStaff = postAs(
                "/v1/ask", Map.of("question", "Which planet has a Great Red Spot?", "collection", "handbook"), "staff");

        // then staff's answer was written from passages it may read alone
        assertThat(asHr.getStatusCode().value()).isEqualTo(200);
        assertThat(asStaff.getStatusCode().value()).isEqualTo(200);
        assertThat(generationRequests).hasSize(2);
        assertThat(generationRequests.get(0).body().get("passages"))
                .extracting(passage -> passage.get("documentId").asLong())
                .contains(solarSystem);
        assertThat(generationRequests.get(1).body().get("passages"))
                .extracting(passage -> passage.get("documentId").asLong())
                .isNotEmpty()
                .doesNotContain(solarSystem);

        // and the answer log shows hr's answer to those who may read what it drew on alone
        String hrAnswer = asHr.getBody().get("answerId").asString();
        String staffAnswer = asStaff.getBody().get("answerId").asString();
        assertThat(get("/v1/asks").getBody().get("asks"))
                .extracting(a -> a.get("id").asString())
                .containsExactly(staffAnswer, hrAnswer);
        assertThat(getAs("/v1/asks", "hr").getBody().get("asks"))
                .extracting(a -> a.get("id").asString())
                .containsExactly(staffAnswer, hrAnswer);
        assertThat(getAs("/v1/asks", "staff").getBody().get("asks"))
                .extracting(a -> a.get("id").asString())
                .containsExactly(staffAnswer);
        assertThat(getAs("/v1/asks/" + hrAnswer, "staff").getStatusCode().value())
                .isEqualTo(404);
        assertThat(getAs("/v1/asks/" + hrAnswer, "hr").getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void theAnswerLogPagesNewestFirstAndForgetsAnswersPastItsRetention() throws IOException {
        // given five answers, one of them a streamed follow-up
        startGeneration(
                200,
                request -> asEventsWhenStreamed(
                        request, citingFirstPassage(request).replace("\n", "")));
        var ids = new ArrayList<String>();
        for (int i = 0; i < 4; i++) {
            ids.add(post("/v1/ask", Map.of("question", "Which planet " + i + "?"))
                    .getBody()
                    .get("answerId")
                    .asString());
        }
        String events = http.post()
                .uri("/v1/ask")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of(
                        "question",
                        "and how big is it?",
                        "history",
                        List.of(Map.of("role", "user", "content", "Which planet has a red spot?")),
                        "stream",
                        true))
                .retrieve()
                .body(String.class);
        String answerEvent = events.substring(
                        events.indexOf("event: answer\ndata: ") + "event: answer\ndata: ".length())
                .strip();
        ids.add(JSON.readTree(answerEvent).get("answerId").asString());

        // when
        JsonNode first = get("/v1/asks?limit=2").getBody();
        JsonNode second =
                get("/v1/asks?limit=2&cursor=" + first.get("next").asString()).getBody();
        JsonNode third =
                get("/v1/asks?limit=2&cursor=" + second.get("next").asString()).getBody();

        // then
        List<String> paged = new ArrayList<>();
        for (JsonNode page : List.of(first, second, third)) {
            page.get("asks").forEach(a -> paged.add(a.get("id").asString()));
        }
        assertThat(paged).containsExactlyElementsOf(ids.reversed());
        assertThat(third.has("next")).isFalse();
        JsonNode followUp = first.get("asks").get(0);
        assertThat(followUp.get("streamed").asBoolean()).isTrue();
        assertThat(followUp.get("question").asString()).isEqualTo("and how big is it?");
        assertThat(followUp.get("searchQuery").asString())
                .contains("Which planet has a red spot?", "and how big is it?");

        // and once two of them are older than the retention (30 days), the purge forgets them
        jdbc.sql("UPDATE answer_log SET created_at = now() - interval '31 days' WHERE id = ANY(?)")
                .param(new UUID[] {UUID.fromString(ids.get(0)), UUID.fromString(ids.get(1))})
                .update();
        assertThat(answerLog.purge()).isEqualTo(2);
        assertThat(get("/v1/asks").getBody().get("asks")).hasSize(3);
        assertThat(get("/v1/asks/" + ids.get(0)).getStatusCode().value()).isEqualTo(404);
    }

    private static void assertProblem(ResponseEntity<JsonNode> response, int status, String detail) {
        assertThat(response.getStatusCode().value()).isEqualTo(status);
        assertThat(response.getBody().get("detail").asString()).isEqualTo(detail);
    }

    private ResponseEntity<JsonNode> getVisible(String path, String visible) {
        return http.get()
                .uri(path)
                .header("X-Jrag-Collections", visible)
                .retrieve()
                .toEntity(JsonNode.class);
    }

    private static String citingFirstPassage(JsonNode request) {
        JsonNode passage = request.get("passages").get(0);
        return """
                {"answer":"%s","mode":"extractive",
                 "citations":[{"documentId":%d,"chunkId":%d,"title":"t","text":"x"}]}""".formatted(
                        passage.get("text").asString(),
                        passage.get("documentId").asLong(),
                        passage.get("chunkId").asLong());
    }

    // --- fixtures

    private JsonNode filtered(String mode, Map<String, Object> filters) {
        ResponseEntity<JsonNode> response = post(
                "/v1/search", Map.of("query", "sourdough starter bread loaf oven", "mode", mode, "filters", filters));
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        return response.getBody();
    }

    private long documentOf(long chunkId) {
        return jdbc.sql("SELECT document_id FROM chunk WHERE id = ?")
                .param(chunkId)
                .query(Long.class)
                .single();
    }

    private long space(int position) {
        return jdbc.sql("SELECT c.id FROM chunk c JOIN document d ON d.id = c.document_id"
                        + " WHERE d.title = 'The solar system' AND c.position = ?")
                .param(position)
                .query(Long.class)
                .single();
    }

    private String planWithoutScanOrSort(SearchQuery query) {
        return transaction.execute(status -> {
            jdbc.sql("SET LOCAL enable_seqscan = off").update();
            // with sorting discouraged too, the planner takes any index that yields the order
            jdbc.sql("SET LOCAL enable_sort = off").update();
            return String.join("\n", denseRetriever.explain(query));
        });
    }

    private long createCollection(String name) {
        return jdbc.sql("INSERT INTO collection (name) VALUES (?) RETURNING id")
                .param(name)
                .query(Long.class)
                .single();
    }

    /**
     * Stores a READY document the way ingest-service does, in one transaction with its change-log row, and returns
     * the ids of its embedded chunks. A {@code parentText} is stored last without an embedding.
     */
    private List<Long> storeDocument(long collectionId, String title, List<String> chunkTexts, String... parentText) {
        List<float[]> embeddings = embedder.embedPassages(chunkTexts);
        List<String> all = new ArrayList<>(chunkTexts);
        all.addAll(List.of(parentText));
        String content = String.join("\n\n", all);
        return transaction.execute(status -> {
            long documentId = jdbc.sql("""
                            INSERT INTO document (collection_id, title, media_type, content_hash, content, status)
                            VALUES (?, ?, 'text/plain', ?, ?, 'READY') RETURNING id""")
                    .param(collectionId)
                    .param(title)
                    .param(sha256(content))
                    .param(content)
                    .query(Long.class)
                    .single();
            List<Long> chunkIds = new ArrayList<>();
            int offset = 0;
            for (int i = 0; i < all.size(); i++) {
                String text = all.get(i);
                PGvector embedding = i < embeddings.size() ? new PGvector(embeddings.get(i)) : null;
                long chunkId = jdbc.sql("""
                                INSERT INTO chunk (document_id, collection_id, position, text, start_offset, end_offset,
                                                   token_count, embedding)
                                VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                        .param(documentId)
                        .param(collectionId)
                        .param(i)
                        .param(text)
                        .param(offset)
                        .param(offset + text.length())
                        .param(embedder.tokenizer().countTokens(text))
                        .param(embedding)
                        .query(Long.class)
                        .single();
                if (embedding != null) {
                    chunkIds.add(chunkId);
                }
                offset += text.length() + 2;
            }
            logChange(collectionId, documentId, "UPSERT");
            return chunkIds;
        });
    }

    private long logChange(long collectionId, long documentId, String operation) {
        jdbc.sql("SELECT pg_advisory_xact_lock(7262636)").query().listOfRows();
        return jdbc.sql("INSERT INTO change_log (collection_id, document_id, operation) VALUES (?, ?, ?) RETURNING seq")
                .param(collectionId)
                .param(documentId)
                .param(operation)
                .query(Long.class)
                .single();
    }

    private void awaitIndexed(long seq) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        long lastSeq = -1;
        while (System.nanoTime() < deadline) {
            lastSeq = get("/v1/index/status").getBody().get("lastSeq").asLong();
            if (lastSeq >= seq) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("BM25 index stuck at seq " + lastSeq + ", expected " + seq);
    }

    private ResponseEntity<JsonNode> search(String query, String collection, String mode) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query);
        if (collection != null) {
            body.put("collection", collection);
        }
        body.put("mode", mode);
        return post("/v1/search", body);
    }

    private ResponseEntity<JsonNode> post(String path, Object body) {
        return http.post()
                .uri(path)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .retrieve()
                .toEntity(JsonNode.class);
    }

    /** A client of this service that sends no trace context of its own (the Boot builder's clients do). */
    private RestClient untraced() {
        return RestClient.builder()
                .baseUrl("http://127.0.0.1:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> {})
                .build();
    }

    /** A POST as the gateway passes on a scoped key's request: with the collections it may see. */
    private ResponseEntity<JsonNode> postVisible(String path, Object body, String visible) {
        return postWith(path, body, "X-Jrag-Collections", visible);
    }

    private ResponseEntity<JsonNode> postWith(String path, Object body, String header, String value) {
        return http.post()
                .uri(path)
                .contentType(MediaType.APPLICATION_JSON)
                .header(header, value)
                .body(body)
                .retrieve()
                .toEntity(JsonNode.class);
    }

    /** A POST as the gateway passes on the request of a caller that reads as some principals. */
    private ResponseEntity<JsonNode> postAs(String path, Object body, String principals) {
        return postWith(path, body, "X-Jrag-Principals", principals);
    }

    private ResponseEntity<JsonNode> getAs(String path, String principals) {
        return http.get()
                .uri(path)
                .header("X-Jrag-Principals", principals)
                .retrieve()
                .toEntity(JsonNode.class);
    }

    private ResponseEntity<JsonNode> get(String path) {
        return http.get().uri(path).retrieve().toEntity(JsonNode.class);
    }

    private static long firstChunkId(ResponseEntity<JsonNode> response) {
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        return firstChunkId(response.getBody());
    }

    private static long firstChunkId(JsonNode body) {
        assertThat(body.get("results")).isNotEmpty();
        return body.get("results").get(0).get("chunkId").asLong();
    }

    private static List<Long> chunkIds(JsonNode body) {
        List<Long> ids = new ArrayList<>();
        body.get("results").forEach(result -> ids.add(result.get("chunkId").asLong()));
        return ids;
    }

    private void startGeneration(int status, GenerationStub stub) throws IOException {
        generation = HttpServer.create(new InetSocketAddress("127.0.0.1", GENERATION_PORT), 0);
        // extractive mode: no model loaded, so no free-text completions
        generation.createContext("/v1/models", exchange -> {
            byte[] models = "{\"object\":\"list\",\"data\":[]}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, models.length);
            exchange.getResponseBody().write(models);
            exchange.close();
        });
        if (chatReply != null) {
            generation.createContext("/v1/chat/completions", exchange -> {
                generationRequests.add(new Received(
                        exchange.getRequestHeaders().getFirst("X-Request-Id"),
                        exchange.getRequestHeaders().getFirst("traceparent"),
                        JSON.readTree(exchange.getRequestBody().readAllBytes())));
                byte[] reply = JSON.writeValueAsBytes(Map.of(
                        "choices", List.of(Map.of("message", Map.of("role", "assistant", "content", chatReply)))));
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, reply.length);
                exchange.getResponseBody().write(reply);
                exchange.close();
            });
        }
        generation.createContext("/v1/answers", exchange -> {
            JsonNode request = JSON.readTree(exchange.getRequestBody().readAllBytes());
            generationRequests.add(new Received(
                    exchange.getRequestHeaders().getFirst("X-Request-Id"),
                    exchange.getRequestHeaders().getFirst("traceparent"),
                    request));
            byte[] response = stub.respond(request).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders()
                    .add(
                            "Content-Type",
                            status != 200
                                    ? "application/problem+json"
                                    : request.path("stream").asBoolean() ? "text/event-stream" : "application/json");
            exchange.sendResponseHeaders(status, response.length);
            exchange.getResponseBody().write(response);
            exchange.close();
        });
        generation.start();
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free port for the generation stub", e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @FunctionalInterface
    private interface GenerationStub {
        String respond(JsonNode request);
    }

    private record Received(String requestId, String traceparent, JsonNode body) {}
}
