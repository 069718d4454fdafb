package org.jrag.retrieval.fusion;

import java.util.Map;

/**
 * A chunk after fusion: the fused score plus, per retriever that found it, its 1-based rank and that retriever's own
 * score. Retrievers that did not find the chunk are absent from both maps.
 */
public record FusedChunk(long chunkId, double score, Map<String, Integer> ranks, Map<String, Double> scores) {}
