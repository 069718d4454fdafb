package org.jrag.retrieval.dense;

import com.pgvector.PGvector;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Supplier;
import org.jrag.retrieval.collection.Visibility;
import org.jrag.retrieval.search.ChunkRetriever;
import org.jrag.retrieval.search.ScoredChunk;
import org.jrag.retrieval.search.SearchFilters;
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
 *
 * <p>Metadata filters (tags, publication dates, the source prefix) and the document's readers sit in the WHERE clause
 * of the index scan, so with
 * {@code hnsw.iterative_scan = relaxed_order} (set per pooled connection) pgvector keeps scanning the graph until LIMIT
 * rows pass or {@code hnsw.max_scan_tuples} tuples were visited: a selective filter still gets its topK instead of the
 * few survivors among the first {@code ef_search} neighbours.
 */
@Component
public class PgvectorChunkRetriever implements ChunkRetriever {

    /** pgvector's upper bound for {@code hnsw.ef_search}. */
    public static final int MAX_EF_SEARCH = 1000;

    private static final String SELECT = """
            SELECT c.id, c.embedding <=> :vector AS distance
            FROM chunk c
            JOIN document d ON d.id = c.document_id
            WHERE d.status = 'READY' AND c.embedding IS NOT NULL
            """;
    // the operator form the HNSW index serves
    private static final String BY_INDEX = "\nORDER BY c.embedding <=> :vector LIMIT :limit";
    // an expression no index serves: every candidate is scored
    private static final String BY_SCAN = "\nORDER BY 1 - (c.embedding <=> :vector) DESC LIMIT :limit";
    // the chunk's own metadata wins over its document's (ingest copies tags and published_at onto each chunk)
    private static final String PUBLISHED_AT = "coalesce(c.metadata ->> 'published_at', d.metadata ->> 'published_at')";

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    public PgvectorChunkRetriever(JdbcClient jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @Override
    public List<ScoredChunk> retrieve(SearchQuery query) {
        if (query.searchesNothing()) {
            return List.of();
        }
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
        var sql = new StringBuilder(prefix).append(SELECT);
        var params = new LinkedHashMap<String, Object>();
        params.put("vector", new PGvector(query.embedding()));
        List<Long> collections = query.collectionIds();
        if (collections != null && collections.size() == 1) {
            sql.append(" AND c.collection_id = :collection");
            params.put("collection", collections.getFirst());
        } else if (collections != null) {
            sql.append(" AND c.collection_id = ANY(CAST(:collections AS bigint[]))");
            params.put("collections", collections.toArray(Long[]::new));
        }
        SearchFilters filters = query.filters();
        if (!filters.tags().isEmpty()) {
            // jsonb_exists_any is the ?| operator, spelled as a function because JDBC reads ? as a parameter
            sql.append(
                    " AND jsonb_exists_any(coalesce(c.metadata -> 'tags', d.metadata -> 'tags'), CAST(:tags AS text[]))");
            params.put("tags", filters.tags().toArray(String[]::new));
        }
        if (filters.hasDateRange()) {
            // ISO dates compare as text; the pattern guard keeps a malformed value from failing the whole query
            sql.append(" AND " + PUBLISHED_AT + " ~ '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])'");
            String published = "left(" + PUBLISHED_AT + ", 10) COLLATE \"C\"";
            if (filters.publishedAfter() != null) {
                sql.append(" AND ").append(published).append(" >= :after");
                params.put("after", filters.publishedAfter().toString());
            }
            if (filters.publishedBefore() != null) {
                sql.append(" AND ").append(published).append(" <= :before");
                params.put("before", filters.publishedBefore().toString());
            }
        }
        if (filters.sourcePrefix() != null) {
            sql.append(" AND starts_with(d.source, :sourcePrefix)");
            params.put("sourcePrefix", filters.sourcePrefix());
        }
        if (!filters.documentIds().isEmpty()) {
            sql.append(" AND c.document_id = ANY(CAST(:documentIds AS bigint[]))");
            params.put("documentIds", filters.documentIds().toArray(Long[]::new));
        }
        sql.append(new Visibility(null, query.principals()).readable("d", params));
        // a few documents' chunks are found by their index and ranked exactly: cheaper than walking the graph for
        // them, and never short of topK
        sql.append(query.exact() || !filters.documentIds().isEmpty() ? BY_SCAN : BY_INDEX);
        params.put("limit", query.limit());
        return jdbc.sql(sql.toString()).params(params);
    }

    /** Runs {@code work} on one connection, in a transaction that sets the query's efSearch when it has one. */
    private <T> T inSession(SearchQuery query, Supplier<T> work) {
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
