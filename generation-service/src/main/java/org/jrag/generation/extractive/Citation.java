package org.jrag.generation.extractive;

/**
 * Where part of an answer came from: one chunk, and the sentences of it that the answer quotes.
 *
 * @param documentId the chunk's document
 * @param chunkId the cited chunk
 * @param title the document title, may be null
 * @param text the quoted sentence(s) of that chunk
 */
public record Citation(long documentId, long chunkId, String title, String text) {

    public Citation {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("citation text must not be blank (chunkId " + chunkId + ")");
        }
    }
}
