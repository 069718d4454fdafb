package org.jrag.ingest.document;

/** Turns the raw bytes of one document format into the text that is chunked and cited. */
@FunctionalInterface
public interface DocumentParser {

    ParsedDocument parse(byte[] content);
}
