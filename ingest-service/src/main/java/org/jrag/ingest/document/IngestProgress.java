package org.jrag.ingest.document;

/**
 * Hears how far an upload's embedding has got, the slow stage of ingestion; an asynchronous job records it so that
 * {@code GET /v1/jobs/{id}} can show it.
 */
@FunctionalInterface
public interface IngestProgress {

    /** For callers that do not watch. */
    IngestProgress NONE = (embedded, total) -> {};

    /** {@code embedded} of the document's {@code total} chunks to embed have vectors (0 of total once chunked). */
    void embedded(int embedded, int total);
}
