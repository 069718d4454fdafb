package org.jrag.ingest.problem;

/** A zip archive that expands past the batch limits (total bytes or compression ratio): refused while reading it. */
public final class ZipBombException extends IngestException {

    public ZipBombException(String message) {
        super(message);
    }
}
