package org.jrag.ingest.mirror;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What the sync tests read of the documents a sync stored, by source. */
public final class SyncedDocuments {

    private SyncedDocuments() {}

    /** Every document's source, in order. */
    public static List<String> sources(JdbcClient jdbc) {
        return jdbc.sql("SELECT source FROM document ORDER BY source")
                .query(String.class)
                .list();
    }

    /** One column (or expression: {@code metadata->>'url'}) of the document stored under {@code source}. */
    public static String column(JdbcClient jdbc, String column, String source) {
        return jdbc.sql("SELECT " + column + " FROM document WHERE source = :source")
                .param("source", source)
                .query(String.class)
                .single();
    }

    /** The readers of the document stored under {@code source}. */
    public static List<String> readers(JdbcClient jdbc, String source) {
        return jdbc.sql("SELECT unnest(readers) FROM document WHERE source = :source")
                .param("source", source)
                .query(String.class)
                .list();
    }
}
