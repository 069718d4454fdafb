package org.jrag.ingest.folder;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jrag.ingest.upkeep.LastRuns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * What folder sync remembers between rounds, in PostgreSQL so that every instance, and an instance after a restart,
 * knows it: each file's stamp ({@code folder_file}) and each folder's last run ({@code folder_run}). Each statement
 * is its own transaction: a stamp is a hint (a stamp lost costs one read of its file), never the truth about what is
 * stored.
 */
@Repository
class FolderState {

    /** A file as its bytes were last read: size, modification time in epoch nanoseconds, and the bytes' hash. */
    record Stamp(long size, long modifiedNanos, String contentHash) {}

    private final JdbcClient jdbc;
    private final LastRuns<FolderRun> runs;

    FolderState(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.runs = new LastRuns<>(jdbc, json, "folder_run", "folder", FolderRun.class);
    }

    /** The stamps of the collection's files whose source starts with {@code prefix}, by source. */
    Map<String, Stamp> stamps(long collectionId, String prefix) {
        var stamps = new HashMap<String, Stamp>();
        jdbc.sql("SELECT source, size, modified_nanos, content_hash FROM folder_file"
                        + " WHERE collection_id = :collectionId AND starts_with(source, :prefix)")
                .param("collectionId", collectionId)
                .param("prefix", prefix)
                .query(rs -> {
                    stamps.put(
                            rs.getString("source"),
                            new Stamp(rs.getLong("size"), rs.getLong("modified_nanos"), rs.getString("content_hash")));
                });
        return stamps;
    }

    void stamp(long collectionId, String source, Stamp stamp) {
        jdbc.sql("""
                        INSERT INTO folder_file (collection_id, source, size, modified_nanos, content_hash)
                        VALUES (:collectionId, :source, :size, :modified, :hash)
                        ON CONFLICT (collection_id, source) DO UPDATE
                        SET size = excluded.size, modified_nanos = excluded.modified_nanos,
                            content_hash = excluded.content_hash""")
                .param("collectionId", collectionId)
                .param("source", source)
                .param("size", stamp.size())
                .param("modified", stamp.modifiedNanos())
                .param("hash", stamp.contentHash())
                .update();
    }

    void forget(long collectionId, String source) {
        jdbc.sql("DELETE FROM folder_file WHERE collection_id = :collectionId AND source = :source")
                .param("collectionId", collectionId)
                .param("source", source)
                .update();
    }

    /** Forgets the stamps under {@code prefix} of the files not in {@code present} (gone from the folder). */
    void forgetAllBut(long collectionId, String prefix, Set<String> present) {
        jdbc.sql("DELETE FROM folder_file WHERE collection_id = :collectionId AND starts_with(source, :prefix)"
                        + " AND NOT (source = ANY (:present))")
                .param("collectionId", collectionId)
                .param("prefix", prefix)
                .param("present", present.toArray(String[]::new))
                .update();
    }

    void saveRun(String folder, FolderRun run) {
        runs.save(folder, run);
    }

    Optional<FolderRun> lastRun(String folder) {
        return runs.find(folder);
    }
}
