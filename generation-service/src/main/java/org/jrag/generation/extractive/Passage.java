package org.jrag.generation.extractive;

/**
 * A retrieved chunk handed to the answerer: the only text an extractive answer may quote.
 *
 * @param documentId the document the chunk belongs to
 * @param chunkId the chunk's id, echoed in citations
 * @param title the document title, may be null
 * @param text the chunk text
 */
public record Passage(Long documentId, Long chunkId, String title, String text) {

    public Passage {
        if (documentId == null) {
            throw new IllegalArgumentException("passage documentId must not be null");
        }
        if (chunkId == null) {
            throw new IllegalArgumentException("passage chunkId must not be null");
        }
        if (text == null) {
            throw new IllegalArgumentException("passage text must not be null (chunkId " + chunkId + ")");
        }
    }
}
