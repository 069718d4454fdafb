package org.jrag.ingest.problem;

/** A collection import whose body is no export of this API: the line that is not, and why. */
public final class InvalidImportException extends IngestException {

    private InvalidImportException(String message) {
        super(message);
    }

    public static InvalidImportException invalid(long line, String why) {
        return new InvalidImportException("line " + line + ": " + why);
    }
}
