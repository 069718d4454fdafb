package org.jrag.retrieval.answerlog;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.jrag.retrieval.answer.Citation;
import org.jrag.retrieval.collection.Visibility;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The answers this service gave, kept in {@code answer_log} for review and for the feedback users send on them. A
 * caller limited to some collections ({@link Visibility}) sees only the answers drawn from those alone, and one that
 * reads as some principals only the answers whose passages and citations all come from documents it may read now
 * (not those that drew on a document deleted since, whose readers are no longer known). An answer that cannot be
 * logged (the database is down, the table not yet migrated) is still given, without an id.
 */
@Service
public class AnswerLog {

    private static final Logger log = LoggerFactory.getLogger(AnswerLog.class);
    private static final TypeReference<List<Citation>> CITATIONS = new TypeReference<>() {};
    private static final TypeReference<List<PassageRef>> PASSAGES = new TypeReference<>() {};

    /** The most answers one page of {@code GET /v1/asks} holds. */
    static final int MAX_LIMIT = 100;

    private static final String COLUMNS = "id, created_at, question, search_query, collections, answer, mode,"
            + " citations, passages, streamed, instructions, rating, comment, rated_at";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final AnswerLogProperties properties;
    private final MeterRegistry registry;

    AnswerLog(JdbcClient jdbc, JsonMapper json, AnswerLogProperties properties, MeterRegistry registry) {
        this.jdbc = jdbc;
        this.json = json;
        this.properties = properties;
        this.registry = registry;
    }

    /** Keeps the answer and returns its id; empty when the log is off or the answer could not be written. */
    public Optional<UUID> record(NewAnswer answer) {
        if (!properties.enabled()) {
            return Optional.empty();
        }
        UUID id = UUID.randomUUID();
        try {
            jdbc.sql("INSERT INTO answer_log (id, question, search_query, collections, answer, mode, citations,"
                            + " passages, streamed, instructions) VALUES (:id, :question, :searchQuery, :collections,"
                            + " :answer, :mode, CAST(:citations AS jsonb), CAST(:passages AS jsonb), :streamed,"
                            + " :instructions)")
                    .param("id", id)
                    .param("question", answer.question())
                    .param("searchQuery", answer.searchQuery())
                    .param(
                            "collections",
                            answer.collections() == null
                                    ? null
                                    : answer.collections().toArray(String[]::new))
                    .param("answer", answer.answer())
                    .param("mode", answer.mode())
                    .param("citations", json.writeValueAsString(answer.citations()))
                    .param("passages", json.writeValueAsString(answer.passages()))
                    .param("streamed", answer.streamed())
                    .param("instructions", answer.instructions())
                    .update();
            return Optional.of(id);
        } catch (DataAccessException e) {
            Counter.builder("rag.retrieval.answer.log.failures")
                    .description("Answers given that could not be kept in the answer log")
                    .register(registry)
                    .increment();
            log.warn("answer given but not logged: {}", e.getMessage());
            return Optional.empty();
        }
    }

    /** The answer with that id, if it is logged and visible. */
    public LoggedAnswer find(String id, Visibility visible) {
        requireEnabled();
        UUID uuid = parseId(id);
        var params = new HashMap<String, Object>();
        params.put("id", uuid);
        return available(() -> jdbc.sql(
                                "SELECT " + COLUMNS + " FROM answer_log WHERE id = :id" + visibility(visible, params))
                        .params(params)
                        .query(this::row)
                        .optional())
                .orElseThrow(() -> notFound(uuid));
    }

    /**
     * A page of the visible answers, newest first.
     *
     * @param rating {@code up}, {@code down}, {@code none} (not rated) or null for any
     * @param collection only answers that could draw on this collection, or null
     * @param cursor where the previous page ended, or null for the first page
     */
    public AnswerLogPage list(String rating, String collection, Integer limit, String cursor, Visibility visible) {
        requireEnabled();
        int pageSize = limit == null ? 20 : limit;
        if (pageSize < 1 || pageSize > MAX_LIMIT) {
            throw new InvalidAnswerLogQueryException("limit must be between 1 and " + MAX_LIMIT + ", got: " + pageSize);
        }
        var sql = new StringBuilder("SELECT " + COLUMNS + " FROM answer_log WHERE true");
        var params = new HashMap<String, Object>();
        if (rating != null) {
            switch (rating.strip().toLowerCase(Locale.ROOT)) {
                case "none" -> sql.append(" AND rating IS NULL");
                case "up", "down" -> {
                    sql.append(" AND rating = :rating");
                    params.put("rating", Rating.parse(rating).stored());
                }
                default ->
                    throw new InvalidAnswerLogQueryException(
                            "rating must be 'up', 'down' or 'none', got: '" + rating + "'");
            }
        }
        if (collection != null) {
            sql.append(" AND :collection = ANY(collections)");
            params.put("collection", collection);
        }
        if (cursor != null) {
            Position after = Position.decode(cursor);
            sql.append(" AND (created_at, id) < (:createdAt, :afterId)");
            params.put("createdAt", OffsetDateTime.ofInstant(after.createdAt(), ZoneOffset.UTC));
            params.put("afterId", after.id());
        }
        sql.append(visibility(visible, params)).append(" ORDER BY created_at DESC, id DESC LIMIT :limit");
        params.put("limit", pageSize + 1);
        List<LoggedAnswer> rows = new ArrayList<>(available(
                () -> jdbc.sql(sql.toString()).params(params).query(this::row).list()));
        String next = null;
        if (rows.size() > pageSize) {
            rows.removeLast();
            LoggedAnswer last = rows.getLast();
            next = new Position(last.createdAt(), last.id()).encode();
        }
        return new AnswerLogPage(rows, next);
    }

