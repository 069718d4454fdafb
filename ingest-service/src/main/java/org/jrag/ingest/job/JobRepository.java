package org.jrag.ingest.job;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import org.jrag.ingest.chunking.ChunkingOptions;
import org.jrag.ingest.document.DocumentFormat;
import org.jrag.ingest.document.DocumentMetadata;
import org.jrag.ingest.document.DocumentUpload;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes {@code ingest_job}, the durable queue: a job row holds everything needed to run the upload, so
 * any worker, before or after a restart, can run it. Each statement is its own transaction.
 */
@Repository
class JobRepository {

    private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {};
    private static final TypeReference<Map<String, String>> OPTIONS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;

    JobRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    long insert(DocumentUpload upload, ChunkingOptions options) {
        return jdbc.sql("""
                        INSERT INTO ingest_job (collection, state, content, declared_format, declared_media_type,
                                                filename, metadata, chunking)
                        VALUES (:collection, 'QUEUED', :content, :declaredFormat, :declaredMediaType, :filename,
                                CAST(:metadata AS jsonb), CAST(:chunking AS jsonb))
                        RETURNING id
                        """)
                .param("collection", upload.collection())
                .param("content", upload.content())
                .param(
                        "declaredFormat",
                        upload.declared() == null ? null : upload.declared().name())
                .param("declaredMediaType", upload.declaredMediaType())
                .param("filename", upload.filename())
                .param("metadata", json.writeValueAsString(upload.metadata()))
                .param("chunking", json.writeValueAsString(options.values()))
                .query(Long.class)
                .single();
    }

    /**
     * Takes the oldest queued job, skipping rows other workers have locked, and holds it RUNNING under a lease;
     * empty when none is queued.
     */
    Optional<ClaimedJob> claim(Duration lease) {
        return jdbc.sql("""
                        UPDATE ingest_job
                        SET state = 'RUNNING', attempts = attempts + 1,
                            lease_until = now() + make_interval(secs => :leaseSeconds),
                            started_at = coalesce(started_at, now()), updated_at = now()
                        WHERE id = (SELECT id FROM ingest_job WHERE state = 'QUEUED'
                                    ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED)
                        RETURNING id, attempts, collection, content, declared_format, declared_media_type, filename,
                                  metadata::text AS metadata, chunking::text AS chunking
                        """)
                .param("leaseSeconds", lease.toMillis() / 1000.0)
                .query(this::claimed)
                .optional();
    }

    private ClaimedJob claimed(ResultSet rs, int row) throws SQLException {
        String declared = rs.getString("declared_format");
        var upload = new DocumentUpload(
                rs.getString("collection"),
                rs.getBytes("content"),
                declared == null ? null : DocumentFormat.valueOf(declared),
                rs.getString("declared_media_type"),
                rs.getString("filename"),
                json.readValue(rs.getString("metadata"), DocumentMetadata.class));
        var options = new ChunkingOptions(json.readValue(rs.getString("chunking"), OPTIONS));
        return new ClaimedJob(rs.getLong("id"), rs.getInt("attempts"), upload, options);
    }

    /**
     * Fails RUNNING jobs whose lease expired after their last allowed attempt, and queues the others again: their
     * worker died (a restart, a kill) or hung. Returns how many were queued again.
     */
    int requeueExpired(int maxAttempts, Map<String, Object> abandoned) {
        jdbc.sql("""
                        UPDATE ingest_job
                        SET state = 'FAILED', error = CAST(:error AS jsonb), content = NULL, lease_until = NULL,
                            finished_at = now(), updated_at = now()
                        WHERE state = 'RUNNING' AND lease_until < now() AND attempts >= :maxAttempts
                        """)
                .param("error", json.writeValueAsString(abandoned))
                .param("maxAttempts", maxAttempts)
                .update();
        return jdbc.sql("""
                        UPDATE ingest_job SET state = 'QUEUED', lease_until = NULL, updated_at = now()
                        WHERE state = 'RUNNING' AND lease_until < now()
                        """).update();
    }

