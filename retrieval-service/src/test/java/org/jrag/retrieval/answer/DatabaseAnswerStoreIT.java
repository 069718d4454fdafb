package org.jrag.retrieval.answer;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.jrag.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import tools.jackson.databind.json.JsonMapper;

/** The answer cache's shared store on the migrated schema: two replicas, expiry, the size bound, a failing database. */
class DatabaseAnswerStoreIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");
    private static final GeneratedAnswer ANSWER = new GeneratedAnswer(
            "Jupiter [1].",
            "generative",
            List.of(new Citation(1, 2, "Planets", "Jupiter is the largest planet.", null)),
            JSON.readTree("{\"interventions\": []}"),
            JSON.readTree("{\"model\": \"stories260K\", \"completionTokens\": 4}"),
            null);

    private static JdbcClient jdbc;
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @BeforeAll
    static void migrate() {
        var db = TestDatabase.recreate("jrag_retrieval_answer_cache");
        Flyway.configure()
                .dataSource(db.url(), db.user(), db.password())
                .locations("classpath:db/migration")
                .load()
                .migrate();
        jdbc = JdbcClient.create(new DriverManagerDataSource(db.url(), db.user(), db.password()));
    }

    @BeforeEach
    void empty() {
        jdbc.sql("DELETE FROM answer_cache").update();
    }

    private static AnswerRequest request(String question) {
        return new AnswerRequest(
                question,
                List.of(new Passage(1, 2, "Planets", "Jupiter is the largest planet.")),
                null,
                null,
                null,
                List.of(),
                null,
                null);
    }

    private AnswerCache replica(int size, Instant now) {
        var properties = new AnswerCacheProperties(size, Duration.ofMinutes(10), AnswerCacheProperties.Store.DATABASE);
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        return new AnswerCache(properties, new DatabaseAnswerStore(jdbc, JSON, size, clock, registry), registry, clock);
    }

    @Test
    void aReplicaAnswersFromWhatAnotherKeptStreamedOrNotUntilItExpires() {
        AnswerCache first = replica(10, NOW);
        AnswerCache second = replica(10, NOW.plusSeconds(30));

        assertThat(second.get(request("Which planet?"))).isEmpty();
        first.put(request("Which planet?"), ANSWER);

        assertThat(second.get(request("Which planet?"))).contains(ANSWER);
        assertThat(second.get(request("Which planet?").streamed())).contains(ANSWER);
        assertThat(second.get(request("Which moon?"))).isEmpty();
        assertThat(replica(10, NOW.plus(Duration.ofMinutes(10))).get(request("Which planet?")))
                .isEmpty();
        assertThat(registry.counter("rag.retrieval.answer.cache", "result", "hit")
                        .count())
                .isEqualTo(2);
        // asked again, the answer is kept again (one row) with a new expiry
        replica(10, NOW.plus(Duration.ofMinutes(9))).put(request("Which planet?"), ANSWER);
        assertThat(replica(10, NOW.plus(Duration.ofMinutes(12))).get(request("Which planet?")))
                .contains(ANSWER);
        assertThat(rows()).isEqualTo(1);
    }

    @Test
    void trimmingDeletesTheExpiredAnswersAndTheOldestBeyondTheSize() {
        for (int i = 0; i < 4; i++) {
            replica(2, NOW.plus(Duration.ofMinutes(i))).put(request("q" + i), ANSWER);
        }
        var store = new DatabaseAnswerStore(
                jdbc, JSON, 2, Clock.fixed(NOW.plus(Duration.ofMinutes(10)), ZoneOffset.UTC), registry);

        assertThat(store.trim()).isEqualTo(2); // q0 expired, q1 the oldest beyond two
        assertThat(rows()).isEqualTo(2);
        assertThat(store.find(request("q3"), NOW)).contains(ANSWER);
        assertThat(store.find(request("q2"), NOW)).contains(ANSWER);
        assertThat(store.find(request("q1"), NOW)).isEmpty();
    }

    @Test
    void aFailingDatabaseMakesAMissAndKeepsNothingWithoutFailingTheAsk() {
        var db = TestDatabase.get().withDatabase("jrag_no_such_database");
        var broken = JdbcClient.create(new DriverManagerDataSource(db.url(), db.user(), db.password()));
        var store = new DatabaseAnswerStore(broken, JSON, 10, Clock.fixed(NOW, ZoneOffset.UTC), registry);

        store.keep(request("Which planet?"), ANSWER, NOW.plusSeconds(60));
        assertThat(store.find(request("Which planet?"), NOW)).isEmpty();
        assertThat(store.trim()).isZero();
        assertThat(registry.counter("rag.retrieval.answer.cache.failures").count())
                .isEqualTo(3);
    }

    private static long rows() {
        return jdbc.sql("SELECT count(*) FROM answer_cache").query(Long.class).single();
    }
}
