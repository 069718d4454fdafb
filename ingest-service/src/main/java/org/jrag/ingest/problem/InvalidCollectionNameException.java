package org.jrag.ingest.problem;

/** A collection name outside the pattern the catalog enforces. */
public final class InvalidCollectionNameException extends IngestException {

    public InvalidCollectionNameException(String name, String pattern) {
        super("collection name must match " + pattern + ", got: " + (name == null ? "null" : "'" + name + "'"));
    }
}
