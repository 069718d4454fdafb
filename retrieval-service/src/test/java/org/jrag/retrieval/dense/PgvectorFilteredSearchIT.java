package org.jrag.retrieval.dense;

import static org.assertj.core.api.Assertions.assertThat;

import com.pgvector.PGvector;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jrag.retrieval.search.ScoredChunk;
import org.jrag.retrieval.search.SearchFilters;
import org.jrag.retrieval.search.SearchQuery;
import org.jrag.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Filtered HNSW search keeps its recall: 4,000 random chunks, 20 of them tagged "rare" (0.5%). An HNSW scan stops
 * after {@code ef_search} = 100 neighbours, so filtering after it (iterative scan off) keeps about 0.5 of them; with
 * {@code hnsw.iterative_scan = relaxed_order}, as the service's connections have it, the scan goes on until topK
 * chunks pass the filter. Random 384-d vectors are generated in SQL (no embedding model needed). Own database.
 */
class PgvectorFilteredSearchIT {

    private static final int DOCUMENTS = 40;
    private static final int CHUNKS_PER_DOCUMENT = 100;
    private static final int TOP_K = 10;
    private static final String SERVICE_INIT_SQL =
            "SET hnsw.ef_search = 100; SET hnsw.iterative_scan = relaxed_order; SET hnsw.max_scan_tuples = 20000";

    private static HikariDataSource iterative;
    private static HikariDataSource postFilter;
    private static JdbcClient jdbc;

    @BeforeAll
    static void seed() {
        var db = TestDatabase.recreate("jrag_retrieval_filtered_scan");
        Flyway.configure()
                .dataSource(db.url(), db.user(), db.password())
                .locations("classpath:db/migration")
                .load()
                .migrate();
        iterative = dataSource(db, SERVICE_INIT_SQL);
        postFilter = dataSource(db, "SET hnsw.ef_search = 100; SET hnsw.iterative_scan = off");
        jdbc = JdbcClient.create(iterative);
        jdbc.sql("INSERT INTO collection (name) VALUES ('random')").update();
        // one document (the 7th) published in 2024 and synced from the folder handbook/hr/, the rest in 2019 from
        // handbook/it/; every 200th chunk tagged "rare"
        jdbc.sql("""
                        INSERT INTO document (collection_id, source, title, media_type, content_hash, content, status,
                                              metadata)
                        SELECT 1, 'handbook/' || CASE WHEN d = 7 THEN 'hr/' ELSE 'it/' END || d || '.md', 'doc ' || d,
                               'text/plain', encode(sha256(d::text::bytea), 'hex'), 'x', 'READY',
                               jsonb_build_object('published_at', CASE WHEN d = 7 THEN '2024-05-01' ELSE '2019-05-01' END)
                        FROM generate_series(1, ?) d""").param(DOCUMENTS).update();
        // a bulk build of the HNSW graph after the rows are in is much faster than 4,000 inserts into it
        jdbc.sql("DROP INDEX chunk_embedding_hnsw").update();
        jdbc.sql("""
                        INSERT INTO chunk (document_id, collection_id, position, text, start_offset, end_offset,
                                           token_count, metadata, embedding)
                        SELECT d, 1, p, 'chunk', 0, 1, 1,
                               CASE WHEN ((d - 1) * ? + p) % 200 = 0 THEN '{"tags":["rare","random"]}'::jsonb
                                    ELSE '{"tags":["random"]}'::jsonb END,
                               (SELECT array_agg(random() - 0.5)::vector(384) FROM generate_series(1, 384) WHERE d + p > 0)
                        FROM generate_series(1, ?) d, generate_series(0, ? - 1) p""")
                .param(CHUNKS_PER_DOCUMENT)
                .param(DOCUMENTS)
                .param(CHUNKS_PER_DOCUMENT)
                .update();
        jdbc.sql("CREATE INDEX chunk_embedding_hnsw ON chunk USING hnsw (embedding vector_cosine_ops)"
                        + " WITH (m = 16, ef_construction = 64)")
                .update();
        jdbc.sql("ANALYZE chunk").update();
        jdbc.sql("ANALYZE document").update();
    }

    @AfterAll
    static void close() {
        iterative.close();
        postFilter.close();
    }

