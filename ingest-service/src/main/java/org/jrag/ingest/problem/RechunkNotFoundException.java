package org.jrag.ingest.problem;

/** The collection has never been re-chunked as a whole. */
public final class RechunkNotFoundException extends IngestException {

    public RechunkNotFoundException(String collection) {
        super("collection '" + collection + "' has not been re-chunked as a whole (POST /v1/collections/" + collection
                + "/rechunk starts it)");
    }
}
