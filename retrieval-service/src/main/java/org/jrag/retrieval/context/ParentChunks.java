package org.jrag.retrieval.context;

import java.util.Collection;
import java.util.Map;

/** Finds the parent chunk ({@code chunk.parent_id}) of child chunks: child id to its parent, children without one absent. */
@FunctionalInterface
public interface ParentChunks {

    Map<Long, ContextChunk> parentsOf(Collection<Long> childIds);
}
