package org.jrag.retrieval.search;

/**
 * One chunk as a retriever ranked it: the id and the retriever's own score (BM25 score, cosine similarity, ...).
 * Scores of different retrievers are not comparable; fusion works on ranks.
 */
public record ScoredChunk(long chunkId, double score) {

    public ScoredChunk {
        if (chunkId <= 0) {
            throw new IllegalArgumentException("chunkId must be > 0, got: " + chunkId);
        }
        if (Double.isNaN(score)) {
            throw new IllegalArgumentException("score must be a number, got: NaN");
        }
    }
}
