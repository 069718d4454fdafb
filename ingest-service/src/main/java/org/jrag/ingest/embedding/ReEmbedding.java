package org.jrag.ingest.embedding;

import com.pgvector.PGvector;
import java.util.List;
import java.util.function.LongConsumer;
import org.jrag.embedding.EmbeddingModelIdentity;
import org.jrag.embedding.TextEmbedder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves the stored vectors to another embedding model without taking search or ingest down: every embedded chunk's
 * text is embedded again into a column beside the live one ({@code embedding_next}, which notes the model it is
 * being filled for, so an interrupted run resumes), then one short transaction blocks writers, embeds what other
 * instances stored meanwhile, swaps the columns and records the new model; the HNSW index is then built anew without
 * blocking anyone. Until the swap the old model stays recorded, so instances still on it keep ingesting (and their
 * chunks are caught up in the swap); after it they store nothing, and retrieval-service instances on the old model
 * leave readiness until they are started with the new one.
 */
final class ReEmbedding {

    /** Chunks embedded and written per round trip. */
    static final int BATCH = 64;

    private static final Logger log = LoggerFactory.getLogger(ReEmbedding.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final TextEmbedder embedder;
    private final EmbeddingModelIdentity target;

    ReEmbedding(
            JdbcClient jdbc, TransactionTemplate transaction, TextEmbedder embedder, EmbeddingModelIdentity target) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.embedder = embedder;
        this.target = target;
    }

    /** The whole move, telling {@code progress} how many chunks are done after each batch. */
    void run(LongConsumer progress) {
        prepare();
        long done = fill(progress);
        swap();
        index();
        log.info("Re-embedded {} chunks with {}", done, target.describe());
    }

    /** The next column, kept when an earlier run filled it for the same model, else made afresh. */
    void prepare() {
        String filledFor = jdbc.sql("""
                        SELECT col_description('chunk'::regclass, attnum) FROM pg_attribute
                        WHERE attrelid = 'chunk'::regclass AND attname = 'embedding_next' AND NOT attisdropped
                        """).query(String.class).optional().orElse(null);
        if (target.fingerprint().equals(filledFor)) {
            log.info("Resuming the re-embedding with {}", target.describe());
            return;
        }
        jdbc.sql("ALTER TABLE chunk DROP COLUMN IF EXISTS embedding_next").update();
        jdbc.sql("ALTER TABLE chunk ADD COLUMN embedding_next vector(" + target.dimension() + ")")
                .update();
        jdbc.sql("COMMENT ON COLUMN chunk.embedding_next IS '" + target.fingerprint() + "'")
                .update();
    }

    /** Embeds every embedded chunk that has no next vector yet, a batch at a time; returns how many. */
    long fill(LongConsumer progress) {
        long done = 0;
        for (int n; (n = fillBatch()) > 0; ) {
            done += n;
            progress.accept(done);
        }
        return done;
    }

    private int fillBatch() {
        record Text(long id, String text) {}
        List<Text> texts = jdbc.sql("""
                        SELECT id, text FROM chunk WHERE embedding IS NOT NULL AND embedding_next IS NULL
                        ORDER BY id LIMIT :batch
                        """)
                .param("batch", BATCH)
                .query((rs, row) -> new Text(rs.getLong("id"), rs.getString("text")))
                .list();
        if (texts.isEmpty()) {
            return 0;
        }
        List<float[]> vectors =
                embedder.embedPassages(texts.stream().map(Text::text).toList());
        for (int i = 0; i < texts.size(); i++) {
            jdbc.sql("UPDATE chunk SET embedding_next = :vector WHERE id = :id")
                    .param("vector", new PGvector(vectors.get(i)))
                    .param("id", texts.get(i).id())
                    .update();
        }
        return texts.size();
    }

    /** Blocks writers, catches up, swaps the columns and records the model, in one transaction. */
    void swap() {
        transaction.executeWithoutResult(status -> {
            jdbc.sql("LOCK TABLE chunk IN SHARE ROW EXCLUSIVE MODE").update();
            fill(done -> {});
            jdbc.sql("DROP INDEX IF EXISTS chunk_embedding_hnsw").update();
            jdbc.sql("ALTER TABLE chunk DROP COLUMN embedding").update();
            jdbc.sql("ALTER TABLE chunk RENAME COLUMN embedding_next TO embedding")
                    .update();
            jdbc.sql("COMMENT ON COLUMN chunk.embedding IS NULL").update();
            jdbc.sql("""
                            UPDATE embedding_model
                            SET name = :name, dimension = :dimension, fingerprint = :fingerprint, recorded_at = now()
                            """)
                    .param("name", target.name())
                    .param("dimension", target.dimension())
                    .param("fingerprint", target.fingerprint())
                    .update();
        });
    }

    /** Builds the HNSW index on the new vectors while searches and writes go on. */
    void index() {
        jdbc.sql("CREATE INDEX CONCURRENTLY IF NOT EXISTS chunk_embedding_hnsw ON chunk"
                        + " USING hnsw (embedding vector_cosine_ops) WITH (m = 16, ef_construction = 64)")
                .update();
    }
}
