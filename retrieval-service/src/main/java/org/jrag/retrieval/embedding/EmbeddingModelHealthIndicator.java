package org.jrag.retrieval.embedding;

import java.util.Optional;
import org.jrag.embedding.EmbeddingModelIdentity;
import org.jrag.embedding.OnnxTextEmbedder;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whether this service's embedding model is the one the stored vectors came from ({@code embedding_model}, which
 * ingest-service records): query vectors of another model would rank the chunks at random. A mismatch at start-up
 * stops the service; one that arises later (ingest-service recorded another model once no vector was left) takes it
 * out of readiness ({@code embeddingModel} in the readiness group). No record yet (no ingest-service has started on
 * the database) is no mismatch.
 */
@Component
public class EmbeddingModelHealthIndicator implements HealthIndicator, InitializingBean {

    private final JdbcClient jdbc;
    private final EmbeddingModelIdentity configured;

    @Autowired
    EmbeddingModelHealthIndicator(JdbcClient jdbc, OnnxTextEmbedder embedder) {
        this(jdbc, EmbeddingModelIdentity.of(embedder));
    }

    EmbeddingModelHealthIndicator(JdbcClient jdbc, EmbeddingModelIdentity configured) {
        this.jdbc = jdbc;
        this.configured = configured;
    }

    @Override
    public void afterPropertiesSet() {
        mismatch().ifPresent(reason -> {
            throw new IllegalStateException(reason);
        });
    }

    @Override
    public Health health() {
        Optional<String> mismatch = mismatch();
        return mismatch.isPresent()
                ? Health.down().withDetail("reason", mismatch.get()).build()
                : Health.up()
                        .withDetail("model", configured.name())
                        .withDetail("dimension", configured.dimension())
                        .build();
    }

    /** Why this service may not search the stored vectors, if it may not. */
    Optional<String> mismatch() {
        boolean table = jdbc.sql("SELECT to_regclass('embedding_model') IS NOT NULL")
                .query(Boolean.class)
                .single();
        if (!table) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT name, dimension, fingerprint FROM embedding_model")
                .query((rs, row) -> new EmbeddingModelIdentity(
                        rs.getString("name"), rs.getInt("dimension"), rs.getString("fingerprint")))
                .optional()
                .filter(recorded -> !recorded.fingerprint().equals(configured.fingerprint()))
                .map(recorded -> "the stored chunk vectors were computed by embedding model " + recorded.describe()
                        + " (as ingest-service recorded), but this service is configured with "
                        + configured.describe() + ": its query vectors would not match them. Configure the same model"
                        + " in both services (rag.embedding.*).");
    }
}
