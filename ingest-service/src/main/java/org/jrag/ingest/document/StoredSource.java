package org.jrag.ingest.document;

/**
 * A stored document by the source it was uploaded under, and the hash of its bytes: what a sync compares a file to.
 *
 * @param contentHash sha-256 of the stored bytes, hex
 * @param url the document's url, or null
 */
public record StoredSource(long documentId, String source, String contentHash, String url) {}
