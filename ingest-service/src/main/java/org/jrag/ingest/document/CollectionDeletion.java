package org.jrag.ingest.document;

import java.util.List;
import org.jrag.ingest.collection.CollectionRepository;
import org.jrag.ingest.document.ChangeLog.Operation;
import org.jrag.ingest.metrics.IngestMetrics;
import org.jrag.ingest.problem.CollectionNotFoundException;
import org.jrag.ingest.problem.IngestProblems;
import org.jrag.ingest.statistics.TableStatistics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Deletes a collection with everything in it, in one transaction: its documents and their chunks and vectors, a
 * change-log DELETE per document (so retrieval's BM25 index drops them as it drops a deleted document), the collection
 * row, and its queued ingest jobs, failed with a problem that says why. The transaction holds the collection's
 * exclusive lock ({@link CollectionWrites}), so uploads and deletes in flight finish first and those that come later
 * find the collection gone; nothing is half deleted.
 */
@Service
public class CollectionDeletion {

    private static final Logger log = LoggerFactory.getLogger(CollectionDeletion.class);

    private final CollectionRepository collections;
    private final CollectionWrites writes;
    private final ChangeLog changeLog;
    private final IngestQueue queue;
    private final JdbcClient jdbc;
    private final IngestMetrics metrics;
    private final TableStatistics statistics;

    CollectionDeletion(
            CollectionRepository collections,
            CollectionWrites writes,
            ChangeLog changeLog,
            IngestQueue queue,
            JdbcClient jdbc,
            IngestMetrics metrics,
            TableStatistics statistics) {
        this.collections = collections;
        this.writes = writes;
        this.changeLog = changeLog;
        this.queue = queue;
        this.jdbc = jdbc;
        this.metrics = metrics;
        this.statistics = statistics;
    }

    /** Deletes the named collection, or fails with a 404 problem when there is none (also when deleted meanwhile). */
    public DeletedCollection delete(String name) {
        long collectionId = collections.requireId(name);
        DeletedCollection deleted =
                writes.exclusively(name, collectionId, () -> "Deleting collection '" + name + "'", () -> {
                    if (jdbc.sql("SELECT id FROM collection WHERE id = :id FOR UPDATE")
                            .param("id", collectionId)
                            .query(Long.class)
                            .optional()
                            .isEmpty()) {
                        throw new CollectionNotFoundException(name); // deleted meanwhile
                    }
                    int jobs = queue.failQueued(name, IngestProblems.members(IngestProblems.collectionDeleted(name)));
                    return removeDocuments(name, collectionId, jobs);
                });
        metrics.deleted(deleted.documentsDeleted());
        statistics.chunksCommitted(deleted.chunksDeleted());
        log.info(
                "Deleted collection '{}': {} documents, {} chunks, {} queued jobs failed, change seq {}",
                name,
                deleted.documentsDeleted(),
                deleted.chunksDeleted(),
                deleted.jobsFailed(),
                deleted.changeSeq());
        return deleted;
    }

    /** Deletes the documents (their chunks cascade), then the collection, and logs each document's DELETE, last. */
    private DeletedCollection removeDocuments(String name, long collectionId, int jobs) {
        long chunks = jdbc.sql("SELECT count(*) FROM chunk WHERE collection_id = :id")
                .param("id", collectionId)
                .query(Long.class)
                .single();
        List<Long> documents = jdbc
                .sql("DELETE FROM document WHERE collection_id = :id RETURNING id")
                .param("id", collectionId)
                .query(Long.class)
                .list()
                .stream()
                .sorted()
                .toList();
        jdbc.sql("DELETE FROM collection WHERE id = :id")
                .param("id", collectionId)
                .update();
        Long seq = documents.isEmpty() ? null : changeLog.appendAll(collectionId, documents, Operation.DELETE);
        return new DeletedCollection(name, documents.size(), chunks, jobs, seq);
    }
}
