package org.jrag.retrieval.search;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Loads the text and provenance of the chunks a search returns (retrievers only hand back ids). */
@Repository
class ChunkDetailsRepository {

    private final JdbcClient jdbc;

    ChunkDetailsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The chunks among {@code chunkIds} whose document is still READY, by chunk id. */
    Map<Long, ChunkDetails> findReady(Collection<Long> chunkIds) {
        if (chunkIds.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("""
                        SELECT c.id, c.document_id, col.name, d.title, c.text, c.start_offset, c.end_offset
                        FROM chunk c
                        JOIN document d ON d.id = c.document_id
                        JOIN collection col ON col.id = d.collection_id
                        WHERE c.id IN (:ids) AND d.status = 'READY'
                        """)
                .param("ids", chunkIds)
                .query((rs, row) -> new ChunkDetails(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getInt(6),
                        rs.getInt(7)))
                .list()
                .stream()
                .collect(Collectors.toMap(ChunkDetails::chunkId, Function.identity()));
    }
}
