package org.jrag.ingest.document;

/**
 * One document as it reaches ingestion, whichever way it was sent (raw body, multipart part, batch entry).
 *
 * @param collection name of the target collection
 * @param content the raw bytes, already within the size limit
 * @param declared the format the client declared, or null when it declared none or a generic type
 * @param declaredMediaType the declaration as sent (a Content-Type), for reports; or null
 * @param filename the file or entry name, or null
 * @param metadata what the client told about the document
 */
public record DocumentUpload(
        String collection,
        byte[] content,
        DocumentFormat declared,
        String declaredMediaType,
        String filename,
        DocumentMetadata metadata) {

    public DocumentUpload {
        if (collection == null) {
            throw new IllegalArgumentException("collection must not be null");
        }
        if (content == null) {
            throw new IllegalArgumentException("content must not be null");
        }
        if (metadata == null) {
            throw new IllegalArgumentException("metadata must not be null");
        }
    }
}
