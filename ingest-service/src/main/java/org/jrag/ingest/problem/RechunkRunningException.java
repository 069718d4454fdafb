package org.jrag.ingest.problem;

/** A re-chunking of the collection is asked for while one is running. */
public final class RechunkRunningException extends IngestException {

    public RechunkRunningException(String collection) {
        super("collection '" + collection + "' is being re-chunked now; GET /v1/collections/" + collection
                + "/rechunk shows how far it has come");
    }
}
