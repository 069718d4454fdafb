package org.jrag.retrieval.dense;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the chunk embeddings' HNSW index built with the configured {@code m} and {@code ef_construction}. The
 * parameters the index has are read from {@code pg_class.reloptions}; a rebuild sets the new ones with
 * {@code ALTER INDEX ... SET} and rebuilds with {@code REINDEX INDEX CONCURRENTLY}, so searches and ingest go on
 * against the old graph until the new one replaces it. A session advisory lock lets one rebuild run at a time across
 * instances. At start-up a differing index is rebuilt on a background thread (if so configured), so the service
 * starts serving at once.
 */
@Component
public class HnswIndex {

    /** The index the schema migration creates on {@code chunk.embedding}. */
    static final String NAME = "chunk_embedding_hnsw";

    /** The advisory lock a rebuild holds (the contract's numbers go on from the change-log writers' 7262636). */
    static final long REBUILD_LOCK = 7262638L;

    private static final Logger log = LoggerFactory.getLogger(HnswIndex.class);

    private final JdbcTemplate jdbc;
    private final HnswIndexProperties properties;

    HnswIndex(JdbcTemplate jdbc, HnswIndexProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** The parameters the index was built with; empty when it does not exist (the schema is not migrated yet). */
    public Optional<HnswParameters> built() {
        List<List<String>> found = jdbc.query("""
                SELECT c.reloptions FROM pg_class c
                WHERE c.relname = ? AND c.relkind = 'i' AND c.relnamespace = to_regnamespace(current_schema())
                """, (rs, row) -> reloptions(rs), NAME);
        return found.stream().findFirst().map(HnswParameters::fromReloptions);
    }

    private static List<String> reloptions(ResultSet rs) throws java.sql.SQLException {
        Array array = rs.getArray(1);
        return array == null ? null : Arrays.asList((String[]) array.getArray());
    }

    public HnswIndexStatus status() {
        return new HnswIndexStatus(NAME, built().orElse(null), properties.parameters(), false);
    }

    /**
     * Rebuilds the index with the configured parameters when it was built with others; returns what it has now.
     *
     * @throws HnswRebuildRunningException when another rebuild holds the lock
     */
    public HnswIndexStatus rebuildIfChanged() {
        HnswParameters wanted = properties.parameters();
        Boolean rebuilt = jdbc.execute((ConnectionCallback<Boolean>) connection -> {
            // REINDEX CONCURRENTLY cannot run inside a transaction block
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                try (ResultSet locked = statement.executeQuery("SELECT pg_try_advisory_lock(" + REBUILD_LOCK + ")")) {
                    locked.next();
                    if (!locked.getBoolean(1)) {
                        throw new HnswRebuildRunningException(NAME);
                    }
                }
                try {
                    Optional<HnswParameters> built = built();
                    if (built.isEmpty() || built.get().equals(wanted)) {
                        return false;
                    }
                    long started = System.nanoTime();
                    log.info("Rebuilding HNSW index {} from {} to {}", NAME, built.get(), wanted);
                    // validated integers, so inlining them is safe (DDL takes no bind parameters)
                    statement.execute("ALTER INDEX " + NAME + " SET (m = " + wanted.m() + ", ef_construction = "
                            + wanted.efConstruction() + ")");
                    statement.execute("REINDEX INDEX CONCURRENTLY " + NAME);
                    log.info(
                            "Rebuilt HNSW index {} with {} in {} ms",
                            NAME,
                            wanted,
                            (System.nanoTime() - started) / 1_000_000);
                    return true;
                } finally {
                    try (PreparedStatement unlock = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
                        unlock.setLong(1, REBUILD_LOCK);
                        unlock.execute();
                    }
                }
            }
        });
        return new HnswIndexStatus(NAME, built().orElse(null), wanted, Boolean.TRUE.equals(rebuilt));
    }

    /** At start-up, a background rebuild when the index differs from the configuration. */
    @EventListener(ApplicationReadyEvent.class)
    void checkAtStartup() {
        if (!properties.rebuildOnStartup()) {
            return;
        }
        Optional<HnswParameters> built = built();
        if (built.isEmpty()) {
            log.info("HNSW index {} does not exist yet (schema not migrated); POST /v1/index/hnsw/rebuild later", NAME);
            return;
        }
        if (built.get().equals(properties.parameters())) {
            return;
        }
        Thread.ofVirtual().name("hnsw-rebuild").start(() -> {
            try {
                rebuildIfChanged();
            } catch (HnswRebuildRunningException e) {
                log.info("{}", e.getMessage());
            } catch (RuntimeException e) {
                log.error("Rebuilding HNSW index {} with {} failed", NAME, properties.parameters(), e);
            }
        });
    }
}
