package org.jrag.retrieval.context;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads what context expansion needs from PostgreSQL: parent chunks and stored sentence windows. */
@Repository
class ContextChunkRepository implements ParentChunks, SentenceWindows {

    private final JdbcClient jdbc;

    ContextChunkRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<Long, ContextChunk> parentsOf(Collection<Long> childIds) {
        if (childIds.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("""
                        SELECT c.id, p.id, p.document_id, d.title, p.text, p.start_offset, p.end_offset
                        FROM chunk c
                        JOIN chunk p ON p.id = c.parent_id
                        JOIN document d ON d.id = p.document_id
                        WHERE c.id IN (:ids) AND d.status = 'READY'
                        """)
                .param("ids", childIds)
                .query((rs, row) -> Map.entry(
                        rs.getLong(1),
                        new ContextChunk(
                                rs.getLong(2),
                                rs.getLong(3),
                                rs.getString(4),
                                rs.getString(5),
                                rs.getInt(6),
                                rs.getInt(7),
                                0,
                                rs.getString(5).length() == rs.getInt(7) - rs.getInt(6))))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @Override
    public Map<Long, Window> windowsOf(Collection<Long> chunkIds) {
        if (chunkIds.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("""
                        SELECT id, metadata ->> 'window',
                               CASE WHEN jsonb_typeof(metadata -> 'windowStartOffset') = 'number'
                                    THEN (metadata ->> 'windowStartOffset')::int END,
                               CASE WHEN jsonb_typeof(metadata -> 'windowEndOffset') = 'number'
                                    THEN (metadata ->> 'windowEndOffset')::int END
                        FROM chunk
                        WHERE id IN (:ids) AND jsonb_typeof(metadata -> 'window') = 'string'
                        """)
                .param("ids", chunkIds)
                .query((rs, row) ->
                        Map.entry(rs.getLong(1), new Window(rs.getString(2), (Integer) rs.getObject(3), (Integer)
                                rs.getObject(4))))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
