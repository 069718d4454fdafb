package org.jrag.retrieval.search;

import com.pgvector.PGvector;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jrag.retrieval.bm25.Bm25Analyzer;
import org.jrag.retrieval.collection.Visibility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Loads the text and provenance of the chunks a search returns (retrievers only hand back ids). */
@Repository
public class ChunkDetailsRepository {

    private final JdbcClient jdbc;

    public ChunkDetailsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The chunks among {@code chunkIds} whose document is still READY and readable as {@code visible}, by chunk id. */
    Map<Long, ChunkDetails> findReady(Collection<Long> chunkIds, Visibility visible) {
        if (chunkIds.isEmpty()) {
            return Map.of();
        }
        var params = new HashMap<String, Object>();
        String readable = visible.readable("d", params);
        return jdbc
                .sql("""
                        SELECT c.id, c.document_id, col.name, d.title, c.text, c.start_offset, c.end_offset,
                        """ + Bm25Analyzer.LANGUAGE_COLUMN + ",\n" + ChunkOrigin.COLUMNS + """
                        FROM chunk c
                        JOIN document d ON d.id = c.document_id
                        JOIN collection col ON col.id = d.collection_id
                        WHERE c.id IN (:ids) AND d.status = 'READY'
                        """ + readable)
                .params(params)
                .param("ids", chunkIds)
                .query((rs, row) -> new ChunkDetails(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getInt(6),
                        rs.getInt(7),
                        ChunkOrigin.read(rs, 9),
                        rs.getString(8)))
                .list()
                .stream()
                .collect(Collectors.toMap(ChunkDetails::chunkId, Function.identity()));
    }

    /** The embeddings of the chunks that have one, by chunk id. */
    Map<Long, float[]> embeddings(Collection<Long> chunkIds) {
        if (chunkIds.isEmpty()) {
            return Map.of();
        }
        var vectors = new HashMap<Long, float[]>();
        jdbc.sql("SELECT id, embedding::text FROM chunk WHERE id IN (:ids) AND embedding IS NOT NULL")
                .param("ids", chunkIds)
                .query(rs -> {
                    vectors.put(rs.getLong(1), new PGvector(rs.getString(2)).toArray());
                });
        return vectors;
    }

    /** Where each of the chunks comes from, by chunk id; chunks gone (or of nothing known) are left out. */
    public Map<Long, ChunkOrigin> origins(Collection<Long> chunkIds) {
        if (chunkIds.isEmpty()) {
            return Map.of();
        }
        var origins = new HashMap<Long, ChunkOrigin>();
        jdbc.sql("SELECT c.id, " + ChunkOrigin.COLUMNS + " FROM chunk c JOIN document d ON d.id = c.document_id"
                        + " WHERE c.id IN (:ids)")
                .param("ids", chunkIds)
                .query(rs -> {
                    ChunkOrigin origin = ChunkOrigin.read(rs, 2);
                    if (origin != null) {
                        origins.put(rs.getLong(1), origin);
                    }
                });
        return origins;
    }
}
