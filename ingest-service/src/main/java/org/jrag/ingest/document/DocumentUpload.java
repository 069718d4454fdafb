package org.jrag.ingest.document;

/**
 * One upload as it reaches ingestion, whichever way it was sent (raw body or multipart).
 *
 * @param collection name of the target collection
 * @param content the raw bytes, already within the size limit
 * @param format the format the upload declared
 * @param title the caller's title, or null to use one found in the document
 * @param source where the document came from (a path or URL), or null
 */
public record DocumentUpload(String collection, byte[] content, DocumentFormat format, String title, String source) {

    public DocumentUpload {
        if (collection == null) {
            throw new IllegalArgumentException("collection must not be null");
        }
        if (content == null) {
            throw new IllegalArgumentException("content must not be null");
        }
        if (format == null) {
            throw new IllegalArgumentException("format must not be null");
        }
        title = blankToNull(title);
        source = blankToNull(source);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
