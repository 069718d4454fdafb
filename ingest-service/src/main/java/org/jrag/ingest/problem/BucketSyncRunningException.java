package org.jrag.ingest.problem;

/** A sync of the bucket is asked for while this instance is syncing it. */
public final class BucketSyncRunningException extends IngestException {

    public BucketSyncRunningException(String name) {
        super("bucket '" + name + "' is being synced now; GET /v1/buckets shows its run when it ends");
    }
}
