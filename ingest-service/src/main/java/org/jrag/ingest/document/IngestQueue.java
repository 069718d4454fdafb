package org.jrag.ingest.document;

import java.util.Map;
import org.jrag.ingest.chunking.ChunkingOptions;

/**
 * Where an asynchronous upload goes: it is stored durably and ingested later by a worker, so the request returns at
 * once. Defined here, implemented by the job feature, so that documents do not depend on how jobs are run.
 */
public interface IngestQueue {

    /** Stores the upload as a queued job and returns its id. */
    long enqueue(DocumentUpload upload, ChunkingOptions requested);

    /**
     * Fails the collection's queued jobs with {@code problem} (the collection is being deleted, in the caller's
     * transaction) and returns how many there were; a job already running fails when it stores into the collection.
     */
    int failQueued(String collection, Map<String, Object> problem);
}
