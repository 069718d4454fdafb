package org.jrag.ingest.problem;

/**
 * Concurrent uploads kept changing the same document while this upload or delete tried to apply its change; nothing
 * of it was applied, and sending it again is safe.
 */
public final class ConcurrentUpdateException extends IngestException {

    public ConcurrentUpdateException(String collection, int attempts) {
        super("concurrent uploads changed the same documents of collection '" + collection + "' " + attempts
                + " times while this request was being applied; nothing was changed, send it again");
    }
}
