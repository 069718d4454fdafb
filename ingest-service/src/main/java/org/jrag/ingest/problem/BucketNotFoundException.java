package org.jrag.ingest.problem;

/** No synced bucket of that name is configured. */
public final class BucketNotFoundException extends IngestException {

    public BucketNotFoundException(String name) {
        super("no bucket '" + name + "' is configured (rag.ingest.bucket-sync.buckets)");
    }
}
