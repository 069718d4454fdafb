package org.jrag.ingest.mirror;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What syncs remember of each file between rounds ({@code folder_file}, folders' and buckets' files alike, told apart
 * by their sources' prefixes), in PostgreSQL so that every instance, and an instance after a restart, knows it. Each
 * statement is its own transaction: a stamp is a hint (a stamp lost costs one read of its file), never the truth about
 * what is stored.
 */
@Repository
public class MirrorStamps {

    /** A file as its bytes were last read: size, modification time, the store's version (or null), the bytes' hash. */
    record Stamp(long size, long modifiedNanos, String version, String contentHash) {

        static Stamp of(MirrorFile file, String contentHash) {
            return new Stamp(file.size(), file.modifiedNanos(), file.version(), contentHash);
        }

        /** Whether the file is listed as it was when its bytes were read. */
        boolean matches(MirrorFile file) {
            return size == file.size()
                    && modifiedNanos == file.modifiedNanos()
                    && Objects.equals(version, file.version());
        }
    }

    private final JdbcClient jdbc;

    public MirrorStamps(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The stamps of the collection's files whose source starts with {@code prefix}, by source. */
    Map<String, Stamp> stamps(long collectionId, String prefix) {
        var stamps = new HashMap<String, Stamp>();
        jdbc.sql("SELECT source, size, modified_nanos, version, content_hash FROM folder_file"
                        + " WHERE collection_id = :collectionId AND starts_with(source, :prefix)")
                .param("collectionId", collectionId)
                .param("prefix", prefix)
                .query(rs -> {
                    stamps.put(
                            rs.getString("source"),
                            new Stamp(
                                    rs.getLong("size"),
                                    rs.getLong("modified_nanos"),
                                    rs.getString("version"),
                                    rs.getString("content_hash")));
                });
        return stamps;
    }

    void stamp(long collectionId, String source, Stamp stamp) {
        jdbc.sql("""
                        INSERT INTO folder_file (collection_id, source, size, modified_nanos, version, content_hash)
                        VALUES (:collectionId, :source, :size, :modified, :version, :hash)
                        ON CONFLICT (collection_id, source) DO UPDATE
                        SET size = excluded.size, modified_nanos = excluded.modified_nanos,
                            version = excluded.version, content_hash = excluded.content_hash""")
                .param("collectionId", collectionId)
                .param("source", source)
                .param("size", stamp.size())
                .param("modified", stamp.modifiedNanos())
                .param("version", stamp.version())
                .param("hash", stamp.contentHash())
                .update();
    }

    /** Forgets the stamps under {@code prefix} of the files not in {@code present} (gone from the store). */
    void forgetAllBut(long collectionId, String prefix, Set<String> present) {
        jdbc.sql("DELETE FROM folder_file WHERE collection_id = :collectionId AND starts_with(source, :prefix)"
                        + " AND NOT (source = ANY (:present))")
                .param("collectionId", collectionId)
                .param("prefix", prefix)
                .param("present", present.toArray(String[]::new))
                .update();
    }
}
