package org.jrag.ingest.problem;

/** Bytes that claim (or were detected) to be a format but cannot be parsed as it. */
public final class CorruptDocumentException extends IngestException {

    private final String mediaType;

    public CorruptDocumentException(String mediaType, String reason) {
        super("document is not a readable " + mediaType + ": " + (reason == null ? "unknown error" : reason));
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }
}
