package org.jrag.ingest.document;

/**
 * What a parser extracted: the text that is stored, chunked and cited, and a title when the format carries one.
 *
 * @param text the document's text; chunk offsets point into it
 * @param title a title found in the document, or null
 */
public record ParsedDocument(String text, String title) {

    public ParsedDocument {
        if (text == null) {
            throw new IllegalArgumentException("text must not be null");
        }
        if (title != null && title.isBlank()) {
            title = null;
        }
    }
}
