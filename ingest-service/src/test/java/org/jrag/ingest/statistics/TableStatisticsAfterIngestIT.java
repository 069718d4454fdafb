package org.jrag.ingest.statistics;

import static org.assertj.core.api.Assertions.assertThat;

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

/** An upload that commits more than {@code check-after-chunks} chunks runs the check at once, not at the interval. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "rag.ingest.chunking.chunk-tokens=64",
            "rag.ingest.chunking.overlap-tokens=8",
            "rag.ingest.statistics.check-interval=1h",
            "rag.ingest.statistics.check-after-chunks=5"
        })
class TableStatisticsAfterIngestIT {

    private final RestClient http;
    private final JdbcClient jdbc;

    TableStatisticsAfterIngestIT(@LocalServerPort int port, @Autowired JdbcClient jdbc) {
        this.http = RestClient.builder().baseUrl("http://127.0.0.1:" + port).build();
        this.jdbc = jdbc;
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        var db = TestDatabase.recreate("jrag_ingest_statistics_hook_it");
        registry.add("spring.datasource.url", db::url);
        registry.add("spring.datasource.username", db::user);
        registry.add("spring.datasource.password", db::password);
    }

    @Test
    void anUploadPastCheckAfterChunksAnalyzesTheNeverAnalyzedTables() throws InterruptedException {
        // given: the start-up check found empty tables, the next one is an hour away
        jdbc.sql("ALTER TABLE chunk SET (autovacuum_enabled = false)").update();
        jdbc.sql("ALTER TABLE document SET (autovacuum_enabled = false)").update();
        assertThat(analyzed("chunk")).isFalse();
        http.post()
                .uri("/v1/collections")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("name", "hook"))
                .retrieve()
                .toBodilessEntity();
        String text = IntStream.range(0, 40)
                .mapToObj(i -> "Line " + i + ": a bulk load leaves the planner statistics of chunk behind.")
                .collect(Collectors.joining("\n", "", "\n"));

        // when an upload commits more than five chunks
        JsonNode stored = http.post()
                .uri("/v1/collections/hook/documents?title=Hook")
                .contentType(MediaType.TEXT_PLAIN)
                .body(text)
                .retrieve()
                .body(JsonNode.class);
        assertThat(stored.get("chunkCount").asInt()).isGreaterThan(5);

        // then the maintenance thread analyzes both tables (once the collector has seen the rows)
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (!(analyzed("chunk") && analyzed("document")) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(analyzed("chunk")).isTrue();
        assertThat(analyzed("document")).isTrue();
    }

    private boolean analyzed(String table) {
        jdbc.sql("SELECT pg_stat_clear_snapshot()").query().listOfRows();
        return jdbc.sql("SELECT last_analyze IS NOT NULL FROM pg_stat_user_tables WHERE relname = ?")
                .param(table)
                .query(Boolean.class)
                .single();
    }
}
