package org.jrag.retrieval.bm25;

/** A chunk as the BM25 index stores it: ids for filtering and deletes, title and text for matching. */
public record IndexedChunk(long chunkId, long documentId, long collectionId, String title, String text) {

    public IndexedChunk {
        if (text == null) {
            throw new IllegalArgumentException("text must not be null (chunk " + chunkId + ")");
        }
    }
}
