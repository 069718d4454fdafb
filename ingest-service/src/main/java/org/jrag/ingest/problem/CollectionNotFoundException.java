package org.jrag.ingest.problem;

/** The named collection does not exist. */
public final class CollectionNotFoundException extends IngestException {

    public CollectionNotFoundException(String name) {
        super("collection '" + name + "' does not exist");
    }
}
