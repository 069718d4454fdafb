package org.jrag.retrieval.dense;

import com.pgvector.PGvector;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jrag.retrieval.search.ChunkRetriever;
import org.jrag.retrieval.search.ScoredChunk;
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
        var statement = query.collectionId() == null
                ? jdbc.sql(NEAREST).param(vector).param(vector).param(query.limit())
                : jdbc.sql(NEAREST_IN_COLLECTION)
                        .param(vector)
                        .param(query.collectionId())
                        .param(vector)
                        .param(query.limit());
        List<ScoredChunk> chunks = new ArrayList<>(statement
                .query((rs, row) -> new ScoredChunk(rs.getLong(1), 1.0 - rs.getDouble(2)))
                .list());
        // hnsw.iterative_scan = relaxed_order may return rows slightly out of order
        chunks.sort(Comparator.comparingDouble(ScoredChunk::score).reversed().thenComparingLong(ScoredChunk::chunkId));
        return chunks;
    }
}
