package org.jrag.ingest.problem;

/** Bytes that are not UTF-8 text; the offset lets the client find the first bad byte. */
public final class InvalidUtf8Exception extends IngestException {

    private final long byteOffset;

    public InvalidUtf8Exception(long byteOffset, String reason) {
        super("document is not valid UTF-8 text: " + reason + " at byte offset " + byteOffset);
        this.byteOffset = byteOffset;
    }

    public long byteOffset() {
        return byteOffset;
    }
}
