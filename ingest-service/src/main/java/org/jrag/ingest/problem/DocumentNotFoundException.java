package org.jrag.ingest.problem;

/** No document with that id in that collection. */
public final class DocumentNotFoundException extends IngestException {

    public DocumentNotFoundException(String collection, long documentId) {
        super("document " + documentId + " does not exist in collection '" + collection + "'");
    }
}
