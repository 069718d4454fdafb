package org.jrag.ingest.job;

import java.time.Instant;
import java.util.Map;

/**
 * Body of {@code GET /v1/jobs/{id}}.
 *
 * @param status QUEUED, RUNNING, SUCCEEDED or FAILED
 * @param progress chunks embedded so far of the document's total (null until the document is chunked)
 * @param documentId the stored document once SUCCEEDED
 * @param result the upload's response body once SUCCEEDED (as the synchronous upload would have answered)
 * @param error the RFC 9457 problem once FAILED (as the synchronous upload would have answered)
 * @param attempts how many times a worker has started the job (more than one after a restart)
 */
record JobView(
        long jobId,
        String collection,
        String status,
        Progress progress,
        Long documentId,
        Map<String, Object> result,
        Map<String, Object> error,
        int attempts,
        Instant createdAt,
        Instant startedAt,
        Instant finishedAt) {

    /** Chunks embedded of the total to embed; {@code chunksTotal} is null before chunking. */
    record Progress(int chunksEmbedded, Integer chunksTotal) {}
}
