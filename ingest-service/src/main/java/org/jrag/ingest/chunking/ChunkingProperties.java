package org.jrag.ingest.chunking;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The service's default chunking, used where neither the collection nor the request chooses one; sizes are counted in
 * the embedding model's tokens. Defaults live in application.yml.
 *
 * @param chunker the default strategy's name (fixed, recursive, sentence, semantic, sentence-window, parent-child)
 * @param chunkTokens tokens per (indexed) chunk
 * @param overlapTokens tokens shared by neighbouring chunks of the fixed strategy
 * @param windowSentences sentences on each side kept as a sentence-window chunk's window
 * @param parentTokens tokens per parent of the parent-child strategy
 * @param breakpointPercentile the neighbour-distance percentile above which the semantic strategy cuts
 */
@ConfigurationProperties("rag.ingest.chunking")
public record ChunkingProperties(
        String chunker,
        int chunkTokens,
        int overlapTokens,
        int windowSentences,
        int parentTokens,
        double breakpointPercentile) {

    public ChunkingProperties {
        if (chunker == null || ChunkingOptions.STRATEGIES.stream().noneMatch(chunker::equals)) {
            throw new IllegalArgumentException("rag.ingest.chunking.chunker must be one of "
                    + String.join(", ", ChunkingOptions.STRATEGIES) + ", got: " + chunker);
        }
        if (chunkTokens <= 0) {
            throw new IllegalArgumentException("rag.ingest.chunking.chunk-tokens must be > 0, got: " + chunkTokens);
        }
        if (overlapTokens < 0 || overlapTokens >= chunkTokens) {
            throw new IllegalArgumentException("rag.ingest.chunking.overlap-tokens must be >= 0 and < chunk-tokens ("
                    + chunkTokens + "), got: " + overlapTokens);
        }
        if (windowSentences < 0) {
            throw new IllegalArgumentException(
                    "rag.ingest.chunking.window-sentences must be >= 0, got: " + windowSentences);
        }
        if (parentTokens <= chunkTokens) {
            throw new IllegalArgumentException("rag.ingest.chunking.parent-tokens must be > chunk-tokens ("
                    + chunkTokens + "), got: " + parentTokens);
        }
        if (!(breakpointPercentile >= 1 && breakpointPercentile <= 99)) {
            throw new IllegalArgumentException(
                    "rag.ingest.chunking.breakpoint-percentile must be between 1 and 99, got: " + breakpointPercentile);
        }
    }
}
