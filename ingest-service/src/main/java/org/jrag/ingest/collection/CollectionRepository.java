package org.jrag.ingest.collection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jrag.ingest.problem.CollectionAlreadyExistsException;
import org.jrag.ingest.problem.CollectionNotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes the {@code collection} table; document ingestion resolves names to ids through it. */
@Repository
public class CollectionRepository {

    private static final String SELECT_VIEW = """
            SELECT c.name, c.description, c.created_at,
                   (SELECT count(*) FROM document d WHERE d.collection_id = c.id) AS document_count
            FROM collection c
            """;

    private final JdbcClient jdbc;

    CollectionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Creates the collection, or fails if the name is taken (even by a concurrent request). */
    public CollectionView create(NewCollection collection) {
        Optional<OffsetDateTime> createdAt = jdbc.sql("""
                        INSERT INTO collection (name, description) VALUES (:name, :description)
                        ON CONFLICT (name) DO NOTHING
                        RETURNING created_at
                        """)
                .param("name", collection.name())
                .param("description", collection.description())
                .query((rs, row) -> rs.getObject(1, OffsetDateTime.class))
                .optional();
        return createdAt
                .map(at -> new CollectionView(collection.name(), collection.description(), at.toInstant(), 0))
                .orElseThrow(() -> new CollectionAlreadyExistsException(collection.name()));
    }

    public List<CollectionView> findAll() {
        return jdbc.sql(SELECT_VIEW + " ORDER BY c.name")
                .query(CollectionRepository::view)
                .list();
    }

    public Optional<CollectionView> find(String name) {
        return jdbc.sql(SELECT_VIEW + " WHERE c.name = :name")
                .param("name", name)
                .query(CollectionRepository::view)
                .optional();
    }

    /** The id of the named collection; documents and chunks are keyed by it. */
    public long requireId(String name) {
        return jdbc.sql("SELECT id FROM collection WHERE name = :name")
                .param("name", name)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new CollectionNotFoundException(name));
    }

    private static CollectionView view(ResultSet rs, int row) throws SQLException {
        return new CollectionView(
                rs.getString("name"),
                rs.getString("description"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getLong("document_count"));
    }
}
