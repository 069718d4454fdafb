package org.jrag.retrieval.bm25;

import java.time.LocalDate;
import java.util.List;

/**
 * A chunk as the BM25 index stores it: ids for filtering and deletes, title and text for matching, the metadata
 * filters need (tags, publication date, its document's source; empty and null when the chunk has none), who may
 * read its document (empty: everyone), and its collection's language ({@code german}; null: the service's default
 * analysis).
 */
public record IndexedChunk(
        long chunkId,
        long documentId,
        long collectionId,
        String title,
        String text,
        List<String> tags,
        LocalDate publishedAt,
        String source,
        List<String> readers,
        String language) {

    /** A chunk without tags, publication date or source, that everyone may read, in the default language. */
    public IndexedChunk(long chunkId, long documentId, long collectionId, String title, String text) {
        this(chunkId, documentId, collectionId, title, text, List.of(), null, null, List.of(), null);
    }

    public IndexedChunk {
        if (text == null) {
            throw new IllegalArgumentException("text must not be null (chunk " + chunkId + ")");
        }
        tags = tags == null ? List.of() : List.copyOf(tags);
        readers = readers == null ? List.of() : List.copyOf(readers);
    }
}
