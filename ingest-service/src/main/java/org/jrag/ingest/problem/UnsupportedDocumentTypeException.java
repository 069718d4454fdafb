package org.jrag.ingest.problem;

import java.util.List;

/** A document whose media type (or charset) no parser reads. */
public final class UnsupportedDocumentTypeException extends IngestException {

    private final List<String> supported;

    public UnsupportedDocumentTypeException(String message, List<String> supported) {
        super(message + "; supported: " + String.join(", ", supported));
        this.supported = List.copyOf(supported);
    }

    public List<String> supported() {
        return supported;
    }
}
