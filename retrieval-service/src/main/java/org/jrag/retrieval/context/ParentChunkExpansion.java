package org.jrag.retrieval.context;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Small-to-big: a child chunk was indexed because a small chunk matches precisely, but the answer needs the parent's
 * context, so each child is replaced by its parent. Children of one parent collapse into that parent, at the best
 * child's position and score.
 */
public final class ParentChunkExpansion implements ContextPostProcessor {

    private final ParentChunks parents;

    public ParentChunkExpansion(ParentChunks parents) {
        this.parents = parents;
    }

    @Override
    public List<ContextChunk> process(List<ContextChunk> chunks) {
        Map<Long, ContextChunk> parentOf =
                parents.parentsOf(chunks.stream().map(ContextChunk::chunkId).toList());
        Map<Long, ContextChunk> expanded = new LinkedHashMap<>();
        for (ContextChunk chunk : chunks) {
            ContextChunk parent = parentOf.get(chunk.chunkId());
            ContextChunk replacement = parent == null
                    ? chunk
                    : new ContextChunk(
                            parent.chunkId(),
                            parent.documentId(),
                            parent.title(),
                            parent.text(),
                            parent.startOffset(),
                            parent.endOffset(),
                            chunk.score(),
                            parent.verbatim());
            // chunks come best first, so the first child seen keeps the parent's place and score
            expanded.putIfAbsent(replacement.chunkId(), replacement);
        }
        return new ArrayList<>(expanded.values());
    }
}
