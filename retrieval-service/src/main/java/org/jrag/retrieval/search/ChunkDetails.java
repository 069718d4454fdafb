package org.jrag.retrieval.search;

/** What a search result shows about a chunk besides its scores. */
record ChunkDetails(
        long chunkId,
        long documentId,
        String collection,
        String title,
        String text,
        int startOffset,
        int endOffset,
        ChunkOrigin origin,
        String language) {}
