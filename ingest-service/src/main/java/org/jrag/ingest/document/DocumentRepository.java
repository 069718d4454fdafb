package org.jrag.ingest.document;

import com.pgvector.PGvector;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jrag.ingest.chunking.ChunkSpan;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes {@code document} and {@code chunk}; callers own the transaction. */
@Repository
class DocumentRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    DocumentRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** A document to insert, READY because its chunks are written in the same transaction. */
    record NewDocument(
            long collectionId, String title, String source, String mediaType, ContentHash hash, String content) {}

    Optional<Long> findIdByHash(long collectionId, ContentHash hash) {
        return jdbc.sql("SELECT id FROM document WHERE collection_id = :collectionId AND content_hash = :hash")
                .param("collectionId", collectionId)
                .param("hash", hash.hex())
                .query(Long.class)
                .optional();
    }

    /** Inserts the document; empty when identical content landed in the collection first (a concurrent upload). */
    Optional<Long> insertReady(NewDocument document) {
        return jdbc.sql("""
                        INSERT INTO document (collection_id, source, title, media_type, content_hash, content, status)
                        VALUES (:collectionId, :source, :title, :mediaType, :hash, :content, 'READY')
                        ON CONFLICT (collection_id, content_hash) DO NOTHING
                        RETURNING id
                        """)
                .param("collectionId", document.collectionId())
                .param("source", document.source())
                .param("title", document.title())
                .param("mediaType", document.mediaType())
                .param("hash", document.hash().hex())
                .param("content", document.content())
                .query(Long.class)
                .optional();
    }

    void insertChunks(long documentId, long collectionId, List<ChunkSpan> chunks, List<float[]> embeddings) {
        if (chunks.size() != embeddings.size()) {
            throw new IllegalArgumentException("one embedding per chunk expected, got: " + embeddings.size()
                    + " embeddings for " + chunks.size() + " chunks");
        }
        batch.batchUpdate("""
                INSERT INTO chunk (document_id, collection_id, position, text, start_offset, end_offset, token_count,
                                   embedding)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement ps, int i) throws SQLException {
                ChunkSpan chunk = chunks.get(i);
                ps.setLong(1, documentId);
                ps.setLong(2, collectionId);
                ps.setInt(3, i);
                ps.setString(4, chunk.text());
                ps.setInt(5, chunk.startOffset());
                ps.setInt(6, chunk.endOffset());
                ps.setInt(7, chunk.tokenCount());
                ps.setObject(8, new PGvector(embeddings.get(i)));
            }

            @Override
            public int getBatchSize() {
                return chunks.size();
            }
        });
    }

    Optional<DocumentView> find(long collectionId, String collection, long documentId) {
        return jdbc.sql("""
                        SELECT d.id, d.title, d.source, d.media_type, d.content_hash, d.status, length(d.content) AS chars,
                               d.created_at, d.updated_at,
                               (SELECT count(*) FROM chunk c WHERE c.document_id = d.id) AS chunk_count
                        FROM document d
                        WHERE d.id = :id AND d.collection_id = :collectionId
                        """)
                .param("id", documentId)
                .param("collectionId", collectionId)
                .query((rs, row) -> view(rs, collection))
                .optional();
    }

    /** Deletes the document (its chunks cascade); false when it is not in that collection. */
    boolean delete(long collectionId, long documentId) {
        return jdbc.sql("DELETE FROM document WHERE id = :id AND collection_id = :collectionId")
                        .param("id", documentId)
                        .param("collectionId", collectionId)
                        .update()
                == 1;
    }

    private static DocumentView view(ResultSet rs, String collection) throws SQLException {
        return new DocumentView(
                rs.getLong("id"),
                collection,
                rs.getString("title"),
                rs.getString("source"),
                rs.getString("media_type"),
                rs.getString("content_hash"),
                rs.getInt("chunk_count"),
                rs.getString("status"),
                rs.getInt("chars"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }
}
