package org.jrag.ingest.document;

/**
 * The format a document is parsed as, decided from its bytes, and what the client had declared.
 *
 * @param format the format the content shows (or, where the content does not tell, the declared one)
 * @param declaredMediaType the media type the client declared (header, part or file name), or null
 * @param mismatch why the content overruled the declaration, or null when they agree
 */
public record DetectedFormat(DocumentFormat format, String declaredMediaType, String mismatch) {

    public DetectedFormat {
        if (format == null) {
            throw new IllegalArgumentException("format must not be null");
        }
    }
}
