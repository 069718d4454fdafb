package org.jrag.ingest.chunking;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How documents are cut into chunks, counted in the embedding model's tokens. Defaults live in application.yml.
 *
 * @param chunkTokens tokens per chunk
 * @param overlapTokens tokens shared by neighbouring chunks
 */
@ConfigurationProperties("rag.ingest.chunking")
public record ChunkingProperties(int chunkTokens, int overlapTokens) {

    public ChunkingProperties {
        if (chunkTokens <= 0) {
            throw new IllegalArgumentException("rag.ingest.chunking.chunk-tokens must be > 0, got: " + chunkTokens);
        }
        if (overlapTokens < 0 || overlapTokens >= chunkTokens) {
            throw new IllegalArgumentException("rag.ingest.chunking.overlap-tokens must be >= 0 and < chunk-tokens ("
                    + chunkTokens + "), got: " + overlapTokens);
        }
    }
}
