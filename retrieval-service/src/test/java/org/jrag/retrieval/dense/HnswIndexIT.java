package org.jrag.retrieval.dense;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.jrag.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/**
 * The HNSW index gets the configured m and ef_construction: rebuilt in the background at start-up (the migration
 * creates it with 16 / 64), and again on request after it drifted. Own database, so other tests keep their index.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.flyway.enabled=true",
            "spring.flyway.locations=classpath:db/migration",
            "rag.retrieval.dense.hnsw.m=8",
            "rag.retrieval.dense.hnsw.ef-construction=24",
            "rag.retrieval.warmup.searches=0"
        })
class HnswIndexIT {

    private static TestDatabase.Db db;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        db = TestDatabase.recreate("jrag_retrieval_hnsw");
        registry.add("spring.datasource.url", db::url);
        registry.add("spring.datasource.username", db::user);
        registry.add("spring.datasource.password", db::password);
        Path indexDir = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "it-bm25-index-");
        registry.add("rag.retrieval.bm25.index-dir", indexDir::toString);
    }

    private final RestClient http;
    private final JdbcClient jdbc;

    HnswIndexIT(@LocalServerPort int port, @Autowired JdbcClient jdbc) {
        this.http = RestClient.builder()
                .baseUrl("http://127.0.0.1:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> {})
                .build();
        this.jdbc = jdbc;
    }

    @Test
    void rebuildsTheIndexWithTheConfiguredParametersAtStartUpAndOnRequest() throws Exception {
        // given a few embedded chunks, so the graph has nodes
        jdbc.sql("INSERT INTO collection (name) VALUES ('random')").update();
        jdbc.sql("""
                        INSERT INTO document (collection_id, media_type, content_hash, content, status)
                        VALUES (1, 'text/plain', repeat('a', 64), 'x', 'READY')""").update();
        jdbc.sql("""
                        INSERT INTO chunk (document_id, collection_id, position, text, start_offset, end_offset,
                                           token_count, embedding)
                        SELECT 1, 1, p, 'chunk', 0, 1, 1,
                               (SELECT array_agg(random() - 0.5)::vector(384) FROM generate_series(1, 384) WHERE p >= 0)
                        FROM generate_series(0, 199) p""").update();

        // then the start-up check rebuilt the migration's 16 / 64 index with 8 / 24
        JsonNode status = awaitBuilt(8, 24);
        assertThat(status.get("configured").get("m").asInt()).isEqualTo(8);
        assertThat(status.get("configured").get("efConstruction").asInt()).isEqualTo(24);
        assertThat(reloptions()).isEqualTo("{m=8,ef_construction=24}");
        // (the new options show before the rebuild that set them ends: wait until it lets go of its lock)
        awaitRebuildLockFree();
        assertThat(indexIsValid()).isTrue();

        // when asked again with nothing changed, nothing is rebuilt
        JsonNode unchanged =
                http.post().uri("/v1/index/hnsw/rebuild").retrieve().body(JsonNode.class);
        assertThat(unchanged.get("rebuilt").asBoolean()).isFalse();

        // when the index drifted (someone set other options), a rebuild brings it back
        jdbc.sql("ALTER INDEX chunk_embedding_hnsw SET (m = 16, ef_construction = 64)")
                .update();
        assertThat(http.get()
                        .uri("/v1/index/hnsw")
                        .retrieve()
                        .body(JsonNode.class)
                        .get("built")
                        .get("m")
                        .asInt())
                .isEqualTo(16);
        JsonNode rebuilt = http.post().uri("/v1/index/hnsw/rebuild").retrieve().body(JsonNode.class);
        assertThat(rebuilt.get("rebuilt").asBoolean()).isTrue();
        assertThat(rebuilt.get("built").get("m").asInt()).isEqualTo(8);
        assertThat(rebuilt.get("built").get("efConstruction").asInt()).isEqualTo(24);
        assertThat(indexIsValid()).isTrue();

        // and while another session holds the rebuild lock, a rebuild is refused with 409
        try (Connection other = DriverManager.getConnection(db.url(), db.user(), db.password());
                Statement lock = other.createStatement()) {
            lock.execute("SELECT pg_advisory_lock(" + HnswIndex.REBUILD_LOCK + ")");
            ResponseEntity<JsonNode> busy =
                    http.post().uri("/v1/index/hnsw/rebuild").retrieve().toEntity(JsonNode.class);
            assertThat(busy.getStatusCode().value()).isEqualTo(409);
            assertThat(busy.getBody().get("type").asString())
                    .isEqualTo("https://jrag.dev/problems/index-rebuild-running");
        }
    }

    /** Waits until no session holds the rebuild lock (taking and releasing it once). */
    private void awaitRebuildLockFree() throws Exception {
        long deadline = System.nanoTime() + 30_000_000_000L;
        try (Connection probe = DriverManager.getConnection(db.url(), db.user(), db.password());
                Statement lock = probe.createStatement()) {
            while (true) {
                try (ResultSet taken =
                        lock.executeQuery("SELECT pg_try_advisory_lock(" + HnswIndex.REBUILD_LOCK + ")")) {
                    taken.next();
                    if (taken.getBoolean(1)) {
                        lock.execute("SELECT pg_advisory_unlock(" + HnswIndex.REBUILD_LOCK + ")");
                        return;
                    }
                }
                assertThat(System.nanoTime())
                        .as("the start-up rebuild still holds its lock")
                        .isLessThan(deadline);
                Thread.sleep(50);
            }
        }
    }

    private JsonNode awaitBuilt(int m, int efConstruction) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        JsonNode status;
        do {
            status = http.get().uri("/v1/index/hnsw").retrieve().body(JsonNode.class);
            JsonNode built = status.get("built");
            if (built != null
                    && !built.isNull()
                    && built.get("m").asInt() == m
                    && built.get("efConstruction").asInt() == efConstruction) {
                return status;
            }
            Thread.sleep(100);
        } while (System.nanoTime() < deadline);
        throw new AssertionError(
                "index not rebuilt with m " + m + ", ef_construction " + efConstruction + ": " + status);
    }

    private String reloptions() {
        return jdbc.sql("SELECT reloptions::text FROM pg_class WHERE relname = 'chunk_embedding_hnsw'")
                .query(String.class)
                .single();
    }

    private boolean indexIsValid() {
        return jdbc.sql("SELECT i.indisvalid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid"
                        + " WHERE c.relname = 'chunk_embedding_hnsw'")
                .query(Boolean.class)
                .single();
    }
}
