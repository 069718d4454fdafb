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
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Semantic retrieval: nearest chunks by cosine distance to the query embedding, through pgvector's HNSW index. The
 * score is the cosine similarity, {@code 1 - distance}. Only READY documents and embedded chunks are searched.
 *
 * <p>A query may set {@code efSearch} (applied with {@code SET LOCAL} in its own transaction, so the pooled
 * connection keeps its configured value) or ask for an {@code exact} search: that one orders by the similarity
 * {@code 1 - distance}, an expression the HNSW index cannot serve, so PostgreSQL scans every candidate chunk and
 * returns the true nearest ones (the yardstick for the index's recall).
 */
@Component
public class PgvectorChunkRetriever implements ChunkRetriever {

    /** pgvector's upper bound for {@code hnsw.ef_search}. */
    public static final int MAX_EF_SEARCH = 1000;

    private static final String SELECT = """
            SELECT c.id, c.embedding <=> ? AS distance
            FROM chunk c
            JOIN document d ON d.id = c.document_id
            WHERE d.status = 'READY' AND c.embedding IS NOT NULL
            """;
    private static final String IN_COLLECTION = "AND c.collection_id = ?\n";
    // the operator form the HNSW index serves
    private static final String BY_INDEX = "ORDER BY c.embedding <=> ?\nLIMIT ?";
    // an expression no index serves: every candidate is scored
    private static final String BY_SCAN = "ORDER BY 1 - (c.embedding <=> ?) DESC\nLIMIT ?";

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    public PgvectorChunkRetriever(JdbcClient jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @Override
    public List<ScoredChunk> retrieve(SearchQuery query) {
        List<ScoredChunk> chunks = new ArrayList<>(inSession(
                query,
                () -> statement(query, "")
                        .query((rs, row) -> new ScoredChunk(rs.getLong(1), 1.0 - rs.getDouble(2)))
                        .list()));
        // hnsw.iterative_scan = relaxed_order may return rows slightly out of order
        chunks.sort(Comparator.comparingDouble(ScoredChunk::score).reversed().thenComparingLong(ScoredChunk::chunkId));
        return chunks;
    }

    /**
     * PostgreSQL's plan for the query, one line per row of {@code EXPLAIN}, under the same session settings as
     * {@link #retrieve}: shows whether the HNSW index or a scan answers it.
     */
    public List<String> explain(SearchQuery query) {
        return inSession(
                query, () -> statement(query, "EXPLAIN ").query(String.class).list());
    }

    private JdbcClient.StatementSpec statement(SearchQuery query, String prefix) {
        if (query.embedding() == null) {
            throw new IllegalArgumentException("dense retrieval needs the query embedding, got none");
        }
        var vector = new PGvector(query.embedding());
        String sql = prefix
                + SELECT
                + (query.collectionId() == null ? "" : IN_COLLECTION)
                + (query.exact() ? BY_SCAN : BY_INDEX);
        var statement = jdbc.sql(sql).param(vector);
        if (query.collectionId() != null) {
            statement = statement.param(query.collectionId());
        }
        return statement.param(vector).param(query.limit());
    }

    /** Runs {@code work} on one connection, in a transaction that sets the query's efSearch when it has one. */
    private <T> T inSession(SearchQuery query, java.util.function.Supplier<T> work) {
        if (query.efSearch() == null) {
            return work.get();
        }
        return transaction.execute(status -> {
            jdbc.sql("SELECT set_config('hnsw.ef_search', ?, true)")
                    .param(Integer.toString(query.efSearch()))
                    .query()
                    .listOfRows();
            return work.get();
        });
    }
}
