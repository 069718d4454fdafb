package org.jrag.retrieval.springai;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import org.jrag.retrieval.search.ChunkOrigin;

/** Loads what a Spring AI {@code Document} shows of a chunk; retrievers hand back ids only. */
@FunctionalInterface
public interface ChunkTexts {

    /**
     * The chunks among {@code chunkIds} that are still searchable and that the principals may read (null: every one),
     * by id.
     */
    Map<Long, ChunkText> load(Collection<Long> chunkIds, Set<String> principals);

    /** A chunk's text and provenance ({@code origin}: where it comes from, null when nothing is known). */
    record ChunkText(long chunkId, long documentId, String title, String text, ChunkOrigin origin) {}
}
