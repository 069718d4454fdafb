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

    private ConcurrentUpdateException(String message) {
        super(message);
    }

    /** A document re-chunked while an upload replaced its bytes: the upload's chunks stay. */
    public static ConcurrentUpdateException replacedWhileRechunked(String collection, long documentId) {
        return new ConcurrentUpdateException("document " + documentId + " of '" + collection + "' was replaced while"
                + " it was re-chunked; nothing was changed, its new bytes are chunked as the upload asked; send the"
                + " request again to re-chunk them");
    }
}
