package org.jrag.retrieval.bm25;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code rag.retrieval.bm25.*}: where the Lucene index lives, the BM25 parameters ({@code k1} term-frequency
 * saturation, {@code b} length normalisation), the text {@code analyzer} and the {@code fields} layout, and how the
 * change-log tailer polls (every {@code pollInterval}, at most {@code batchSize} rows per commit). The defaults
 * (application.yml) are Anserini's flat BEIR configuration: English analysis, title and text in one field, k1 0.9,
 * b 0.4.
 */
@ConfigurationProperties("rag.retrieval.bm25")
public record Bm25Properties(
        Path indexDir,
        float k1,
        float b,
        Bm25Analyzer analyzer,
        Bm25Fields fields,
        Duration pollInterval,
        int batchSize) {

    public Bm25Properties {
        if (analyzer == null) {
            throw new IllegalArgumentException("rag.retrieval.bm25.analyzer must be one of "
                    + Arrays.stream(Bm25Analyzer.values())
                            .map(Bm25Analyzer::wireName)
                            .toList());
        }
        if (fields == null) {
            throw new IllegalArgumentException("rag.retrieval.bm25.fields must be flat or multifield");
        }
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
