package org.jrag.ingest.problem;

/**
 * One entry of a batch was refused, which refuses the whole batch (nothing of it is stored). Served as the entry's
 * own problem, with the entry named in the detail and in an {@code entry} property.
 */
public final class BatchEntryException extends IngestException {

    private final String entry;
    private final IngestException reason;

    public BatchEntryException(String entry, IngestException reason) {
        super("batch entry " + entry + ": " + reason.getMessage());
        this.entry = entry;
        this.reason = reason;
        initCause(reason);
    }

    public String entry() {
        return entry;
    }

    public IngestException reason() {
        return reason;
    }
}
