package org.jrag.retrieval.search;

import java.util.List;

/** Finds the chunks most relevant to a query, best first. One implementation per retrieval source. */
@FunctionalInterface
public interface ChunkRetriever {

    List<ScoredChunk> retrieve(SearchQuery query);
}
