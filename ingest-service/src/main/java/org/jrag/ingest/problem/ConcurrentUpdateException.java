package org.jrag.ingest.problem;

/**
 * Concurrent uploads kept changing the same document while this one tried to store it; nothing of this upload was
 * stored, and sending it again is safe.
 */
public final class ConcurrentUpdateException extends IngestException {

    public ConcurrentUpdateException(String collection, int attempts) {
        super("concurrent uploads changed the same documents of collection '" + collection + "' " + attempts
                + " times while this upload was being stored; nothing was stored, retry the upload");
    }
}
