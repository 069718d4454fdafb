package org.jrag.ingest.problem;

/** A sync of the container is asked for while this instance is syncing it. */
public final class ContainerSyncRunningException extends IngestException {

    public ContainerSyncRunningException(String name) {
        super("container '" + name + "' is being synced now; GET /v1/containers shows its run when it ends");
    }
}
