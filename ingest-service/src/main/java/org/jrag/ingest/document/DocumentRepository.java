package org.jrag.ingest.document;

import com.pgvector.PGvector;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jrag.ingest.chunking.ChunkSpan;
import org.jrag.ingest.paging.Keyset;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reads and writes {@code document} and {@code chunk}; callers own the transaction. */
@Repository
class DocumentRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final JsonMapper json;

    DocumentRepository(JdbcClient jdbc, JdbcTemplate batch, JsonMapper json) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.json = json;
    }

    /**
     * A document to insert, READY because its chunks are written in the same transaction; {@code readers} null when
     * the upload named none (a new document: everyone; a replaced one keeps its readers).
     */
    record NewDocument(
            long collectionId,
            String title,
            String source,
            String mediaType,
            ContentHash hash,
            String content,
            DocumentStructure structure,
            Map<String, Object> metadata,
            List<String> readers) {

        String[] readersArray() {
            return readers == null ? new String[0] : readers.toArray(String[]::new);
        }
    }

    /**
     * A stored document's text as chunks are made from it, with what a chunk's metadata is taken from; {@code
     * structure} null for a document stored before its sections and pages were kept.
     */
    record StoredText(
            String title,
            String source,
            String contentHash,
            String content,
            DocumentStructure structure,
            Map<String, Object> metadata) {}

    Optional<Long> findIdByHash(long collectionId, ContentHash hash) {
        return jdbc.sql("SELECT id FROM document WHERE collection_id = :collectionId AND content_hash = :hash")
                .param("collectionId", collectionId)
                .param("hash", hash.hex())
                .query(Long.class)
                .optional();
    }

    /** The first key of the advisory locks on document sources (the second is the source's hash). */
    static final int SOURCE_LOCKS = 7262637;

    /** Documents read at a time to tell their language. */
    static final int LANGUAGE_PAGE = 200;

    /**
     * Locks the sources of a collection until the transaction ends, so that one upload at a time decides whether its
     * bytes insert or replace the document under a source. Locks are taken in key order, so that two batches sharing
     * sources cannot deadlock; sources whose hashes collide merely share a lock.
     */
    void lockSources(long collectionId, Collection<String> sources) {
        int[] keys = sources.stream()
                .mapToInt(source -> (collectionId + "/" + source).hashCode())
                .sorted()
                .distinct()
                .toArray();
        for (int key : keys) {
            jdbc.sql("SELECT pg_advisory_xact_lock(:space, :key)")
                    .param("space", SOURCE_LOCKS)
                    .param("key", key)
                    .query((rs, row) -> 0)
                    .single();
        }
    }

    /** The source of a document of the collection; empty when it has none or does not exist. */
    Optional<String> findSource(long collectionId, long documentId) {
        return jdbc.sql("SELECT source FROM document WHERE id = :id AND collection_id = :collectionId")
                .param("id", documentId)
                .param("collectionId", collectionId)
                .query((rs, row) -> Optional.ofNullable(rs.getString("source")))
                .optional()
                .flatMap(source -> source);
    }

    /** The documents of the collection whose source starts with {@code prefix}, by source (the newest of each). */
    Map<String, StoredSource> findSourcesUnder(long collectionId, String prefix) {
        var found = new LinkedHashMap<String, StoredSource>();
        jdbc.sql("SELECT id, source, content_hash, metadata->>'url' AS url FROM document"
                        + " WHERE collection_id = :collectionId"
                        + " AND source LIKE :pattern ORDER BY id")
                .param("collectionId", collectionId)
                .param("pattern", new DocumentFilter(null, prefix, null).sourcePattern())
                .query(rs -> {
                    found.put(
                            rs.getString("source"),
                            new StoredSource(
                                    rs.getLong("id"),
                                    rs.getString("source"),
                                    rs.getString("content_hash"),
                                    rs.getString("url")));
                });
        return found;
    }

    /** The newest document of the collection stored under {@code source}, which an upload of new bytes replaces. */
    Optional<Long> findIdBySource(long collectionId, String source) {
        return jdbc.sql("SELECT id FROM document WHERE collection_id = :collectionId AND source = :source"
                        + " ORDER BY id DESC LIMIT 1")
                .param("collectionId", collectionId)
                .param("source", source)
                .query(Long.class)
                .optional();
    }

    /**
     * Gives a stored document new content, hash and metadata and drops its chunks (the caller inserts the new ones in
     * the same transaction); false when the document has been deleted meanwhile.
     */
    boolean replace(long documentId, NewDocument document) {
        int updated = jdbc.sql("""
                        UPDATE document
                        SET source = :source, title = :title, media_type = :mediaType, content_hash = :hash,
                            content = :content, structure = CAST(:structure AS jsonb), status = 'READY',
                            metadata = CAST(:metadata AS jsonb), updated_at = now(),
                            readers = CASE WHEN :keepReaders THEN readers ELSE CAST(:readers AS text[]) END
                        WHERE id = :id AND collection_id = :collectionId
                        """)
                .param("keepReaders", document.readers() == null)
                .param("readers", document.readersArray())
                .param("id", documentId)
                .param("collectionId", document.collectionId())
                .param("source", document.source())
                .param("title", document.title())
                .param("mediaType", document.mediaType())
                .param("hash", document.hash().hex())
                .param("content", document.content())
                .param("structure", json.writeValueAsString(document.structure()))
                .param("metadata", json.writeValueAsString(document.metadata()))
                .update();
        if (updated == 0) {
            return false;
        }
        deleteChunks(documentId);
        return true;
    }

    /** The text of a document of the collection and what its chunks are made with; empty when there is none. */
    Optional<StoredText> findText(long collectionId, long documentId) {
        return jdbc.sql("""
                        SELECT title, source, content_hash, content, structure::text AS structure,
                               metadata::text AS metadata
                        FROM document WHERE id = :id AND collection_id = :collectionId""")
                .param("id", documentId)
                .param("collectionId", collectionId)
                .query((rs, row) -> new StoredText(
                        rs.getString("title"),
                        rs.getString("source"),
                        rs.getString("content_hash"),
                        rs.getString("content"),
                        rs.getString("structure") == null
                                ? null
                                : json.readValue(rs.getString("structure"), DocumentStructure.class),
                        json.readValue(rs.getString("metadata"), new TypeReference<Map<String, Object>>() {})))
                .optional();
    }

    /**
     * Records the chunker a document's chunks are now made with and drops its chunks (the caller inserts the new ones
     * in the same transaction); false when the document is gone or no longer holds {@code contentHash} (replaced
     * meanwhile).
     */
    boolean clearChunks(long collectionId, long documentId, String contentHash, String chunker) {
        int updated = jdbc.sql("""
                        UPDATE document
                        SET metadata = jsonb_set(metadata, '{chunker}', to_jsonb(CAST(:chunker AS text))),
                            updated_at = now()
                        WHERE id = :id AND collection_id = :collectionId AND content_hash = :hash""")
                .param("id", documentId)
                .param("collectionId", collectionId)
                .param("hash", contentHash)
                .param("chunker", chunker)
                .update();
        if (updated == 0) {
            return false;
        }
        deleteChunks(documentId);
        return true;
    }

    /**
     * Stores a document's text, structure and title again, redacted of personal data, adding {@code counts} to the
     * counts its metadata keeps ({@code redacted}); the caller re-chunks it in the same transaction.
     */
    void replaceText(long documentId, ParsedDocument text, Map<String, Integer> counts) {
        jdbc.sql("""
                        UPDATE document
                        SET content = :content, structure = CAST(:structure AS jsonb), title = :title,
                            metadata = jsonb_set(metadata, '{redacted}',
                                (SELECT coalesce(jsonb_object_agg(kind, total), '{}'::jsonb) FROM (
                                    SELECT kind, sum(n)::int AS total FROM (
                                        SELECT key AS kind, value::int AS n
                                        FROM jsonb_each_text(coalesce(metadata->'redacted', '{}'::jsonb))
                                        UNION ALL
                                        SELECT key, value::int FROM jsonb_each_text(CAST(:counts AS jsonb))) added
                                    GROUP BY kind) totals)),
                            updated_at = now()
                        WHERE id = :id""")
                .param("id", documentId)
                .param("content", text.text())
                .param("structure", json.writeValueAsString(DocumentStructure.of(text)))
                .param("title", text.title())
                .param("counts", json.writeValueAsString(counts))
                .update();
    }

    /** Deletes the document's chunks; the caller inserts the new ones in the same transaction. */
    private void deleteChunks(long documentId) {
        jdbc.sql("DELETE FROM chunk WHERE document_id = :id")
                .param("id", documentId)
                .update();
    }

    /**
     * Tells the language of the collection's documents that have none in their metadata (stored before languages were
     * told, or too short to tell, which are read again), and keeps it there; returns how many got one.
     */
    int tellLanguages(long collectionId, LanguageDetector detector) {
        record Unknown(long id, String start) {}
        int told = 0;
        long after = 0;
        // a page at a time: a large collection's texts need not fit in memory at once
        while (true) {
            List<Unknown> page = jdbc.sql("""
                            SELECT id, left(content, :chars) FROM document
                            WHERE collection_id = :collectionId AND metadata->>'language' IS NULL AND id > :after
                            ORDER BY id LIMIT :limit""")
                    .param("chars", LanguageDetector.SAMPLE_CHARS)
                    .param("collectionId", collectionId)
                    .param("after", after)
                    .param("limit", LANGUAGE_PAGE)
                    .query((rs, row) -> new Unknown(rs.getLong(1), rs.getString(2)))
                    .list();
            for (Unknown document : page) {
                Optional<String> language = detector.detect(document.start());
                if (language.isPresent()) {
                    told += jdbc.sql("UPDATE document SET metadata = jsonb_set(metadata, '{language}',"
                                    + " to_jsonb(CAST(:language AS text))) WHERE id = :id")
                            .param("language", language.get())
                            .param("id", document.id())
                            .update();
                }
                after = document.id();
            }
            if (page.size() < LANGUAGE_PAGE) {
                return told;
            }
        }
    }

    /** Inserts the document; empty when identical content landed in the collection first (a concurrent upload). */
    Optional<Long> insertReady(NewDocument document) {
        return jdbc.sql("""
                        INSERT INTO document (collection_id, source, title, media_type, content_hash, content,
                                              structure, status, metadata, readers)
                        VALUES (:collectionId, :source, :title, :mediaType, :hash, :content,
                                CAST(:structure AS jsonb), 'READY', CAST(:metadata AS jsonb), CAST(:readers AS text[]))
                        ON CONFLICT (collection_id, content_hash) DO NOTHING
                        RETURNING id
                        """)
                .param("collectionId", document.collectionId())
                .param("source", document.source())
                .param("title", document.title())
                .param("mediaType", document.mediaType())
                .param("hash", document.hash().hex())
                .param("content", document.content())
                .param("structure", json.writeValueAsString(document.structure()))
                .param("metadata", json.writeValueAsString(document.metadata()))
                .param("readers", document.readersArray())
                .query(Long.class)
                .optional();
    }

    /**
     * Inserts the chunks in list order as positions 0..n-1. Ids are drawn from the sequence first, so a child can
     * name its parent's id in the same batch. {@code embeddings} holds one vector per chunk, null for chunks kept only
     * as context.
     */
    void insertChunks(long documentId, long collectionId, List<ChunkSpan> chunks, List<float[]> embeddings) {
        if (chunks.size() != embeddings.size()) {
            throw new IllegalArgumentException("one embedding per chunk expected, got: " + embeddings.size()
                    + " embeddings for " + chunks.size() + " chunks");
        }
        if (chunks.isEmpty()) {
            return;
        }
        List<Long> ids = jdbc.sql("SELECT nextval(pg_get_serial_sequence('chunk', 'id')) FROM generate_series(1, :n)")
                .param("n", chunks.size())
                .query(Long.class)
                .list();
        batch.batchUpdate("""
                INSERT INTO chunk (id, document_id, collection_id, position, parent_id, text, start_offset, end_offset,
                                   token_count, metadata, embedding)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?)
                """, new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement ps, int i) throws SQLException {
                ChunkSpan chunk = chunks.get(i);
                ps.setLong(1, ids.get(i));
                ps.setLong(2, documentId);
                ps.setLong(3, collectionId);
                ps.setInt(4, i);
                if (chunk.parent() < 0) {
                    ps.setNull(5, Types.BIGINT);
                } else {
                    ps.setLong(5, ids.get(chunk.parent()));
                }
                ps.setString(6, chunk.text());
                ps.setInt(7, chunk.startOffset());
                ps.setInt(8, chunk.endOffset());
                ps.setInt(9, chunk.tokenCount());
                ps.setString(10, json.writeValueAsString(chunk.metadata()));
                float[] embedding = embeddings.get(i);
                if (embedding == null) {
                    ps.setNull(11, Types.OTHER);
                } else {
                    ps.setObject(11, new PGvector(embedding));
                }
            }

            @Override
            public int getBatchSize() {
                return chunks.size();
            }
        });
    }

    private static final String SELECT_VIEW = """
            SELECT d.id, d.title, d.source, d.media_type, d.content_hash, d.status, length(d.content) AS chars,
                   d.metadata::text AS metadata, d.readers,
                   d.created_at, d.updated_at,
                   (SELECT count(*) FROM chunk c WHERE c.document_id = d.id) AS chunk_count
            FROM document d
            """;

    /**
     * One page of a collection's documents that pass the filter and that the principals may read, in id order, with
     * the look-ahead row.
     */
    List<DocumentView> findPage(
            long collectionId, String collection, Keyset page, DocumentFilter filter, Principals principals) {
        var where = new StringBuilder(" WHERE d.collection_id = :collectionId AND d.id > :after");
        var params = new LinkedHashMap<String, Object>();
        where.append(principals.condition(params));
        if (filter.source() != null) {
            where.append(" AND d.source = :source");
            params.put("source", filter.source());
        }
        if (filter.sourcePrefix() != null) {
            where.append(" AND d.source LIKE :pattern");
            params.put("pattern", filter.sourcePattern());
        }
        if (filter.tag() != null) {
            // jsonb_exists is the ? operator, spelled as a function because JDBC reads ? as a parameter
            where.append(" AND jsonb_exists(d.metadata -> 'tags', :tag)");
            params.put("tag", filter.tag());
        }
        return jdbc.sql(SELECT_VIEW + where + " ORDER BY d.id LIMIT :limit")
                .params(params)
                .param("collectionId", collectionId)
                .param("after", page.after())
                .param("limit", page.fetchSize())
                .query((rs, row) -> view(rs, collection, json.readValue(rs.getString("metadata"), JSON_OBJECT)))
                .list();
    }

    /** One page of a document's chunks in id (= position) order, with the look-ahead row. */
    List<ChunkView> findChunkPage(long documentId, Keyset page) {
        return jdbc.sql("""
                        SELECT id, position, parent_id, text, start_offset, end_offset, token_count,
                               metadata::text AS metadata, embedding IS NOT NULL AS embedded
                        FROM chunk WHERE document_id = :documentId AND id > :after ORDER BY id LIMIT :limit
                        """)
                .param("documentId", documentId)
                .param("after", page.after())
                .param("limit", page.fetchSize())
                .query((rs, row) -> new ChunkView(
                        rs.getLong("id"),
                        rs.getInt("position"),
                        rs.getObject("parent_id", Long.class),
                        rs.getString("text"),
                        rs.getInt("start_offset"),
                        rs.getInt("end_offset"),
                        rs.getInt("token_count"),
                        rs.getBoolean("embedded"),
                        json.readValue(rs.getString("metadata"), JSON_OBJECT)))
                .list();
    }

    /** The document, if it is in that collection and the principals may read it. */
    Optional<DocumentView> find(long collectionId, String collection, long documentId, Principals principals) {
        var params = new LinkedHashMap<String, Object>();
        String readable = principals.condition(params);
        return jdbc.sql(SELECT_VIEW + " WHERE d.id = :id AND d.collection_id = :collectionId" + readable)
                .params(params)
                .param("id", documentId)
                .param("collectionId", collectionId)
                .query((rs, row) -> view(rs, collection, json.readValue(rs.getString("metadata"), JSON_OBJECT)))
                .optional();
    }

    /**
     * Gives the document a new title, readers and what the client told about it ({@code url}, {@code tags},
     * {@code published_at}: replaced as a whole, the service's own keys kept), and its chunks the new filter keys;
     * false when the document is not in that collection.
     */
    boolean updateMetadata(long collectionId, long documentId, DocumentMetadata metadata) {
        var told = new LinkedHashMap<String, Object>();
        if (metadata.url() != null) {
            told.put("url", metadata.url());
        }
        told.putAll(metadata.chunkFilters());
        int updated = jdbc.sql("""
                        UPDATE document
                        SET title = :title, updated_at = now(), readers = CAST(:readers AS text[]),
                            metadata = (metadata - 'url' - 'tags' - 'published_at') || CAST(:told AS jsonb)
                        WHERE id = :id AND collection_id = :collectionId
                        """)
                .param("title", metadata.title())
                .param("readers", metadata.readers().toArray(String[]::new))
                .param("told", json.writeValueAsString(told))
                .param("id", documentId)
                .param("collectionId", collectionId)
                .update();
        if (updated == 0) {
            return false;
        }
        jdbc.sql("""
                        UPDATE chunk SET metadata = (metadata - 'tags' - 'published_at') || CAST(:filters AS jsonb)
                        WHERE document_id = :id
                        """)
                .param("filters", json.writeValueAsString(metadata.chunkFilters()))
                .param("id", documentId)
                .update();
        return true;
    }

    /**
     * Gives the collection's documents whose source starts with {@code prefix}, but for those of the {@code excluded}
     * sources, these readers where they have others; returns the ids of those changed.
     */
    List<Long> setReaders(long collectionId, String prefix, Collection<String> excluded, List<String> readers) {
        return jdbc.sql("""
                        UPDATE document SET readers = CAST(:readers AS text[]), updated_at = now()
                        WHERE collection_id = :collectionId AND source LIKE :pattern
                          AND source <> ALL (CAST(:excluded AS text[]))
                          AND readers IS DISTINCT FROM CAST(:readers AS text[])
                        RETURNING id""")
                .param("readers", readers.toArray(String[]::new))
                .param("collectionId", collectionId)
                .param("pattern", new DocumentFilter(null, prefix, null).sourcePattern())
                .param("excluded", excluded.toArray(String[]::new))
                .query(Long.class)
                .list();
    }

    /** Gives the collection's documents of these sources these readers where they have others; the ids changed. */
    List<Long> setReadersOf(long collectionId, Collection<String> sources, List<String> readers) {
        return jdbc.sql("""
                        UPDATE document SET readers = CAST(:readers AS text[]), updated_at = now()
                        WHERE collection_id = :collectionId AND source = ANY (CAST(:sources AS text[]))
                          AND readers IS DISTINCT FROM CAST(:readers AS text[])
                        RETURNING id""")
                .param("readers", readers.toArray(String[]::new))
                .param("collectionId", collectionId)
                .param("sources", sources.toArray(String[]::new))
                .query(Long.class)
                .list();
    }

    /** Whether the principals may read the document (which exists). */
    boolean readable(long documentId, Principals principals) {
        var params = new LinkedHashMap<String, Object>();
        String readable = principals.condition(params);
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM document d WHERE d.id = :id" + readable + ")")
                .params(params)
                .param("id", documentId)
                .query(Boolean.class)
                .single();
    }

    /** How many of the collection's documents the principals may not read. */
    long countHidden(long collectionId, Principals principals) {
        var params = new LinkedHashMap<String, Object>();
        String readable = principals.condition(params);
        return jdbc.sql("SELECT count(*) FROM document d WHERE d.collection_id = :collectionId AND NOT (true" + readable
                        + ")")
                .params(params)
                .param("collectionId", collectionId)
                .query(Long.class)
                .single();
    }

    /** The ids of the collection's documents, in id order. */
    List<Long> idsOf(long collectionId) {
        return jdbc.sql("SELECT id FROM document WHERE collection_id = :collectionId ORDER BY id")
                .param("collectionId", collectionId)
                .query(Long.class)
                .list();
    }

    /** Deletes the document (its chunks cascade); false when it is not in that collection. */
    boolean delete(long collectionId, long documentId) {
        return jdbc.sql("DELETE FROM document WHERE id = :id AND collection_id = :collectionId")
                        .param("id", documentId)
                        .param("collectionId", collectionId)
                        .update()
                == 1;
    }

    private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {};

    private static DocumentView view(ResultSet rs, String collection, Map<String, Object> metadata)
            throws SQLException {
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
                rs.getObject("updated_at", OffsetDateTime.class).toInstant(),
                List.of((String[]) rs.getArray("readers").getArray()),
                metadata);
    }
}
