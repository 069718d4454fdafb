package org.jrag.ingest.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jrag.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/**
 * A bulk load into a never-analyzed database (autovacuum off for the tables, as on servers where it is off): before
 * the check the planner answers the dense query with a scan and a sort, after the check's ANALYZE with the HNSW
 * index.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "rag.ingest.chunking.chunk-tokens=64",
            "rag.ingest.chunking.overlap-tokens=8",
            // only the test's own call checks
            "rag.ingest.statistics.check-interval=1h",
            "rag.ingest.statistics.check-after-chunks=1000000",
            "management.prometheus.metrics.export.enabled=true"
        })
class TableStatisticsIT {

    private static final int FILLER_CHUNKS = 5000;

    /** The dense statement of org.jrag.retrieval.dense.PgvectorChunkRetriever, filtered by collection. */
    private static final String DENSE_QUERY = """
            EXPLAIN SELECT c.id, c.embedding <=> CAST(:vector AS vector) AS distance
            FROM chunk c
            JOIN document d ON d.id = c.document_id
            WHERE d.status = 'READY' AND c.embedding IS NOT NULL AND c.collection_id = :collection
            ORDER BY c.embedding <=> CAST(:vector AS vector) LIMIT 10
            """;

    private final RestClient http;
    private final JdbcClient jdbc;
    private final TableStatistics statistics;
    private final MeterRegistry registry;

    TableStatisticsIT(
            @LocalServerPort int port,
            @Autowired JdbcClient jdbc,
            @Autowired TableStatistics statistics,
            @Autowired MeterRegistry registry) {
        this.http = RestClient.builder().baseUrl("http://127.0.0.1:" + port).build();
        this.jdbc = jdbc;
        this.statistics = statistics;
        this.registry = registry;
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        // a fresh database: its tables have never been analyzed
        var db = TestDatabase.recreate("jrag_ingest_statistics_it");
        registry.add("spring.datasource.url", db::url);
        registry.add("spring.datasource.username", db::user);
        registry.add("spring.datasource.password", db::password);
    }

    @Test
    void analyzesStaleTablesSoTheDenseQueryUsesTheHnswIndex() throws InterruptedException {
        // given: autovacuum kept away, a document through the real ingest path, then a bulk of small random chunks
        jdbc.sql("ALTER TABLE chunk SET (autovacuum_enabled = false)").update();
        jdbc.sql("ALTER TABLE document SET (autovacuum_enabled = false)").update();
        http.post()
                .uri("/v1/collections")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("name", "bulk"))
                .retrieve()
                .toBodilessEntity();
        String text = IntStream.range(0, 40)
                .mapToObj(i -> "Line " + i + ": the planner needs statistics to pick the HNSW index for vectors.")
                .collect(Collectors.joining("\n", "", "\n"));
        JsonNode stored = http.post()
                .uri("/v1/collections/bulk/documents?title=Planner")
                .contentType(MediaType.TEXT_PLAIN)
                .body(text)
                .retrieve()
                .body(JsonNode.class);
        long documentId = stored.get("documentId").asLong();
        assertThat(stored.get("chunkCount").asInt()).isGreaterThan(1);
        long collectionId = jdbc.sql("SELECT id FROM collection WHERE name = 'bulk'")
                .query(Long.class)
                .single();
        jdbc.sql("""
                        INSERT INTO chunk (document_id, collection_id, position, text, start_offset, end_offset,
                                           token_count, embedding)
                        SELECT :document, :collection, 1000 + g, 'filler ' || g, 0, 0, 1,
                               (SELECT array_agg(random()::real) FROM generate_series(1, 384) WHERE g > 0)::vector
                        FROM generate_series(1, :n) g
                        """)
                .param("document", documentId)
                .param("collection", collectionId)
                .param("n", FILLER_CHUNKS)
                .update();
        awaitChangesReported("chunk", FILLER_CHUNKS);
        assertThat(lastAnalyze("chunk")).isFalse();
        assertThat(lastAnalyze("document")).isFalse();
        String before = plan(collectionId);
        assertThat(before).as("plan before ANALYZE").doesNotContain("chunk_embedding_hnsw");

        // when
        var analyzed = statistics.check();

        // then
        assertThat(analyzed).containsExactlyInAnyOrder("chunk", "document");
        assertThat(lastAnalyze("chunk")).isTrue();
        assertThat(lastAnalyze("document")).isTrue();
        assertThat(modifiedSinceAnalyze("chunk")).isLessThan(FILLER_CHUNKS);
        assertThat(plan(collectionId)).as("plan after ANALYZE").contains("Index Scan using chunk_embedding_hnsw");
        assertThat(registry.get("rag.ingest.statistics.analyze")
                        .tag("table", "chunk")
                        .counter()
                        .count())
                .isEqualTo(1.0);
        // and a second check finds nothing left to do
        assertThat(statistics.check()).isEmpty();
    }

    private String plan(long collectionId) {
        String vector = IntStream.range(0, 384)
                .mapToObj(i -> Double.toString(Math.sin(i)))
                .collect(Collectors.joining(",", "[", "]"));
        return String.join(
                "\n",
                jdbc.sql(DENSE_QUERY)
                        .param("vector", vector)
                        .param("collection", collectionId)
                        .query(String.class)
                        .list());
    }

    /** The statistics collector reports a backend's changes when it goes idle, up to a second later. */
    private void awaitChangesReported(String table, long atLeast) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (modifiedSinceAnalyze(table) < atLeast && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(modifiedSinceAnalyze(table)).isGreaterThanOrEqualTo(atLeast);
    }

    private long modifiedSinceAnalyze(String table) {
        // a fresh snapshot of the statistics on every call
        jdbc.sql("SELECT pg_stat_clear_snapshot()").query().listOfRows();
        return jdbc.sql("SELECT n_mod_since_analyze FROM pg_stat_user_tables WHERE relname = ?")
                .param(table)
                .query(Long.class)
                .single();
    }

    private boolean lastAnalyze(String table) {
        return jdbc.sql("SELECT coalesce(last_analyze, last_autoanalyze) IS NOT NULL FROM pg_stat_user_tables"
                        + " WHERE relname = ?")
                .param(table)
                .query(Boolean.class)
                .single();
    }
}
