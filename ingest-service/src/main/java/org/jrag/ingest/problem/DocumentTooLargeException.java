package org.jrag.ingest.problem;

/** A document over {@code rag.ingest.max-document-bytes}. */
public final class DocumentTooLargeException extends IngestException {

    private final long limitBytes;

    public DocumentTooLargeException(long limitBytes) {
        super(messageFor(limitBytes));
        this.limitBytes = limitBytes;
    }

    public long limitBytes() {
        return limitBytes;
    }

    /** The one wording of the limit, shared with the multipart-limit mapping. */
    public static String messageFor(long limitBytes) {
        return "document exceeds the limit of " + limitBytes + " bytes (rag.ingest.max-document-bytes)";
    }
}
