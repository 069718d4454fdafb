package org.jrag.ingest.rechunk;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reads and writes {@code rechunk_run}; each statement is its own transaction. */
@Repository
class RechunkRuns {

    private static final TypeReference<Map<String, String>> OPTIONS = new TypeReference<>() {};
    private static final TypeReference<List<RechunkRun.Failure>> FAILURES = new TypeReference<>() {};

    private static final String SELECT_RUN = """
            SELECT r.id, c.name AS collection, r.chunking::text AS chunking, r.state, r.total, r.done, r.failures,
                   r.failed::text AS failed, r.after_id, r.created_at, r.finished_at
            FROM rechunk_run r JOIN collection c ON c.id = r.collection_id
            """;

    /** A run a worker has taken: its row, and where it goes on from. */
    record Claimed(RechunkRun run, long collectionId, long afterId) {}

    private final JdbcClient jdbc;
    private final JsonMapper json;

    RechunkRuns(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Starts a run over the collection's documents; empty when one is running already. */
    Optional<Long> start(long collectionId, Map<String, String> chunking) {
        try {
            return Optional.of(jdbc.sql("""
                            INSERT INTO rechunk_run (collection_id, chunking, state, total)
                            VALUES (:collectionId, CAST(:chunking AS jsonb), 'RUNNING',
                                    (SELECT count(*) FROM document WHERE collection_id = :collectionId))
                            RETURNING id""")
                    .param("collectionId", collectionId)
                    .param("chunking", json.writeValueAsString(chunking))
                    .query(Long.class)
                    .single());
        } catch (DuplicateKeyException running) {
            return Optional.empty();
        }
    }

    /** The collection's latest run. */
    Optional<RechunkRun> latest(long collectionId) {
        return jdbc.sql(SELECT_RUN + " WHERE r.collection_id = :collectionId ORDER BY r.id DESC LIMIT 1")
                .param("collectionId", collectionId)
                .query((rs, row) -> run(rs))
                .optional();
    }

    /** Takes a running run that no instance holds (new, or its instance's lease ran out), for {@code lease}. */
    Optional<Claimed> claim(Duration lease) {
        return jdbc.sql("""
                        UPDATE rechunk_run SET lease_until = now() + make_interval(secs => :leaseSeconds)
                        WHERE id = (SELECT id FROM rechunk_run
                                    WHERE state = 'RUNNING' AND (lease_until IS NULL OR lease_until < now())
                                    ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED)
                        RETURNING id, collection_id, after_id""")
                .param("leaseSeconds", lease.toMillis() / 1000.0)
                .query((rs, row) -> new long[] {rs.getLong("id"), rs.getLong("collection_id"), rs.getLong("after_id")})
                .optional()
                .flatMap(claimed -> jdbc.sql(SELECT_RUN + " WHERE r.id = :id")
                        .param("id", claimed[0])
                        .query((rs, row) -> new Claimed(run(rs), claimed[1], claimed[2]))
                        .optional());
    }

    /** The ids of the collection's next documents after {@code afterId}, in id order. */
    List<Long> next(long collectionId, long afterId, int limit) {
        return jdbc.sql("SELECT id FROM document WHERE collection_id = :collectionId AND id > :afterId"
                        + " ORDER BY id LIMIT :limit")
                .param("collectionId", collectionId)
                .param("afterId", afterId)
                .param("limit", limit)
                .query(Long.class)
                .list();
    }

    /**
     * Records that the run is done up to {@code afterId} and renews its lease; false when the run is gone (its
     * collection deleted) or no longer this worker's.
     */
    boolean advance(long runId, long afterId, int done, int failures, List<RechunkRun.Failure> failed, Duration lease) {
        return jdbc.sql("""
                                UPDATE rechunk_run
                                SET after_id = :afterId, done = :done, failures = :failures,
                                    failed = CAST(:failed AS jsonb),
                                    lease_until = now() + make_interval(secs => :leaseSeconds)
                                WHERE id = :id AND state = 'RUNNING'""")
                        .param("id", runId)
                        .param("afterId", afterId)
                        .param("done", done)
                        .param("failures", failures)
                        .param("failed", json.writeValueAsString(failed))
                        .param("leaseSeconds", lease.toMillis() / 1000.0)
                        .update()
                > 0;
    }

    void finish(long runId) {
        jdbc.sql("UPDATE rechunk_run SET state = 'SUCCEEDED', lease_until = NULL, finished_at = now()"
                        + " WHERE id = :id AND state = 'RUNNING'")
                .param("id", runId)
                .update();
    }

    /** Cancels the collection's running run; whether there was one. */
    boolean cancel(long collectionId) {
        return jdbc.sql("UPDATE rechunk_run SET state = 'CANCELLED', lease_until = NULL, finished_at = now()"
                                + " WHERE collection_id = :collectionId AND state = 'RUNNING'")
                        .param("collectionId", collectionId)
                        .update()
                > 0;
    }

    /** Lets the run go, for another worker to take up where it stopped. */
    void release(long runId) {
        jdbc.sql("UPDATE rechunk_run SET lease_until = NULL WHERE id = :id AND state = 'RUNNING'")
                .param("id", runId)
                .update();
    }

    private RechunkRun run(ResultSet rs) throws SQLException {
        OffsetDateTime finished = rs.getObject("finished_at", OffsetDateTime.class);
        return new RechunkRun(
                rs.getLong("id"),
                rs.getString("collection"),
                json.readValue(rs.getString("chunking"), OPTIONS),
                rs.getString("state"),
                rs.getInt("total"),
                rs.getInt("done"),
                rs.getInt("failures"),
                json.readValue(rs.getString("failed"), FAILURES),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                finished == null ? null : finished.toInstant());
    }
}
