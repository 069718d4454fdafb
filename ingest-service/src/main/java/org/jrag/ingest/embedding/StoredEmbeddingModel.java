package org.jrag.ingest.embedding;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import javax.sql.DataSource;
import org.jrag.embedding.EmbeddingModelIdentity;
import org.jrag.embedding.OnnxTextEmbedder;
import org.jrag.embedding.TextEmbedder;
import org.jrag.ingest.problem.EmbeddingModelChangedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps {@code embedding_model} true to the stored vectors. At start-up, once Flyway has migrated: with no vector
 * stored, the configured model becomes the recorded one (the vector column re-typed to its dimension, the HNSW index
 * rebuilt empty); with vectors, the configured model must be the recorded one, else the service refuses to start and
 * says how to get going again, unless told to re-embed them ({@code rag.embedding.re-embed}): then the service starts
 * out of readiness and moves the vectors to its model in the background ({@link ReEmbedding}), one instance at a time.
 * A database whose vectors predate the record gets the configured model recorded, when its dimension fits the column.
 * As the {@code embeddingModel} health indicator (in the readiness group) it reports a re-embedding's progress.
 */
@Component("embeddingModel")
public class StoredEmbeddingModel implements InitializingBean, HealthIndicator {

    /** The advisory lock of the instance that re-embeds (the others wait, then find it done). */
    static final long RE_EMBED_LOCK = 7262639L;

    private static final Logger log = LoggerFactory.getLogger(StoredEmbeddingModel.class);

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final EmbeddingModelIdentity configured;
    private final TextEmbedder embedder;
    private final boolean reEmbed;
    /** What a re-embedding in the background has to say; null when none runs or ran. */
    private volatile String reEmbedding;

    private volatile boolean reEmbedded = true;

    @Autowired
    StoredEmbeddingModel(
            DataSource dataSource,
            TransactionTemplate transaction,
            OnnxTextEmbedder embedder,
            EmbeddingProperties properties) {
        this(dataSource, transaction, EmbeddingModelIdentity.of(embedder), embedder, properties.reEmbed());
    }

    /**
     * @param embedder the configured model, which re-embeds; may be null when {@code reEmbed} is false
     * @param reEmbed whether stored vectors of another model are moved to this one instead of refused
     */
    StoredEmbeddingModel(
            DataSource dataSource,
            TransactionTemplate transaction,
            EmbeddingModelIdentity configured,
            TextEmbedder embedder,
            boolean reEmbed) {
        this.dataSource = dataSource;
        this.jdbc = JdbcClient.create(dataSource);
        this.transaction = transaction;
        this.configured = configured;
        this.embedder = embedder;
        this.reEmbed = reEmbed;
    }

    @Override
    public void afterPropertiesSet() {
        if (Boolean.TRUE.equals(transaction.execute(status -> reconcile()))) {
            reEmbedded = false;
            reEmbedding = "waiting for the re-embedding lock";
            Thread.ofVirtual().name("re-embedding").start(this::reEmbedInBackground);
        }
    }

    @Override
    public Health health() {
        String state = reEmbedding;
        Health.Builder health = reEmbedded ? Health.up() : Health.down();
        health.withDetail("model", configured.name()).withDetail("dimension", configured.dimension());
        return state == null
                ? health.build()
                : health.withDetail("reEmbedding", state).build();
    }

    /** Moves the vectors to this instance's model, unless another instance did while this one waited for the lock. */
    void reEmbedInBackground() {
        try (Connection lock = dataSource.getConnection();
                Statement statement = lock.createStatement()) {
            statement.execute("SELECT pg_advisory_lock(" + RE_EMBED_LOCK + ")");
            try {
                boolean done = recorded("")
                        .filter(recorded -> recorded.fingerprint().equals(configured.fingerprint()))
                        .isPresent();
                if (!done) {
                    long total = jdbc.sql("SELECT count(*) FROM chunk WHERE embedding IS NOT NULL")
                            .query(Long.class)
                            .single();
                    log.info("Re-embedding {} chunks with {}", total, configured.describe());
                    new ReEmbedding(jdbc, transaction, embedder, configured)
                            .run(count -> reEmbedding = count + " of " + total + " chunks re-embedded");
                }
                reEmbedding = "done";
                reEmbedded = true;
            } finally {
                statement.execute("SELECT pg_advisory_unlock(" + RE_EMBED_LOCK + ")");
            }
        } catch (SQLException | RuntimeException e) {
            reEmbedding = "failed: " + e.getMessage() + " (restart the service to resume)";
            log.error("Re-embedding with {} failed; a restart resumes it", configured.describe(), e);
        }
    }

