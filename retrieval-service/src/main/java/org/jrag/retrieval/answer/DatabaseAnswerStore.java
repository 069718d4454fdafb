package org.jrag.retrieval.answer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import tools.jackson.databind.json.JsonMapper;

/**
 * The answers in the {@code answer_cache} table, shared by every replica of this service: a question answered by one
 * is answered from here by the others, and by a replica started later. A row's key is the SHA-256 of the request as
 * JSON. Once a minute each replica deletes the expired rows and the oldest beyond the configured size. The cache
 * serves only to save work: when the database fails, a lookup is a miss and an answer is not kept, counted in
 * {@code rag.retrieval.answer.cache.failures}, and the question is answered all the same.
 */
final class DatabaseAnswerStore implements AnswerStore {

    private static final Logger log = LoggerFactory.getLogger(DatabaseAnswerStore.class);

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final int size;
    private final Clock clock;
    private final Counter failures;

    DatabaseAnswerStore(JdbcClient jdbc, JsonMapper json, int size, Clock clock, MeterRegistry registry) {
        this.jdbc = jdbc;
        this.json = json;
        this.size = size;
        this.clock = clock;
        this.failures = Counter.builder("rag.retrieval.answer.cache.failures")
                .description("Answer cache reads and writes the database failed (a read then counts as a miss)")
                .register(registry);
    }

    @Override
    public Optional<GeneratedAnswer> find(AnswerRequest request, Instant now) {
        try {
            return jdbc.sql("SELECT answer::text FROM answer_cache WHERE key = :key AND expires_at > :now")
                    .param("key", key(request))
                    .param("now", at(now))
                    .query(String.class)
                    .optional()
                    .map(answer -> json.readValue(answer, GeneratedAnswer.class));
        } catch (DataAccessException e) {
            failed("read", e);
            return Optional.empty();
        }
    }

    @Override
    public void keep(AnswerRequest request, GeneratedAnswer answer, Instant expires) {
        try {
            jdbc.sql("""
                            INSERT INTO answer_cache (key, answer, created_at, expires_at)
                            VALUES (:key, CAST(:answer AS jsonb), :createdAt, :expires)
                            ON CONFLICT (key) DO UPDATE SET answer = EXCLUDED.answer,
                                created_at = EXCLUDED.created_at, expires_at = EXCLUDED.expires_at
                            """)
                    .param("key", key(request))
                    .param("answer", json.writeValueAsString(answer))
                    .param("createdAt", at(clock.instant()))
                    .param("expires", at(expires))
                    .update();
        } catch (DataAccessException e) {
            failed("write", e);
        }
    }

    @Override
    public void clear() {
        try {
            jdbc.sql("DELETE FROM answer_cache").update();
        } catch (DataAccessException e) {
            failed("clear", e);
        }
    }

    /** Deletes the expired answers, then the oldest beyond the size; returns how many went. */
    @Scheduled(initialDelay = 60_000, fixedDelay = 60_000)
    int trim() {
        try {
            int expired = jdbc.sql("DELETE FROM answer_cache WHERE expires_at <= :now")
                    .param("now", at(clock.instant()))
                    .update();
            int over = jdbc.sql("""
                            DELETE FROM answer_cache WHERE key IN (
                                SELECT key FROM answer_cache ORDER BY created_at DESC, key OFFSET :size)
                            """).param("size", size).update();
            return expired + over;
        } catch (DataAccessException e) {
            failed("trim", e);
            return 0;
        }
    }

    /** The SHA-256 of the request as JSON: records write their members in a fixed order. */
    private byte[] key(AnswerRequest request) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(request));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private void failed(String what, DataAccessException e) {
        failures.increment();
        log.warn("answer cache {} failed: {}", what, e.getMessage());
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
