package org.jrag.ingest.document;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Appends to {@code change_log}, the feed retrieval tails to keep its index in step. Writers take a transaction-scoped
 * advisory lock first, so sequence numbers become visible in commit order and a reader of {@code seq > last} never
 * skips a row. Must be called inside the transaction that made the change, as its last statement.
 */
@Repository
class ChangeLog {

    /** The lock every change-log writer in jrag takes (the contract's number). */
    static final long WRITER_LOCK = 7262636L;

    enum Operation {
        UPSERT,
        DELETE
    }

    private final JdbcClient jdbc;

    ChangeLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the change and returns its sequence number. */
    long append(long collectionId, long documentId, Operation operation) {
        jdbc.sql("SELECT pg_advisory_xact_lock(:lock)")
                .param("lock", WRITER_LOCK)
                .query((rs, row) -> 0)
                .single();
        return jdbc.sql("""
                        INSERT INTO change_log (collection_id, document_id, operation)
                        VALUES (:collectionId, :documentId, :operation)
                        RETURNING seq
                        """)
                .param("collectionId", collectionId)
                .param("documentId", documentId)
                .param("operation", operation.name())
                .query(Long.class)
                .single();
    }

    /** Records the same change of many documents of a collection; returns the last sequence number. */
    long appendAll(long collectionId, List<Long> documentIds, Operation operation) {
        jdbc.sql("SELECT pg_advisory_xact_lock(:lock)")
                .param("lock", WRITER_LOCK)
                .query((rs, row) -> 0)
                .single();
        return jdbc.sql("""
                        WITH logged AS (
                            INSERT INTO change_log (collection_id, document_id, operation)
                            SELECT :collectionId, id, :operation FROM unnest(CAST(:ids AS bigint[])) WITH ORDINALITY
                                AS d (id, n)
                            ORDER BY n
                            RETURNING seq)
                        SELECT max(seq) FROM logged
                        """)
                .param("collectionId", collectionId)
                .param("ids", documentIds.toArray(Long[]::new))
                .param("operation", operation.name())
                .query(Long.class)
                .single();
    }

    /** The latest UPSERT of a document, which a duplicate upload reports. */
    long lastUpsert(long documentId) {
        return jdbc.sql("SELECT coalesce(max(seq), 0) FROM change_log WHERE document_id = :documentId"
                        + " AND operation = 'UPSERT'")
                .param("documentId", documentId)
                .query(Long.class)
                .single();
    }
}
