package org.jrag.eval.run;

/**
 * How well pgvector's HNSW index finds the true nearest chunks: the mean overlap of the top 10 chunks that dense
 * search returns through the index at {@code efSearch} (null: the service's configured value) with the top 10 of an
 * exact scan, over the evaluated queries.
 */
public record HnswRecall(Integer efSearch, double recallAt10, int queries, double seconds) {}
