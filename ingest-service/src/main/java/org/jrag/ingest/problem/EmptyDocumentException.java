package org.jrag.ingest.problem;

/** An upload with no bytes, or with no text to chunk. */
public final class EmptyDocumentException extends IngestException {

    public EmptyDocumentException(String message) {
        super(message);
    }
}
