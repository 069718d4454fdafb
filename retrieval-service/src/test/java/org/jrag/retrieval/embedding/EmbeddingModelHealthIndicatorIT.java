package org.jrag.retrieval.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.flywaydb.core.Flyway;
import org.jrag.embedding.EmbeddingModelIdentity;
import org.jrag.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The retrieval side of the embedding model record, against real PostgreSQL on a database of its own. */
class EmbeddingModelHealthIndicatorIT {

    private static final EmbeddingModelIdentity SMALL = new EmbeddingModelIdentity("small", 384, "a".repeat(64));
    private static final EmbeddingModelIdentity OTHER = new EmbeddingModelIdentity("other", 384, "c".repeat(64));

    private JdbcClient jdbc;
    private DriverManagerDataSource dataSource;

    @BeforeEach
    void freshDatabase() {
        TestDatabase.Db db = TestDatabase.recreate("jrag_embedding_check_it");
        dataSource = new DriverManagerDataSource(db.url(), db.user(), db.password());
        jdbc = JdbcClient.create(dataSource);
    }

    @Test
    void withoutARecordAnyModelMaySearch() {
        // no schema yet (ingest-service has not migrated it), then no row (it has not recorded its model)
        assertThat(new EmbeddingModelHealthIndicator(jdbc, SMALL).mismatch()).isEmpty();
        migrate();
        assertThat(new EmbeddingModelHealthIndicator(jdbc, SMALL).mismatch()).isEmpty();
    }

    @Test
    void theRecordedModelIsReadyAndAnotherIsRefusedAtStartAndOutOfReadiness() {
        migrate();
        jdbc.sql("INSERT INTO embedding_model (name, dimension, fingerprint) VALUES ('small', 384, ?)")
                .param("a".repeat(64))
                .update();

        var same = new EmbeddingModelHealthIndicator(jdbc, SMALL);
        same.afterPropertiesSet();
        assertThat(same.health().getStatus()).isEqualTo(Status.UP);
        assertThat(same.health().getDetails()).containsEntry("model", "small");

        var other = new EmbeddingModelHealthIndicator(jdbc, OTHER);
        String reason = "the stored chunk vectors were computed by embedding model 'small' (384 dimensions,"
                + " fingerprint aaaaaaaaaaaa...) (as ingest-service recorded), but this service is configured with"
                + " 'other' (384 dimensions, fingerprint cccccccccccc...): its query vectors would not match them."
                + " Configure the same model in both services (rag.embedding.*).";
        assertThatThrownBy(other::afterPropertiesSet).hasMessage(reason);
        assertThat(other.health().getStatus()).isEqualTo(Status.DOWN);
        assertThat(other.health().getDetails()).containsEntry("reason", reason);
    }

    private void migrate() {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }
}
