package org.jrag.retrieval.search;

import java.util.Map;

/**
 * One hit of a search with its explanation: the rank and score each retriever gave it (a retriever that did not
 * find it is absent), and {@code score}, the fused RRF score in hybrid mode or the retriever's own score otherwise.
 */
public record SearchResult(
        long chunkId,
        long documentId,
        String collection,
        String title,
        String text,
        int startOffset,
        int endOffset,
        double score,
        Map<String, Integer> ranks,
        Map<String, Double> scores) {}
