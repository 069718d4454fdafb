package org.jrag.ingest.problem;

/** No synced Azure Blob container of that name is configured. */
public final class ContainerNotFoundException extends IngestException {

    public ContainerNotFoundException(String name) {
        super("no container '" + name + "' is configured (rag.ingest.blob-sync.containers)");
    }
}