    /** Records progress and extends the lease; false when the job is no longer this attempt's. */
    boolean progress(ClaimedJob job, int embedded, int total, Duration lease) {
        return jdbc.sql("""
                        UPDATE ingest_job
                        SET chunks_embedded = :embedded, chunks_total = :total,
                            lease_until = now() + make_interval(secs => :leaseSeconds), updated_at = now()
                        WHERE id = :id AND attempts = :attempt AND state = 'RUNNING'
                        """)
                        .param("embedded", embedded)
                        .param("total", total)
                        .param("leaseSeconds", lease.toMillis() / 1000.0)
                        .param("id", job.id())
                        .param("attempt", job.attempt())
                        .update()
                == 1;
    }

    void succeed(ClaimedJob job, long documentId, Object result) {
        jdbc.sql("""
                        UPDATE ingest_job
                        SET state = 'SUCCEEDED', document_id = :documentId, result = CAST(:result AS jsonb),
                            content = NULL, lease_until = NULL, finished_at = now(), updated_at = now()
                        WHERE id = :id AND attempts = :attempt AND state = 'RUNNING'
                        """)
                .param("documentId", documentId)
                .param("result", json.writeValueAsString(result))
                .param("id", job.id())
                .param("attempt", job.attempt())
                .update();
    }

    void fail(ClaimedJob job, Map<String, Object> problem) {
        jdbc.sql("""
                        UPDATE ingest_job
                        SET state = 'FAILED', error = CAST(:error AS jsonb), content = NULL, lease_until = NULL,
                            finished_at = now(), updated_at = now()
                        WHERE id = :id AND attempts = :attempt AND state = 'RUNNING'
                        """)
                .param("error", json.writeValueAsString(problem))
                .param("id", job.id())
                .param("attempt", job.attempt())
                .update();
    }

    /** Fails every queued job of the collection with {@code problem}; returns how many. */
    int failQueued(String collection, Map<String, Object> problem) {
        return jdbc.sql("""
                        UPDATE ingest_job
                        SET state = 'FAILED', error = CAST(:error AS jsonb), content = NULL, finished_at = now(),
                            updated_at = now()
                        WHERE collection = :collection AND state = 'QUEUED'
                        """)
                .param("error", json.writeValueAsString(problem))
                .param("collection", collection)
                .update();
    }

    /**
     * Deletes SUCCEEDED and FAILED jobs that finished more than {@code retention} ago (their upload bytes were already
     * cleared when they finished; their result or problem goes with the row). Queued and running jobs are never
     * touched. Returns how many were deleted.
     */
    int purgeFinished(Duration retention) {
        return jdbc.sql("""
                        DELETE FROM ingest_job
                        WHERE state IN ('SUCCEEDED', 'FAILED')
                          AND finished_at < now() - make_interval(secs => :retentionSeconds)
                        """)
                .param("retentionSeconds", retention.toMillis() / 1000.0)
                .update();
    }

    /** Gives the job back to the queue after an unexpected failure, for another attempt. */
    void release(ClaimedJob job) {
        jdbc.sql("""
                        UPDATE ingest_job SET state = 'QUEUED', lease_until = NULL, updated_at = now()
                        WHERE id = :id AND attempts = :attempt AND state = 'RUNNING'
                        """).param("id", job.id()).param("attempt", job.attempt()).update();
    }

    long countQueued() {
        return jdbc.sql("SELECT count(*) FROM ingest_job WHERE state = 'QUEUED'")
                .query(Long.class)
                .single();
    }

    Optional<JobView> find(long id) {
        return jdbc.sql("""
                        SELECT id, collection, state, chunks_embedded, chunks_total, document_id,
                               result::text AS result, error::text AS error, attempts, created_at, started_at,
                               finished_at
                        FROM ingest_job WHERE id = :id
                        """)
                .param("id", id)
                .query((rs, row) -> new JobView(
                        rs.getLong("id"),
                        rs.getString("collection"),
                        rs.getString("state"),
                        new JobView.Progress(rs.getInt("chunks_embedded"), rs.getObject("chunks_total", Integer.class)),
                        rs.getObject("document_id", Long.class),
                        object(rs.getString("result")),
                        object(rs.getString("error")),
                        rs.getInt("attempts"),
                        instant(rs, "created_at"),
                        instant(rs, "started_at"),
                        instant(rs, "finished_at")))
                .optional();
    }

    private Map<String, Object> object(String stored) {
        return stored == null ? null : json.readValue(stored, JSON_OBJECT);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }
}
