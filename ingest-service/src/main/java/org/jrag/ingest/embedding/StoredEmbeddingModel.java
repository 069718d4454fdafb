package org.jrag.ingest.embedding;

import java.util.Optional;
import org.jrag.embedding.EmbeddingModelIdentity;
import org.jrag.embedding.OnnxTextEmbedder;
import org.jrag.ingest.problem.EmbeddingModelChangedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps {@code embedding_model} true to the stored vectors. At start-up, once Flyway has migrated: with no vector
 * stored, the configured model becomes the recorded one (the vector column re-typed to its dimension, the HNSW index
 * rebuilt empty); with vectors, the configured model must be the recorded one, else the service refuses to start and
 * says how to get going again. A database whose vectors predate the record gets the configured model recorded, when
 * its dimension fits the column.
 */
@Component
public class StoredEmbeddingModel implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(StoredEmbeddingModel.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final EmbeddingModelIdentity configured;

    @Autowired
    StoredEmbeddingModel(JdbcClient jdbc, TransactionTemplate transaction, OnnxTextEmbedder embedder) {
        this(jdbc, transaction, EmbeddingModelIdentity.of(embedder));
    }

    StoredEmbeddingModel(JdbcClient jdbc, TransactionTemplate transaction, EmbeddingModelIdentity configured) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.configured = configured;
    }

    @Override
    public void afterPropertiesSet() {
        transaction.executeWithoutResult(status -> reconcile());
    }

    /**
     * Fails unless the recorded model is still this instance's, inside the transaction that stores vectors, before it
     * stores any: the row stays share-locked until it commits, so another instance that records its model (which
     * takes the table exclusively) either waits for these vectors, and then finds them, or has recorded first, and
     * these are refused.
     */
    public void requireCurrent() {
        jdbc.sql("SELECT name, dimension, fingerprint FROM embedding_model FOR SHARE")
                .query((rs, row) -> new EmbeddingModelIdentity(
                        rs.getString("name"), rs.getInt("dimension"), rs.getString("fingerprint")))
                .optional()
                .filter(recorded -> !recorded.fingerprint().equals(configured.fingerprint()))
                .ifPresent(recorded -> {
                    throw new EmbeddingModelChangedException(recorded.describe(), configured.describe());
                });
    }

    /** Records or checks the configured model, in the caller's transaction (instances starting at once queue up). */
    void reconcile() {
        jdbc.sql("LOCK TABLE embedding_model IN EXCLUSIVE MODE").update();
        Optional<EmbeddingModelIdentity> recorded = jdbc.sql("SELECT name, dimension, fingerprint FROM embedding_model")
                .query((rs, row) -> new EmbeddingModelIdentity(
                        rs.getString("name"), rs.getInt("dimension"), rs.getString("fingerprint")))
                .optional();
        if (recorded.isPresent() && recorded.get().fingerprint().equals(configured.fingerprint())) {
            return;
        }
        boolean vectors = jdbc.sql("SELECT EXISTS (SELECT 1 FROM chunk WHERE embedding IS NOT NULL)")
                .query(Boolean.class)
                .single();
        int column = jdbc.sql("""
                        SELECT atttypmod FROM pg_attribute
                        WHERE attrelid = 'chunk'::regclass AND attname = 'embedding'
                        """).query(Integer.class).single();
        if (vectors && (recorded.isPresent() || column != configured.dimension())) {
            throw new IllegalStateException("the stored chunk vectors were computed by embedding model "
                    + recorded.map(EmbeddingModelIdentity::describe).orElse("(unrecorded, " + column + " dimensions)")
                    + ", but this service is configured with " + configured.describe()
                    + ": vectors of two models are not comparable. Configure that model again (rag.embedding.*, the"
                    + " same in ingest-service and retrieval-service), or delete the collections (DELETE"
                    + " /v1/collections/{name}) and ingest their documents again with the new one.");
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
    }
}
