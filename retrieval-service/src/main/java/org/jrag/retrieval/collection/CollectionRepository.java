package org.jrag.retrieval.collection;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jrag.retrieval.search.SearchDefaults;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Resolves collection names to ids. Requests speak in names; chunks, the BM25 index and the vector search filter
 * by id.
 */
@Repository
public class CollectionRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public CollectionRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * What a search of collections it names covers: their ids, in order, and the search defaults they have in common
     * ({@link SearchDefaults#common}), in one round trip.
     *
     * @param named at least one name; one that does not exist, or that is not visible, is a {@link
     *     CollectionNotFoundException}
     */
    public Scope scope(List<String> named, Visibility visible) {
        Map<String, Named> found = jdbc
                .sql("SELECT name, id, search::text AS search FROM collection WHERE name = ANY(?)")
                .param(named.toArray(String[]::new))
                .query((rs, row) ->
                        new Named(rs.getString("name"), rs.getLong("id"), searchDefaults(rs.getString("search"))))
                .list()
                .stream()
                .collect(Collectors.toMap(Named::name, n -> n));
        List<Named> searched = named.stream()
                .map(name -> {
                    Named collection = visible.includes(name) ? found.get(name) : null;
                    if (collection == null) {
                        throw new CollectionNotFoundException(name);
                    }
                    return collection;
                })
                .distinct()
                .toList();
        return new Scope(
                searched.stream().map(Named::id).toList(),
                SearchDefaults.common(searched.stream().map(Named::defaults).toList()));
    }

    /** The collections a search covers, by id, and the search defaults it takes from them. */
    public record Scope(List<Long> ids, SearchDefaults defaults) {}

    private record Named(String name, long id, SearchDefaults defaults) {}

    private SearchDefaults searchDefaults(String stored) {
        return stored == null ? SearchDefaults.NONE : json.readValue(stored, SearchDefaults.class);
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
        return scope(named, visible).ids();
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