    /**
     * Fails unless the recorded model is still this instance's, inside the transaction that stores vectors, before it
     * stores any: the row stays share-locked until it commits, so another instance that records its model (which
     * takes the table exclusively) either waits for these vectors, and then finds them, or has recorded first, and
     * these are refused.
     */
    public void requireCurrent() {
        if (!reEmbedded) {
            throw EmbeddingModelChangedException.reEmbedding(configured.describe(), reEmbedding);
        }
        recorded(" FOR SHARE")
                .filter(recorded -> !recorded.fingerprint().equals(configured.fingerprint()))
                .ifPresent(recorded -> {
                    throw EmbeddingModelChangedException.recorded(recorded.describe(), configured.describe());
                });
    }

    /** The recorded model, if there is one; {@code lock} is the row lock clause to read it under, if any. */
    private Optional<EmbeddingModelIdentity> recorded(String lock) {
        return jdbc.sql("SELECT name, dimension, fingerprint FROM embedding_model" + lock)
                .query((rs, row) -> new EmbeddingModelIdentity(
                        rs.getString("name"), rs.getInt("dimension"), rs.getString("fingerprint")))
                .optional();
    }

    /**
     * Records or checks the configured model, in the caller's transaction (instances starting at once queue up).
     *
     * @return whether the stored vectors are to be re-embedded with the configured model
     */
    boolean reconcile() {
        jdbc.sql("LOCK TABLE embedding_model IN EXCLUSIVE MODE").update();
        Optional<EmbeddingModelIdentity> recorded = recorded("");
        if (recorded.isPresent() && recorded.get().fingerprint().equals(configured.fingerprint())) {
            return false;
        }
        boolean vectors = jdbc.sql("SELECT EXISTS (SELECT 1 FROM chunk WHERE embedding IS NOT NULL)")
                .query(Boolean.class)
                .single();
        int column = jdbc.sql("""
                        SELECT atttypmod FROM pg_attribute
                        WHERE attrelid = 'chunk'::regclass AND attname = 'embedding'
                        """).query(Integer.class).single();
        if (vectors && recorded.isPresent() && reEmbed) {
            log.warn(
                    "The stored vectors are {}'s: re-embedding them with {} (rag.embedding.re-embed)",
                    recorded.get().describe(),
                    configured.describe());
            return true;
        }
        if (vectors && (recorded.isPresent() || column != configured.dimension())) {
            throw new IllegalStateException("the stored chunk vectors were computed by embedding model "
                    + recorded.map(EmbeddingModelIdentity::describe).orElse("(unrecorded, " + column + " dimensions)")
                    + ", but this service is configured with " + configured.describe()
                    + ": vectors of two models are not comparable. Configure that model again (rag.embedding.*, the"
                    + " same in ingest-service and retrieval-service), or delete the collections (DELETE"
                    + " /v1/collections/{name}) and ingest their documents again with the new one, or let this"
                    + " service re-embed the stored chunks with it (RAG_EMBEDDING_REEMBED=true).");
        }
        if (column != configured.dimension()) {
            // no vector stored: the column takes the new model's dimension, and its index is built anew
            jdbc.sql("DROP INDEX IF EXISTS chunk_embedding_hnsw").update();
            jdbc.sql("ALTER TABLE chunk ALTER COLUMN embedding TYPE vector(" + configured.dimension() + ")")
                    .update();
            jdbc.sql("CREATE INDEX chunk_embedding_hnsw ON chunk USING hnsw (embedding vector_cosine_ops)"
                            + " WITH (m = 16, ef_construction = 64)")
                    .update();
            log.info(
                    "Vector column re-typed from {} to {} dimensions for {}",
                    column,
                    configured.dimension(),
                    configured.describe());
        }
        jdbc.sql("""
                        INSERT INTO embedding_model (name, dimension, fingerprint) VALUES (:name, :dimension, :fingerprint)
                        ON CONFLICT (singleton) DO UPDATE
                        SET name = excluded.name, dimension = excluded.dimension, fingerprint = excluded.fingerprint,
                            recorded_at = now()
                        """)
                .param("name", configured.name())
                .param("dimension", configured.dimension())
                .param("fingerprint", configured.fingerprint())
                .update();
        if (vectors) {
            log.warn(
                    "The stored vectors predate the embedding model record: recorded {}, assuming they are its",
                    configured.describe());
        } else {
            log.info(
                    "Embedding model recorded: {}{}",
                    configured.describe(),
                    recorded.map(previous -> ", replacing " + previous.describe() + " (no vector was stored)")
                            .orElse(""));
        }
        return false;
    }
}
