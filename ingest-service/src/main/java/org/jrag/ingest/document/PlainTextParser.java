package org.jrag.ingest.document;

/** Plain text is its own text: strict UTF-8, nothing removed. */
final class PlainTextParser implements DocumentParser {

    @Override
    public ParsedDocument parse(byte[] content) {
        return new ParsedDocument(Utf8Decoder.decode(content), null);
    }
}
