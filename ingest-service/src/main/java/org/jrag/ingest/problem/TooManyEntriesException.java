package org.jrag.ingest.problem;

/** A batch (zip archive or JSON list) with more documents than {@code rag.ingest.batch.max-entries}. */
public final class TooManyEntriesException extends IngestException {

    private final int limit;

    public TooManyEntriesException(int limit) {
        super("batch holds more than " + limit + " entries (rag.ingest.batch.max-entries)");
        this.limit = limit;
    }

    public int limit() {
        return limit;
    }
}
