package org.jrag.ingest.problem;

/**
 * An upload's bytes are those of a stored document the caller may not read: one collection holds identical bytes once,
 * and answering with that document (its id and title) would show the caller what it may not read.
 */
public final class HiddenDuplicateException extends IngestException {

    public HiddenDuplicateException(String collection, String filename) {
        super((filename == null ? "the upload's bytes" : "the bytes of '" + filename + "'")
                + " are stored in collection '" + collection
                + "' already, as a document this caller may not read; they are not stored again");
    }
}
