package org.jrag.retrieval.collection;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Resolves collection names to ids. Requests speak in names; chunks, the BM25 index and the vector search filter
 * by id.
 */
@Repository
public class CollectionRepository {

    private final JdbcClient jdbc;

    public CollectionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Returns the id of the named collection, or throws {@link CollectionNotFoundException}. */
    public long idOf(String name) {
        return jdbc.sql("SELECT id FROM collection WHERE name = ?")
                .param(name)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new CollectionNotFoundException(name));
    }

    /** The name of the oldest collection, if there is any. */
    public Optional<String> anyName() {
        return jdbc.sql("SELECT name FROM collection ORDER BY id LIMIT 1")
                .query(String.class)
                .optional();
    }

    /** A collection's name and when it was created. */
    public record CollectionName(String name, Instant createdAt) {}

    /** Every collection, oldest first. */
    public List<CollectionName> all() {
        return jdbc.sql("SELECT name, created_at FROM collection ORDER BY id")
                .query((rs, row) -> new CollectionName(
                        rs.getString("name"), rs.getTimestamp("created_at").toInstant()))
                .list();
    }
}
