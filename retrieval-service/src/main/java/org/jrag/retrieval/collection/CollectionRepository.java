package org.jrag.retrieval.collection;

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
}
