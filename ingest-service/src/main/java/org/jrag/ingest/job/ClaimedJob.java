package org.jrag.ingest.job;

import org.jrag.ingest.chunking.ChunkingOptions;
import org.jrag.ingest.document.DocumentUpload;

/**
 * A job a worker holds the lease of.
 *
 * @param attempt the job's attempt count after this claim; writes carry it, so a worker whose lease expired and was
 *     taken over cannot overwrite its successor's state
 */
record ClaimedJob(long id, int attempt, DocumentUpload upload, ChunkingOptions options) {}
