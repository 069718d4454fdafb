package org.jrag.ingest.problem;

/** No synced drive of that name is configured. */
public final class DriveNotFoundException extends IngestException {

    public DriveNotFoundException(String name) {
        super("no drive '" + name + "' is configured (rag.ingest.drive-sync.drives)");
    }
}
