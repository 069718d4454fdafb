package org.jrag.retrieval.rerank;

import java.util.List;

/**
 * Scores how well each passage answers a query, reading query and passage together (unlike the retrievers, which
 * score them apart). Higher is better; scores are only comparable within one call. Thread-safe.
 */
public interface Reranker {

    /** Short name reported in search explanations, e.g. {@code cross-encoder}. */
    String name();

    /** One score per passage, in the order of {@code passages}. */
    double[] score(String query, List<String> passages);
}
