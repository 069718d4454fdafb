package org.jrag.ingest.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.jrag.embedding.EmbeddingModelIdentity;
import org.jrag.embedding.TextEmbedder;
import org.jrag.embedding.TextTokenizer;
import org.jrag.ingest.problem.EmbeddingModelChangedException;
import org.jrag.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;
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

    private DriverManagerDataSource dataSource;
    private JdbcClient jdbc;
    private TransactionTemplate transaction;

    @BeforeEach
    void freshDatabase() {
        TestDatabase.Db db = TestDatabase.recreate("jrag_embedding_model_it");
        dataSource = new DriverManagerDataSource(db.url(), db.user(), db.password());
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
        var first = new StoredEmbeddingModel(dataSource, transaction, SMALL, null, false);
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
        new StoredEmbeddingModel(dataSource, transaction, model, null, false).afterPropertiesSet();
    }

    @Test
    void toldToReEmbedItMovesEveryStoredVectorToTheNewModelOutOfReadinessUntilDone() throws InterruptedException {
        // given vectors of the small model, and a parent chunk kept without one
        start(SMALL);
        long first = storeChunk("first chunk", 384);
        long second = storeChunk("the second chunk", 384);
        long parent = storeChunk("a parent kept as context", null);

        // when an instance with the base model (768 dimensions) starts, told to re-embed
        var instance = new StoredEmbeddingModel(dataSource, transaction, BASE, new WordCountEmbedder(768), true);
        instance.afterPropertiesSet();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (instance.health().getStatus() != Status.UP) {
            assertThat(System.nanoTime())
                    .as("%s", instance.health().getDetails())
                    .isLessThan(deadline);
            Thread.sleep(20);
        }

        // then every embedded chunk holds the new model's vector of its text, in a column of its dimension
        assertThat(recorded()).containsExactly("base", 768, "b".repeat(64));
        assertThat(columnDimension()).isEqualTo(768);
        assertThat(instance.health().getDetails()).containsEntry("reEmbedding", "done");
        for (long id : List.of(first, second)) {
            assertThat(holdsVectorOf(id, 768)).as("chunk %d", id).isTrue();
        }
        assertThat(jdbc.sql("SELECT embedding IS NULL FROM chunk WHERE id = ?")
                        .param(parent)
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThat(jdbc.sql("SELECT count(*) FROM pg_attribute WHERE attrelid = 'chunk'::regclass"
                                + " AND attname = 'embedding_next' AND NOT attisdropped")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("""
                        SELECT indisvalid FROM pg_index WHERE indexrelid = 'chunk_embedding_hnsw'::regclass
                        """).query(Boolean.class).single()).isTrue();
        // and it stores vectors again; an instance still on the small model stores none
        transaction.executeWithoutResult(status -> instance.requireCurrent());
        assertThatThrownBy(() -> transaction.executeWithoutResult(status ->
                        new StoredEmbeddingModel(dataSource, transaction, SMALL, null, false).requireCurrent()))
                .isInstanceOf(EmbeddingModelChangedException.class);
    }

    @Test
    void whileItReEmbedsAnInstanceStoresNoVectorAndSaysWhy() throws Exception {
        start(SMALL);
        storeChunk("a chunk", 384);
        try (var holder = dataSource.getConnection();
                var statement = holder.createStatement()) {
            // another instance holds the re-embedding lock, so this one waits
            statement.execute("SELECT pg_advisory_lock(" + StoredEmbeddingModel.RE_EMBED_LOCK + ")");
            var instance = new StoredEmbeddingModel(dataSource, transaction, BASE, new WordCountEmbedder(768), true);
            instance.afterPropertiesSet();

            assertThat(instance.health().getStatus()).isEqualTo(Status.DOWN);
            assertThatThrownBy(() -> transaction.executeWithoutResult(status -> instance.requireCurrent()))
                    .isInstanceOf(EmbeddingModelChangedException.class)
                    .hasMessage("this instance is re-embedding the stored vectors with 'base' (768 dimensions,"
                            + " fingerprint bbbbbbbbbbbb...) (waiting for the re-embedding lock) and stores none until"
                            + " it is done: nothing was stored; send the upload again later, or to an instance still"
                            + " on the recorded model");
            statement.execute("SELECT pg_advisory_unlock(" + StoredEmbeddingModel.RE_EMBED_LOCK + ")");

            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (instance.health().getStatus() != Status.UP) {
                assertThat(System.nanoTime())
                        .as("%s", instance.health().getDetails())
                        .isLessThan(deadline);
                Thread.sleep(20);
            }
            transaction.executeWithoutResult(status -> instance.requireCurrent());
        }
    }

    @Test
    void theSwapEmbedsWhatOthersStoredMeanwhileAndARunForTheSameModelResumes() {
        start(SMALL);
        long early = storeChunk("stored before the re-embedding", 384);
        var reEmbedding = new ReEmbedding(jdbc, transaction, new WordCountEmbedder(768), BASE);
        reEmbedding.prepare();
        reEmbedding.fill(done -> {});

        // an instance still on the small model stores a chunk after the fill
        long late = storeChunk("stored by an instance still on the old model", 384);
        // a second run for the same model keeps what the first one filled
        jdbc.sql("UPDATE chunk SET embedding_next = CAST(? AS vector) WHERE id = ?")
                .param(vector(768))
                .param(early)
                .update();
        reEmbedding.prepare();
        assertThat(jdbc.sql("SELECT embedding_next = CAST(? AS vector) FROM chunk WHERE id = ?")
                        .param(vector(768))
                        .param(early)
                        .query(Boolean.class)
                        .single())
                .isTrue();
        reEmbedding.fill(done -> {});
        reEmbedding.swap();
        reEmbedding.index();

        assertThat(holdsVectorOf(late, 768)).isTrue();
        assertThat(recorded()).containsExactly("base", 768, "b".repeat(64));
    }

    /** Whether the chunk holds {@link WordCountEmbedder}'s vector of its text. */
    private boolean holdsVectorOf(long id, int dimension) {
        String text = jdbc.sql("SELECT text FROM chunk WHERE id = ?")
                .param(id)
                .query(String.class)
                .single();
        float[] expected =
                new WordCountEmbedder(dimension).embedPassages(List.of(text)).getFirst();
        return jdbc.sql("SELECT embedding = CAST(? AS vector) FROM chunk WHERE id = ?")
                .param(java.util.Arrays.toString(expected).replace(" ", ""))
                .param(id)
                .query(Boolean.class)
                .single();
    }

    /** A stand-in model: a text's vector is its word count in every dimension but the first, which is 1. */
    private record WordCountEmbedder(int dimension) implements TextEmbedder {

        @Override
        public String modelName() {
            return "words";
        }

        @Override
        public float[] embedQuery(String query) {
            return embedPassages(List.of(query)).getFirst();
        }

        @Override
        public List<float[]> embedPassages(List<String> passages) {
            return passages.stream()
                    .map(text -> {
                        float[] vector = new float[dimension];
                        java.util.Arrays.fill(vector, text.split(" ").length);
                        vector[0] = 1;
                        return vector;
                    })
                    .toList();
        }

        @Override
        public TextTokenizer tokenizer() {
            throw new UnsupportedOperationException("not needed to re-embed");
        }

        @Override
        public void close() {}
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
        storeChunk("text", dimension);
    }

    /** Stores a chunk (with a vector of that dimension, or none) in collection docs; returns its id. */
    private long storeChunk(String text, Integer dimension) {
        jdbc.sql("INSERT INTO collection (name) VALUES ('docs') ON CONFLICT (name) DO NOTHING")
                .update();
        long collection = jdbc.sql("SELECT id FROM collection WHERE name = 'docs'")
                .query(Long.class)
                .single();
        long document = jdbc.sql("""
                        INSERT INTO document (collection_id, media_type, content_hash, content, status)
                        VALUES (?, 'text/plain', md5(?) || md5(?), ?, 'READY') RETURNING id
                        """)
                .param(collection)
                .param(text)
                .param(text + "!")
                .param(text)
                .query(Long.class)
                .single();
        return jdbc.sql("""
                        INSERT INTO chunk (document_id, collection_id, position, text, start_offset, end_offset,
                                           token_count, embedding)
                        VALUES (?, ?, 0, ?, 0, ?, 1, CAST(? AS vector)) RETURNING id
                        """)
                .param(document)
                .param(collection)
                .param(text)
                .param(text.length())
                .param(dimension == null ? null : vector(dimension))
                .query(Long.class)
                .single();
    }

    private static String vector(int dimension) {
        return "[" + String.join(",", Collections.nCopies(dimension, "0.1")) + "]";
    }
}
