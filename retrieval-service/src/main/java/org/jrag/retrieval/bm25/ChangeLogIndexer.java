package org.jrag.retrieval.bm25;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the BM25 index in step with PostgreSQL by tailing {@code change_log} from the last applied seq. Writers take
 * an advisory lock before inserting into the change log, so seq order is commit order and reading {@code seq > last}
 * never skips a row. Each batch reads the documents' current state (only READY documents, only embedded chunks),
 * replaces their Lucene documents, and commits with the batch's last seq. Applying a change twice is harmless.
 */
@Component
public class ChangeLogIndexer {

    private static final Logger log = LoggerFactory.getLogger(ChangeLogIndexer.class);

    private final Bm25Index index;
    private final JdbcClient jdbc;
    private final int batchSize;
    private volatile String lastFailure;

    public ChangeLogIndexer(Bm25Index index, JdbcClient jdbc, Bm25Properties properties) {
        this.index = index;
        this.jdbc = jdbc;
        this.batchSize = properties.batchSize();
    }

    /** Applies every change logged since the last poll; failures are logged and retried on the next poll. */
    @Scheduled(fixedDelayString = "${rag.retrieval.bm25.poll-interval}")
    public void poll() {
        try {
            catchUp();
            lastFailure = null;
        } catch (RuntimeException e) {
            String failure = e.toString();
            if (!failure.equals(lastFailure)) {
                log.warn("BM25 index is behind the change log and will retry: {}", failure, e);
            }
            lastFailure = failure;
        }
    }

    /** Whether the last poll failed (the database unreachable, a change that cannot be applied). */
    public boolean failing() {
        return lastFailure != null;
    }

    /** Applies batches until the index has every logged change; returns the number of change-log rows applied. */
    public synchronized int catchUp() {
        long newest = jdbc.sql("SELECT coalesce(max(seq), 0) FROM change_log")
                .query(Long.class)
                .single();
        if (newest < index.lastSeq()) {
            // the change log restarted (database restored or recreated): the index describes another history
            log.warn(
                    "Change log ends at seq {} but the BM25 index is at seq {}; rebuilding the index",
                    newest,
                    index.lastSeq());
            index.clear();
        }
        int applied = 0;
        int batch;
        do {
            batch = applyNextBatch();
            applied += batch;
        } while (batch == batchSize);
        return applied;
    }

    /** Empties the index and replays the whole change log. */
    public synchronized void rebuild() {
        index.clear();
        catchUp();
    }

    private int applyNextBatch() {
        List<Change> changes = jdbc.sql(
                        "SELECT seq, document_id, operation FROM change_log WHERE seq > ? ORDER BY seq LIMIT ?")
                .param(index.lastSeq())
                .param(batchSize)
                .query((rs, row) -> new Change(rs.getLong(1), rs.getLong(2), rs.getString(3)))
                .list();
        if (changes.isEmpty()) {
            return 0;
        }
        // the index is rebuilt from each document's current state, so only the last change per document matters
        Map<Long, String> lastOperation = new LinkedHashMap<>();
        for (Change change : changes) {
            lastOperation.remove(change.documentId());
            lastOperation.put(change.documentId(), change.operation());
        }
        List<Long> upserted = new ArrayList<>();
        lastOperation.forEach((documentId, operation) -> {
            if ("UPSERT".equals(operation)) {
                upserted.add(documentId);
            }
        });
        Map<Long, List<IndexedChunk>> chunks = readyChunks(upserted);
        lastOperation.forEach((documentId, operation) -> {
            switch (operation) {
                case "UPSERT" -> index.replaceDocument(documentId, chunks.getOrDefault(documentId, List.of()));
                case "DELETE" -> index.deleteDocument(documentId);
                default ->
                    throw new IllegalStateException("change_log operation must be UPSERT or DELETE, got: '" + operation
                            + "' for document " + documentId);
            }
        });
        long seq = changes.getLast().seq();
        index.commit(seq);
        log.debug("BM25 index applied {} changes up to seq {}", changes.size(), seq);
        return changes.size();
    }

    private Map<Long, List<IndexedChunk>> readyChunks(List<Long> documentIds) {
        if (documentIds.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("""
                        SELECT c.id, c.document_id, d.collection_id, d.title, c.text,
                               coalesce(c.metadata -> 'tags', d.metadata -> 'tags') AS tags,
                               coalesce(c.metadata ->> 'published_at', d.metadata ->> 'published_at') AS published_at,
                               d.source, d.readers,
                        """ + Bm25Analyzer.LANGUAGE_COLUMN + "\n" + """
                        FROM chunk c
                        JOIN document d ON d.id = c.document_id
                        JOIN collection col ON col.id = d.collection_id
                        WHERE c.document_id IN (:ids) AND d.status = 'READY' AND c.embedding IS NOT NULL
                        ORDER BY c.document_id, c.position
                        """)
                .param("ids", documentIds)
                .query((rs, row) -> new IndexedChunk(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getString(4),
                        rs.getString(5),
                        ChunkMetadata.tags(rs.getString(6)),
                        ChunkMetadata.publishedAt(rs.getString(7)),
                        rs.getString(8),
                        List.of((String[]) rs.getArray(9).getArray()),
                        rs.getString(10)))
                .list()
                .stream()
                .collect(Collectors.groupingBy(IndexedChunk::documentId));
    }

    private record Change(long seq, long documentId, String operation) {}
}
