package org.jrag.ingest.problem;

/** No ingest job with that id (never queued, or its row was removed). */
public final class JobNotFoundException extends IngestException {

    public JobNotFoundException(long jobId) {
        super("job " + jobId + " does not exist");
    }
}
