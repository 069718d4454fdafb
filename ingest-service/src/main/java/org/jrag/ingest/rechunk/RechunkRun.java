package org.jrag.ingest.rechunk;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A re-chunking of a whole collection, as far as it has come.
 *
 * @param chunking the options asked for, over the collection's own
 * @param state {@code RUNNING}, {@code SUCCEEDED} (a document that could not be re-chunked is listed in {@code
 *     failed} and keeps its chunks) or {@code CANCELLED}
 * @param total the collection's documents when the run started
 * @param done the documents re-chunked, or deleted meanwhile
 * @param failures how many could not be re-chunked
 * @param failed the first {@value #MAX_FAILURES} of them, with why
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RechunkRun(
        long runId,
        String collection,
        Map<String, String> chunking,
        String state,
        int total,
        int done,
        int failures,
        List<Failure> failed,
        Instant startedAt,
        Instant finishedAt) {

    static final int MAX_FAILURES = 50;

    public record Failure(long documentId, String detail) {}
}
