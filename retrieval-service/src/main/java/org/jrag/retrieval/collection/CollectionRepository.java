package org.jrag.retrieval.collection;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
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

    /**
     * The ids of the collections a search covers: those {@code named}, in order (a name that does not exist, or that
     * is not visible, is a {@link CollectionNotFoundException}); with no names, the visible collections that exist
     * (an empty list when none does), or null when every collection is visible and the search spans them all.
     */
    public List<Long> idsOf(List<String> named, Visibility visible) {
        if (named.isEmpty()) {
            return visible.allCollections()
                    ? null
                    : jdbc.sql("SELECT id FROM collection WHERE name = ANY(?) ORDER BY id")
                            .param(visible.collections().toArray(String[]::new))
                            .query(Long.class)
                            .list();
        }
        Map<String, Long> ids = jdbc
                .sql("SELECT name, id FROM collection WHERE name = ANY(?)")
                .param(named.toArray(String[]::new))
                .query((rs, row) -> Map.entry(rs.getString("name"), rs.getLong("id")))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return named.stream()
                .map(name -> {
                    Long id = visible.includes(name) ? ids.get(name) : null;
                    if (id == null) {
                        throw new CollectionNotFoundException(name);
                    }
                    return id;
                })
                .distinct()
                .toList();
    }

    /** The instructions of those of the named collections that have some (for their answers), by name. */
    public Map<String, String> instructions(List<String> names) {
        if (names.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("SELECT name, instructions FROM collection WHERE name = ANY(?) AND instructions IS NOT NULL")
                .param(names.toArray(String[]::new))
                .query((rs, row) -> Map.entry(rs.getString("name"), rs.getString("instructions")))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** The name of the oldest collection, if there is any. */
    public Optional<String> anyName() {
        return jdbc.sql("SELECT name FROM collection ORDER BY id LIMIT 1")
                .query(String.class)
                .optional();
    }

    /** A collection's name and when it was created. */
    public record CollectionName(String name, Instant createdAt) {}

    /** Every visible collection, oldest first. */
    public List<CollectionName> all(Visibility visible) {
        return jdbc.sql("SELECT name, created_at FROM collection"
                        + (visible.allCollections() ? "" : " WHERE name = ANY(:names)") + " ORDER BY id")
                .paramSource(
                        visible.allCollections()
                                ? Map.of()
                                : Map.of("names", visible.collections().toArray(String[]::new)))
                .query((rs, row) -> new CollectionName(
                        rs.getString("name"), rs.getTimestamp("created_at").toInstant()))
                .list();
    }
}
