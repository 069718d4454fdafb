package org.jrag.ingest.collection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jrag.ingest.chunking.ChunkingOptions;
import org.jrag.ingest.document.Principals;
import org.jrag.ingest.paging.Keyed;
import org.jrag.ingest.paging.Keyset;
import org.jrag.ingest.problem.CollectionAlreadyExistsException;
import org.jrag.ingest.problem.CollectionNotFoundException;
import org.jrag.personaldata.PiiKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reads and writes the {@code collection} table; document ingestion resolves names to ids through it. */
@Repository
public class CollectionRepository {

    /** The collections' views, counting the documents {@code readable} may read (the condition's parameter set). */
    private static String selectView(Principals readable, Map<String, Object> params) {
        return """
                SELECT c.id, c.name, c.description, c.created_at, c.chunking::text AS chunking, c.language, c.redact,
                       c.instructions, c.search::text AS search,
                       (SELECT count(*) FROM document d WHERE d.collection_id = c.id%s) AS document_count
                FROM collection c
                """.formatted(readable.condition(params));
    }

    private static final TypeReference<Map<String, String>> OPTIONS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;

    CollectionRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Creates the collection, or fails if the name is taken (even by a concurrent request). */
    public CollectionView create(NewCollection collection) {
        Map<String, String> chunking =
                collection.chunking().isEmpty() ? null : collection.chunking().values();
        Optional<OffsetDateTime> createdAt = jdbc.sql("""
                        INSERT INTO collection (name, description, chunking, language, redact, instructions, search)
                        VALUES (:name, :description, CAST(:chunking AS jsonb), :language, CAST(:redact AS text[]),
                                :instructions, CAST(:search AS jsonb))
                        ON CONFLICT (name) DO NOTHING
                        RETURNING created_at
                        """)
                .param("name", collection.name())
                .param("description", collection.description())
                .param("chunking", chunking == null ? null : json.writeValueAsString(chunking))
                .param("language", collection.language())
                .param("redact", collection.redact().toArray(String[]::new))
                .param("instructions", collection.instructions())
                .param("search", collection.search() == null ? null : json.writeValueAsString(collection.search()))
                .query((rs, row) -> rs.getObject(1, OffsetDateTime.class))
                .optional();
        return createdAt
                .map(at -> new CollectionView(
                        collection.name(),
                        collection.description(),
                        at.toInstant(),
                        0,
                        chunking,
                        collection.language(),
                        collection.redact(),
                        collection.instructions(),
                        collection.search()))
                .orElseThrow(() -> new CollectionAlreadyExistsException(collection.name()));
    }

    /**
     * The id of the collection, created first when it does not exist (a sync's collection); a concurrent creation of
     * the same name is what was wanted.
     */
    public long ensure(NewCollection collection) {
        jdbc.sql(
                        "INSERT INTO collection (name, description) VALUES (:name, :description) ON CONFLICT (name) DO NOTHING")
                .param("name", collection.name())
                .param("description", collection.description())
                .update();
        return requireId(collection.name());
    }

    /**
     * A page of collections in id order; only the named ones when {@code only} is present; each counts the documents
     * {@code readable} may read.
     */
    List<Keyed<CollectionView>> findPage(Keyset page, Optional<Set<String>> only, Principals readable) {
        var params = new HashMap<String, Object>();
        var query = jdbc.sql(selectView(readable, params) + " WHERE c.id > :after"
                        + (only.isPresent() ? " AND c.name = ANY(:names)" : "") + " ORDER BY c.id LIMIT :limit")
                .params(params)
                .param("after", page.after())
                .param("limit", page.fetchSize());
        if (only.isPresent()) {
            query = query.param("names", only.get().toArray(String[]::new));
        }
        return query.query((rs, row) -> new Keyed<>(rs.getLong("id"), view(rs, row)))
                .list();
    }

    /**
     * Sets the collection's description, chunking options ({@code chunking} null or empty: the service default),
     * language (null: the service default) and the personal data it redacts; false when it does not exist.
     */
    public boolean update(
            String name, String description, Map<String, String> chunking, String language, List<String> redact) {
        return jdbc.sql("UPDATE collection SET description = :description, chunking = CAST(:chunking AS jsonb),"
                                + " language = :language, redact = CAST(:redact AS text[]) WHERE name = :name")
                        .param("name", name)
                        .param("description", description)
                        .param("language", language)
                        .param("redact", redact.toArray(String[]::new))
                        .param(
                                "chunking",
                                chunking == null || chunking.isEmpty() ? null : json.writeValueAsString(chunking))
                        .update()
                > 0;
    }

    /** Sets the collection's instructions (null: none); false when it does not exist. */
    public boolean setInstructions(String name, String instructions) {
        return jdbc.sql("UPDATE collection SET instructions = :instructions WHERE name = :name")
                        .param("name", name)
                        .param("instructions", instructions)
                        .update()
                > 0;
    }

    /** Sets the collection's search defaults (null: none); false when it does not exist. */
    public boolean setSearch(String name, SearchDefaults search) {
        return jdbc.sql("UPDATE collection SET search = CAST(:search AS jsonb) WHERE name = :name")
                        .param("name", name)
                        .param("search", search == null ? null : json.writeValueAsString(search))
                        .update()
                > 0;
    }

    /** The named collection, counting every document. */
    public Optional<CollectionView> find(String name) {
        return find(name, Principals.ALL);
    }

    /** The named collection, counting the documents {@code readable} may read. */
    public Optional<CollectionView> find(String name, Principals readable) {
        var params = new HashMap<String, Object>();
        return jdbc.sql(selectView(readable, params) + " WHERE c.name = :name")
                .params(params)
                .param("name", name)
                .query(this::view)
                .optional();
    }

    /** The id of the named collection; documents and chunks are keyed by it. */
    public long requireId(String name) {
        return requireTarget(name).id();
    }

    /** The named collection's id and chunking options, or a 404 problem. */
    public CollectionTarget requireTarget(String name) {
        return jdbc.sql("SELECT id, chunking::text AS chunking, redact, language FROM collection WHERE name = :name")
                .param("name", name)
                .query((rs, row) -> new CollectionTarget(
                        rs.getLong("id"),
                        name,
                        new ChunkingOptions(options(rs.getString("chunking"))),
                        redact(rs).stream().map(PiiKind::of).collect(Collectors.toSet()),
                        rs.getString("language")))
                .optional()
                .orElseThrow(() -> new CollectionNotFoundException(name));
    }

    private CollectionView view(ResultSet rs, int row) throws SQLException {
        String chunking = rs.getString("chunking");
        return new CollectionView(
                rs.getString("name"),
                rs.getString("description"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getLong("document_count"),
                chunking == null ? null : options(chunking),
                rs.getString("language"),
                redact(rs),
                rs.getString("instructions"),
                search(rs.getString("search")));
    }

    private static List<String> redact(ResultSet rs) throws SQLException {
        return List.of((String[]) rs.getArray("redact").getArray());
    }

    /** Search defaults as stored (checked when they were set, and again here). */
    private SearchDefaults search(String stored) {
        return stored == null ? null : SearchDefaults.of(json.readTree(stored));
    }

    private Map<String, String> options(String stored) {
        return stored == null ? Map.of() : json.readValue(stored, OPTIONS);
    }
}
