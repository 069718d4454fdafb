package org.jrag.retrieval.springai;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jrag.retrieval.collection.Visibility;
import org.jrag.retrieval.search.ChunkOrigin;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@link ChunkTexts} from PostgreSQL: chunks of READY documents the principals may read only. */
@Repository
class ChunkTextRepository implements ChunkTexts {

    private final JdbcClient jdbc;

    ChunkTextRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<Long, ChunkText> load(Collection<Long> chunkIds, Set<String> principals) {
        if (chunkIds.isEmpty()) {
            return Map.of();
        }
        var params = new HashMap<String, Object>();
        String readable = new Visibility(null, principals).readable("d", params);
        return jdbc
                .sql("""
                        SELECT c.id, c.document_id, d.title, c.text,
                        """ + ChunkOrigin.COLUMNS + """
                        FROM chunk c JOIN document d ON d.id = c.document_id
                        WHERE c.id IN (:ids) AND d.status = 'READY'
                        """ + readable)
                .params(params)
                .param("ids", chunkIds)
                .query((rs, row) -> new ChunkText(
                        rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), ChunkOrigin.read(rs, 5)))
                .list()
                .stream()
                .collect(Collectors.toMap(ChunkText::chunkId, Function.identity()));
    }
}
