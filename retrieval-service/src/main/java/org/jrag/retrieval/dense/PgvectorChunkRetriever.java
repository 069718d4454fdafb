package org.jrag.retrieval.dense;

import com.pgvector.PGvector;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import org.jrag.retrieval.search.ChunkRetriever;
import org.jrag.retrieval.search.ScoredChunk;
import org.jrag.retrieval.search.SearchFilters;
import org.jrag.retrieval.search.SearchQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Semantic retrieval: nearest chunks by cosine distance to the query embedding, through pgvector's HNSW index. The
 * score is the cosine similarity, {@code 1 - distance}. Only READY documents and embedded chunks are searched.
 */
@Component
public class PgvectorChunkRetriever implements ChunkRetriever {

    private static final String NEAREST = """
            SELECT c.id, c.embedding <=> ? AS distance
            FROM chunk c
            JOIN document d ON d.id = c.document_id
            WHERE d.status = 'READY' AND c.embedding IS NOT NULL
            ORDER BY c.embedding <=> ?
            LIMIT ?
            """;
    private static final String NEAREST_IN_COLLECTION = """
            SELECT c.id, c.embedding <=> ? AS distance
            FROM chunk c
            JOIN document d ON d.id = c.document_id
            WHERE d.status = 'READY' AND c.embedding IS NOT NULL AND c.collection_id = ?
            ORDER BY c.embedding <=> ?
            LIMIT ?
            """;

    private final JdbcClient jdbc;

    public PgvectorChunkRetriever(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ScoredChunk> retrieve(SearchQuery query) {
        if (query.embedding() == null) {
            throw new IllegalArgumentException("dense retrieval needs the query embedding, got none");
        }
        var vector = new PGvector(query.embedding());
        if (!query.filters().isEmpty()) {
            return sorted(filtered(query, vector));
        }
        var statement = query.collectionId() == null
                ? jdbc.sql(NEAREST).param(vector).param(vector).param(query.limit())
                : jdbc.sql(NEAREST_IN_COLLECTION)
                        .param(vector)
                        .param(query.collectionId())
                        .param(vector)
                        .param(query.limit());
        return sorted(statement
                .query((rs, row) -> new ScoredChunk(rs.getLong(1), 1.0 - rs.getDouble(2)))
                .list());
    }

    private static List<ScoredChunk> sorted(List<ScoredChunk> rows) {
        List<ScoredChunk> chunks = new ArrayList<>(rows);
        // hnsw.iterative_scan = relaxed_order may return rows slightly out of order
        chunks.sort(Comparator.comparingDouble(ScoredChunk::score).reversed().thenComparingLong(ScoredChunk::chunkId));
        return chunks;
    }

    /**
     * Nearest chunks that pass the metadata filters. The filters sit in the WHERE clause of the HNSW index scan, so
     * with {@code hnsw.iterative_scan = relaxed_order} (set per pooled connection) pgvector keeps scanning the graph
     * until LIMIT rows pass or {@code hnsw.max_scan_tuples} tuples were visited: a selective filter still gets its
     * topK instead of the few survivors among the first {@code ef_search} neighbours.
     */
    private List<ScoredChunk> filtered(SearchQuery query, PGvector vector) {
        SearchFilters filters = query.filters();
        var sql = new StringBuilder("""
                SELECT c.id, c.embedding <=> :vector AS distance
                FROM chunk c
                JOIN document d ON d.id = c.document_id
                WHERE d.status = 'READY' AND c.embedding IS NOT NULL
                """);
        var params = new LinkedHashMap<String, Object>();
        params.put("vector", vector);
        if (query.collectionId() != null) {
            sql.append(" AND c.collection_id = :collection");
            params.put("collection", query.collectionId());
        }
        if (!filters.tags().isEmpty()) {
            // jsonb_exists_any is the ?| operator, spelled as a function because JDBC reads ? as a parameter
            sql.append(
                    " AND jsonb_exists_any(coalesce(c.metadata -> 'tags', d.metadata -> 'tags'), CAST(:tags AS text[]))");
            params.put("tags", filters.tags().toArray(String[]::new));
        }
        if (filters.hasDateRange()) {
            // ISO dates compare as text; the pattern guard keeps a malformed value from failing the whole query
            sql.append(" AND coalesce(c.metadata ->> 'publishedAt', d.metadata ->> 'publishedAt')"
                    + " ~ '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])'");
            String published =
                    "left(coalesce(c.metadata ->> 'publishedAt', d.metadata ->> 'publishedAt'), 10) COLLATE \"C\"";
            if (filters.publishedAfter() != null) {
                sql.append(" AND ").append(published).append(" >= :after");
                params.put("after", filters.publishedAfter().toString());
            }
            if (filters.publishedBefore() != null) {
                sql.append(" AND ").append(published).append(" <= :before");
                params.put("before", filters.publishedBefore().toString());
            }
        }
        sql.append(" ORDER BY c.embedding <=> :vector LIMIT :limit");
        params.put("limit", query.limit());
        return jdbc.sql(sql.toString())
                .params(params)
                .query((rs, row) -> new ScoredChunk(rs.getLong(1), 1.0 - rs.getDouble(2)))
                .list();
    }
}
