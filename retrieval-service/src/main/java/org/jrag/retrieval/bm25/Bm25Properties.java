package org.jrag.retrieval.bm25;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code rag.retrieval.bm25.*}: where the Lucene index lives, the BM25 parameters, and how the change-log tailer
 * polls (every {@code pollInterval}, at most {@code batchSize} rows per commit).
 */
@ConfigurationProperties("rag.retrieval.bm25")
public record Bm25Properties(Path indexDir, float k1, float b, Duration pollInterval, int batchSize) {

    public Bm25Properties {
        if (indexDir == null) {
            throw new IllegalArgumentException("rag.retrieval.bm25.index-dir must be set");
        }
        if (k1 < 0) {
            throw new IllegalArgumentException("rag.retrieval.bm25.k1 must be >= 0, got: " + k1);
        }
        if (b < 0 || b > 1) {
            throw new IllegalArgumentException("rag.retrieval.bm25.b must be in [0, 1], got: " + b);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("rag.retrieval.bm25.batch-size must be >= 1, got: " + batchSize);
        }
    }
}