    @Test
    void aVerySelectiveTagFilterStillReturnsTopKWhereAPostFilterFallsShort() {
        // given a random query vector and the 20 rare chunks
        float[] query = randomUnitVector();
        var filters = new SearchFilters(Set.of("rare"), null, null);

        // when
        List<ScoredChunk> withIterativeScan = retriever(iterative).retrieve(search(query, filters));
        List<ScoredChunk> postFiltered = retriever(postFilter).retrieve(search(query, filters));

        // then the iterative scan fills topK with rare chunks, the plain post-filter does not
        assertThat(withIterativeScan).hasSize(TOP_K);
        assertThat(withIterativeScan)
                .allSatisfy(hit -> assertThat(tagsOf(hit.chunkId())).contains("rare"));
        assertThat(postFiltered.size()).isLessThan(TOP_K);
        // and the results are (nearly) the exact nearest rare chunks, best first
        assertThat(recall(withIterativeScan, exactRare(query))).isGreaterThanOrEqualTo(0.9);
        assertThat(withIterativeScan)
                .extracting(ScoredChunk::score)
                .isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void aDateRangeReadFromTheDocumentMetadataFiltersToItsChunks() {
        // given only document 7 is published after 2024-01-01
        var filters = new SearchFilters(Set.of(), LocalDate.parse("2024-01-01"), null);

        List<ScoredChunk> hits = retriever(iterative).retrieve(search(randomUnitVector(), filters));

        assertThat(hits).hasSize(TOP_K);
        assertThat(hits).allSatisfy(hit -> assertThat(documentOf(hit.chunkId())).isEqualTo(7L));
        // an inclusive upper bound before any publication date matches nothing
        var none = new SearchFilters(Set.of(), null, LocalDate.parse("2019-04-30"));
        assertThat(retriever(iterative).retrieve(search(randomUnitVector(), none)))
                .isEmpty();
    }

    @Test
    void aSourcePrefixFiltersToTheDocumentsOfThatFolder() {
        var hr = new SearchFilters(Set.of(), null, null, "handbook/hr/");

        List<ScoredChunk> hits = retriever(iterative).retrieve(search(randomUnitVector(), hr));

        assertThat(hits).hasSize(TOP_K);
        assertThat(hits).allSatisfy(hit -> assertThat(documentOf(hit.chunkId())).isEqualTo(7L));
        assertThat(retriever(iterative)
                        .retrieve(search(randomUnitVector(), new SearchFilters(Set.of(), null, null, "handbook/")))
                        .size())
                .isEqualTo(TOP_K);
        assertThat(retriever(iterative)
                        .retrieve(search(randomUnitVector(), new SearchFilters(Set.of(), null, null, "wiki/"))))
                .isEmpty();
    }

    @Test
    void documentIdsNarrowTheSearchToTheirChunksRankedExactly() {
        float[] query = randomUnitVector();
        var two = new SearchFilters(Set.of(), null, null, null, Set.of(3L, 9L));

        List<ScoredChunk> hits = retriever(iterative).retrieve(search(query, two));

        assertThat(hits).hasSize(TOP_K);
        assertThat(hits).allSatisfy(hit -> assertThat(documentOf(hit.chunkId())).isIn(3L, 9L));
        assertThat(hits)
                .extracting(ScoredChunk::chunkId)
                .containsExactlyElementsOf(jdbc.sql("""
                                SELECT id FROM chunk WHERE document_id IN (3, 9)
                                ORDER BY (embedding <=> :v) + 0 LIMIT :k""")
                        .param("v", new PGvector(query))
                        .param("k", TOP_K)
                        .query(Long.class)
                        .list());
    }

    private static SearchQuery search(float[] vector, SearchFilters filters) {
        return new SearchQuery("random", vector, List.of(1L), TOP_K, filters);
    }

    private static List<Long> exactRare(float[] query) {
        // "+ 0" makes the order an expression the HNSW index cannot serve: an exact scan
        return jdbc.sql("""
                        SELECT id FROM chunk WHERE metadata -> 'tags' @> '["rare"]'
                        ORDER BY (embedding <=> :v) + 0 LIMIT :k""")
                .param("v", new PGvector(query))
                .param("k", TOP_K)
                .query(Long.class)
                .list();
    }

    private static double recall(List<ScoredChunk> found, List<Long> exact) {
        Set<Long> truth = new HashSet<>(exact);
        return found.stream().filter(hit -> truth.contains(hit.chunkId())).count() / (double) exact.size();
    }

    private static String tagsOf(long chunkId) {
        return jdbc.sql("SELECT metadata ->> 'tags' FROM chunk WHERE id = ?")
                .param(chunkId)
                .query(String.class)
                .single();
    }

    private static long documentOf(long chunkId) {
        return jdbc.sql("SELECT document_id FROM chunk WHERE id = ?")
                .param(chunkId)
                .query(Long.class)
                .single();
    }

    private static float[] randomUnitVector() {
        var random = new Random(42);
        float[] v = new float[384];
        double norm = 0;
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) (random.nextDouble() - 0.5);
            norm += v[i] * v[i];
        }
        for (int i = 0; i < v.length; i++) {
            v[i] /= (float) Math.sqrt(norm);
        }
        return v;
    }

    private static HikariDataSource dataSource(TestDatabase.Db db, String initSql) {
        var config = new HikariConfig();
        config.setJdbcUrl(db.url());
        config.setUsername(db.user());
        config.setPassword(db.password());
        config.setMaximumPoolSize(2);
        config.setConnectionInitSql(initSql);
        return new HikariDataSource(config);
    }

    private static PgvectorChunkRetriever retriever(DataSource dataSource) {
        return new PgvectorChunkRetriever(
                JdbcClient.create(dataSource), new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
    }
}
