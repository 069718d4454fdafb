package org.jrag.ingest.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.jrag.embedding.EmbeddingModelIdentity;
import org.jrag.ingest.problem.EmbeddingModelChangedException;
import org.jrag.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/** The embedding model record against real PostgreSQL + pgvector, on a database migrated afresh for each test. */
class StoredEmbeddingModelIT {

    private static final EmbeddingModelIdentity SMALL = new EmbeddingModelIdentity("small", 384, "a".repeat(64));
    private static final EmbeddingModelIdentity BASE = new EmbeddingModelIdentity("base", 768, "b".repeat(64));
    private static final EmbeddingModelIdentity SMALL_MEAN =
            new EmbeddingModelIdentity("small-mean", 384, "c".repeat(64));

    private JdbcClient jdbc;
    private TransactionTemplate transaction;

    @BeforeEach
    void freshDatabase() {
        TestDatabase.Db db = TestDatabase.recreate("jrag_embedding_model_it");
        var dataSource = new DriverManagerDataSource(db.url(), db.user(), db.password());
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        jdbc = JdbcClient.create(dataSource);
        transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    @Test
    void recordsTheFirstModelAndAcceptsItAgain() {
        start(SMALL);
        start(SMALL);

        assertThat(recorded()).containsExactly("small", 384, "a".repeat(64));
    }

    @Test
    void withNoVectorStoredAnotherModelReplacesTheRecordAndTheColumnTakesItsDimension() {
        start(SMALL);

        start(BASE);

        assertThat(recorded()).containsExactly("base", 768, "b".repeat(64));
        assertThat(columnDimension()).isEqualTo(768);
        assertThat(jdbc.sql("SELECT indexdef FROM pg_indexes WHERE indexname = 'chunk_embedding_hnsw'")
                        .query(String.class)
                        .single())
                .contains("USING hnsw (embedding vector_cosine_ops)");
        // and a vector of that dimension can be stored and searched
        storeVector(768);
        assertThat(jdbc.sql("SELECT text FROM chunk ORDER BY embedding <=> CAST(? AS vector) LIMIT 1")
                        .param(vector(768))
                        .query(String.class)
                        .single())
                .isEqualTo("text");
    }

    @Test
    void withVectorsStoredAnotherModelIsRefusedAndNothingChanges() {
        start(SMALL);
        storeVector(384);

        for (EmbeddingModelIdentity other : List.of(SMALL_MEAN, BASE)) {
            assertThatThrownBy(() -> start(other))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("the stored chunk vectors were computed by embedding model 'small' (384"
                            + " dimensions, fingerprint aaaaaaaaaaaa...), but this service is configured with "
                            + other.describe())
                    .hasMessageContaining("DELETE /v1/collections/{name}");
        }
        assertThat(recorded()).containsExactly("small", 384, "a".repeat(64));
        assertThat(columnDimension()).isEqualTo(384);
        start(SMALL);
    }

    @Test
    void vectorsThatPredateTheRecordAreTakenForTheConfiguredModelWhenItsDimensionFits() {
        storeVector(384);

        assertThatThrownBy(() -> start(BASE)).hasMessageContaining("(unrecorded, 384 dimensions)");
        start(SMALL);

        assertThat(recorded()).containsExactly("small", 384, "a".repeat(64));
    }

    @Test
    void anInstanceWhoseModelIsNoLongerTheRecordedOneStoresNoVector() {
        var first = new StoredEmbeddingModel(jdbc, transaction, SMALL);
        first.afterPropertiesSet();
        transaction.executeWithoutResult(status -> first.requireCurrent());

        // another instance starts with another model while no vector is stored, and records it
        start(SMALL_MEAN);

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> first.requireCurrent()))
                .isInstanceOf(EmbeddingModelChangedException.class)
                .hasMessage("the stored vectors are now embedding model 'small-mean' (384 dimensions, fingerprint"
                        + " cccccccccccc...)'s, but this instance embeds with 'small' (384 dimensions, fingerprint"
                        + " aaaaaaaaaaaa...): nothing was stored; restart it with the recorded model"
                        + " (rag.embedding.*)");
    }

    private void start(EmbeddingModelIdentity model) {
        new StoredEmbeddingModel(jdbc, transaction, model).afterPropertiesSet();
    }

    private List<Object> recorded() {
        return jdbc.sql("SELECT name, dimension, fingerprint FROM embedding_model")
                .query((rs, row) -> List.<Object>of(rs.getString(1), rs.getInt(2), rs.getString(3)))
                .single();
    }

    private int columnDimension() {
        return jdbc.sql("SELECT atttypmod FROM pg_attribute WHERE attrelid = 'chunk'::regclass"
                        + " AND attname = 'embedding'")
                .query(Integer.class)
                .single();
    }

    private void storeVector(int dimension) {
        long collection = jdbc.sql("INSERT INTO collection (name) VALUES ('docs') RETURNING id")
                .query(Long.class)
                .single();
        long document = jdbc.sql("""
                        INSERT INTO document (collection_id, media_type, content_hash, content, status)
                        VALUES (?, 'text/plain', repeat('0', 64), 'text', 'READY') RETURNING id
                        """).param(collection).query(Long.class).single();
        jdbc.sql("""
                        INSERT INTO chunk (document_id, collection_id, position, text, start_offset, end_offset,
                                           token_count, embedding)
                        VALUES (?, ?, 0, 'text', 0, 4, 1, CAST(? AS vector))
                        """).param(document).param(collection).param(vector(dimension)).update();
    }

    private static String vector(int dimension) {
        return "[" + String.join(",", Collections.nCopies(dimension, "0.1")) + "]";
    }
}
