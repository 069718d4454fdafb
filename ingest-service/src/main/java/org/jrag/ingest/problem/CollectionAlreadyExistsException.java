package org.jrag.ingest.problem;

/** A collection of that name exists already; names are unique. */
public final class CollectionAlreadyExistsException extends IngestException {

    public CollectionAlreadyExistsException(String name) {
        super("collection '" + name + "' already exists");
    }
}
