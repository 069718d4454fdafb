package org.jrag.ingest.problem;

/** A sync of the drive is asked for while this instance is syncing it. */
public final class DriveSyncRunningException extends IngestException {

    public DriveSyncRunningException(String name) {
        super("drive '" + name + "' is being synced now; GET /v1/drives shows its run when it ends");
    }
}
