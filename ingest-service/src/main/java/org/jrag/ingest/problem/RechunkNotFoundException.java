package org.jrag.ingest.problem;

/** The collection has never been re-chunked as a whole, or no run of it is running (to cancel). */
public final class RechunkNotFoundException extends IngestException {

    public RechunkNotFoundException(String collection) {
        super("collection '" + collection + "' has not been re-chunked as a whole (POST /v1/collections/" + collection
                + "/rechunk starts it)");
    }

    private RechunkNotFoundException(String message, boolean unused) {
        super(message);
    }

    /** No run of the collection is running (to cancel). */
    public static RechunkNotFoundException noneRunning(String collection) {
        return new RechunkNotFoundException("no re-chunking of collection '" + collection + "' is running", true);
    }
}
