package org.jrag.ingest.upkeep;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The last run of each configured folder or site, kept as JSON in a table of its own ({@code folder_run}, {@code
 * web_run}: a name, a {@code jsonb} run), so that every instance shows the same.
 */
public final class LastRuns<T> {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Class<T> type;
    private final String upsert;
    private final String select;

    /**
     * @param table the table, with the key column {@code key} and the column {@code run} (names from the code, never
     *     from a request)
     */
    public LastRuns(JdbcClient jdbc, JsonMapper json, String table, String key, Class<T> type) {
        this.jdbc = jdbc;
        this.json = json;
        this.type = type;
        this.upsert = "INSERT INTO " + table + " (" + key + ", run) VALUES (:name, CAST(:run AS jsonb))"
                + " ON CONFLICT (" + key + ") DO UPDATE SET run = excluded.run";
        this.select = "SELECT run::text FROM " + table + " WHERE " + key + " = :name";
    }

    public void save(String name, T run) {
        jdbc.sql(upsert)
                .param("name", name)
                .param("run", json.writeValueAsString(run))
                .update();
    }

    public Optional<T> find(String name) {
        return jdbc.sql(select)
                .param("name", name)
                .query(String.class)
                .optional()
                .map(run -> json.readValue(run, type));
    }
}
