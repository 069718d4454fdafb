package org.jrag.ingest.problem;

/** A collection-wide change asked for by a caller that may not read some of the collection's documents. */
public final class HiddenDocumentsException extends IngestException {

    public HiddenDocumentsException(String collection, String what, long hidden) {
        super(what + " collection '" + collection + "' would reach " + hidden
                + (hidden == 1 ? " document" : " documents") + " this caller may not read; a caller that reads every"
                + " document may");
    }
}
