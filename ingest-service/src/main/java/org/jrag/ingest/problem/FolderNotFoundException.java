package org.jrag.ingest.problem;

/** No synced folder of that name is configured. */
public final class FolderNotFoundException extends IngestException {

    public FolderNotFoundException(String name) {
        super("no folder '" + name + "' is configured (rag.ingest.folder-sync.folders)");
    }
}
