package org.jrag.ingest.web;

import java.sql.Array;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jrag.ingest.upkeep.LastRuns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * What web sync remembers between crawls, in PostgreSQL so that every instance, and an instance after a restart,
 * knows it: each page's stamp ({@code web_page}) and each site's last run ({@code web_run}). A stamp is a hint (one
 * lost costs a download of its page), never the truth about what is stored.
 */
@Repository
class WebState {

    /**
     * A page as it was last fetched.
     *
     * @param etag the server's {@code ETag}, or null
     * @param lastModified the server's {@code Last-Modified}, or null
     * @param contentHash the hash of its bytes
     * @param links the links on it, when it is an HTML page
     */
    record Stamp(String etag, String lastModified, String contentHash, List<String> links) {

        Stamp {
            links = List.copyOf(links);
        }
    }

    private final JdbcClient jdbc;
    private final LastRuns<WebRun> runs;

    WebState(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.runs = new LastRuns<>(jdbc, json, "web_run", "site", WebRun.class);
    }

    /** The stamps of the collection's pages whose source starts with {@code prefix}, by source. */
    Map<String, Stamp> stamps(long collectionId, String prefix) {
        var stamps = new HashMap<String, Stamp>();
        jdbc.sql("SELECT source, etag, last_modified, content_hash, links FROM web_page"
                        + " WHERE collection_id = :collectionId AND starts_with(source, :prefix)")
                .param("collectionId", collectionId)
                .param("prefix", prefix)
                .query(rs -> {
                    stamps.put(
                            rs.getString("source"),
                            new Stamp(
                                    rs.getString("etag"),
                                    rs.getString("last_modified"),
                                    rs.getString("content_hash"),
                                    strings(rs.getArray("links"))));
                });
        return stamps;
    }

    void stamp(long collectionId, String source, Stamp stamp) {
        jdbc.sql("""
                        INSERT INTO web_page (collection_id, source, etag, last_modified, content_hash, links)
                        VALUES (:collectionId, :source, :etag, :lastModified, :hash, :links)
                        ON CONFLICT (collection_id, source) DO UPDATE
                        SET etag = excluded.etag, last_modified = excluded.last_modified,
                            content_hash = excluded.content_hash, links = excluded.links""")
                .param("collectionId", collectionId)
                .param("source", source)
                .param("etag", stamp.etag())
                .param("lastModified", stamp.lastModified())
                .param("hash", stamp.contentHash())
                .param("links", stamp.links().toArray(String[]::new))
                .update();
    }

    void forget(long collectionId, String source) {
        jdbc.sql("DELETE FROM web_page WHERE collection_id = :collectionId AND source = :source")
                .param("collectionId", collectionId)
                .param("source", source)
                .update();
    }

    /** Forgets the stamps under {@code prefix} of the pages not in {@code reached} (not linked any more). */
    void forgetAllBut(long collectionId, String prefix, Set<String> reached) {
        jdbc.sql("DELETE FROM web_page WHERE collection_id = :collectionId AND starts_with(source, :prefix)"
                        + " AND NOT (source = ANY (:reached))")
                .param("collectionId", collectionId)
                .param("prefix", prefix)
                .param("reached", reached.toArray(String[]::new))
                .update();
    }

    void saveRun(String site, WebRun run) {
        runs.save(site, run);
    }

    Optional<WebRun> lastRun(String site) {
        return runs.find(site);
    }

    private static List<String> strings(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        try {
            return List.of((String[]) array.getArray());
        } finally {
            array.free();
        }
    }
}
