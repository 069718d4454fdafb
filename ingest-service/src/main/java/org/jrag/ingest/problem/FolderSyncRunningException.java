package org.jrag.ingest.problem;

/** A sync of the folder is asked for while this instance is syncing it. */
public final class FolderSyncRunningException extends IngestException {

    public FolderSyncRunningException(String name) {
        super("folder '" + name + "' is being synced now; GET /v1/folders shows its run when it ends");
    }
}