    /** Records (or replaces) the user's verdict on a visible answer and returns the answer with it. */
    public LoggedAnswer rate(String id, FeedbackRequest feedback, Visibility visible) {
        requireEnabled();
        UUID uuid = parseId(id);
        var params = new HashMap<String, Object>();
        params.put("id", uuid);
        params.put("rating", feedback.rating().stored());
        params.put("comment", feedback.comment());
        int updated =
                available(() -> jdbc.sql("UPDATE answer_log SET rating = :rating, comment = :comment, rated_at = now()"
                                + " WHERE id = :id" + visibility(visible, params))
                        .params(params)
                        .update());
        if (updated == 0) {
            throw notFound(uuid);
        }
        Counter.builder("rag.retrieval.feedback")
                .description("Feedback users sent on answers, by rating")
                .tag("rating", feedback.rating().json())
                .register(registry)
                .increment();
        return find(id, visible);
    }

    /** Deletes the answers given longer ago than the retention. */
    @Scheduled(
            initialDelayString = "${rag.retrieval.answer-log.purge-interval:PT1H}",
            fixedDelayString = "${rag.retrieval.answer-log.purge-interval:PT1H}")
    public int purge() {
        if (!properties.enabled()) {
            return 0;
        }
        try {
            int purged = jdbc.sql("DELETE FROM answer_log WHERE created_at < :before")
                    .param(
                            "before",
                            OffsetDateTime.ofInstant(Instant.now().minus(properties.retention()), ZoneOffset.UTC))
                    .update();
            if (purged > 0) {
                log.info("purged {} answers older than {} from the answer log", purged, properties.retention());
            }
            return purged;
        } catch (DataAccessException e) {
            log.warn("answer log not purged: {}", e.getMessage());
            return 0;
        }
    }

    /** Runs a read or a rating; a database that cannot answer is a 503, not a 500. */
    private static <T> T available(Supplier<T> statement) {
        try {
            return statement.get();
        } catch (DataAccessException e) {
            throw new AnswerLogUnavailableException(e.getMostSpecificCause());
        }
    }

    private void requireEnabled() {
        if (!properties.enabled()) {
            throw new AnswerLogDisabledException();
        }
    }

    /**
     * Only answers drawn from the visible collections alone (never those drawn from every collection), and from
     * documents the caller may read alone.
     */
    private static String visibility(Visibility visible, Map<String, Object> params) {
        var sql = new StringBuilder();
        if (!visible.allCollections()) {
            params.put("visible", visible.collections().toArray(String[]::new));
            sql.append(" AND collections IS NOT NULL AND collections <@ CAST(:visible AS text[])");
        }
        if (!visible.allDocuments()) {
            // every document a passage or citation came from still exists and may be read
            sql.append(" AND NOT EXISTS (SELECT 1 FROM jsonb_array_elements(coalesce(passages, '[]') || citations) p"
                            + " LEFT JOIN document d ON d.id = (p ->> 'documentId')::bigint"
                            + " WHERE d.id IS NULL OR NOT (true")
                    .append(visible.readable("d", params))
                    .append("))");
        }
        return sql.toString();
    }

    private static UUID parseId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new InvalidAnswerLogQueryException(
                    "answer id must be a UUID (an answer's answerId), got: '" + id + "'");
        }
    }

    private AnswerNotFoundException notFound(UUID id) {
        return new AnswerNotFoundException("no answer " + id + " in the answer log (answers are kept "
                + properties.retention() + "; one drawn from collections or documents outside the caller's is not"
                + " shown)");
    }

    private LoggedAnswer row(ResultSet rs, int rowNum) throws SQLException {
        Array collections = rs.getArray("collections");
        short rating = rs.getShort("rating");
        boolean rated = !rs.wasNull();
        return new LoggedAnswer(
                rs.getObject("id", UUID.class),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("question"),
                rs.getString("search_query"),
                collections == null ? null : Arrays.asList((String[]) collections.getArray()),
                rs.getString("answer"),
                rs.getString("mode"),
                json.readValue(rs.getString("citations"), CITATIONS),
                rs.getString("passages") == null ? null : json.readValue(rs.getString("passages"), PASSAGES),
                rs.getBoolean("streamed"),
                rs.getString("instructions"),
                rated
                        ? new LoggedAnswer.Feedback(
                                Rating.ofStored(rating),
                                rs.getString("comment"),
                                rs.getTimestamp("rated_at").toInstant())
                        : null);
    }

    /** Where a page ended: the last answer's time (to the microsecond, as stored) and id. */
    private record Position(Instant createdAt, UUID id) {

        String encode() {
            long micros = ChronoUnit.MICROS.between(Instant.EPOCH, createdAt);
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString((micros + ":" + id).getBytes(StandardCharsets.UTF_8));
        }

        static Position decode(String cursor) {
            try {
                String[] parts =
                        new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(":", 2);
                return new Position(
                        Instant.EPOCH.plus(Long.parseLong(parts[0]), ChronoUnit.MICROS), UUID.fromString(parts[1]));
            } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
                throw new InvalidAnswerLogQueryException(
                        "cursor '" + cursor + "' is not one this endpoint gave (its next)");
            }
        }
    }
}
