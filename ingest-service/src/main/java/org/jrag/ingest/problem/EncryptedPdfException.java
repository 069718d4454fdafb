package org.jrag.ingest.problem;

/** A PDF whose text cannot be read without a password (or whose permissions forbid extracting it). */
public final class EncryptedPdfException extends IngestException {

    public EncryptedPdfException(String message) {
        super(message);
    }
}
