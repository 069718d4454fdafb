package org.jrag.retrieval.dense;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code rag.retrieval.dense.iterative-scan.*}: how far pgvector's iterative HNSW scan may go for a filtered search
 * before it gives up ({@code hnsw.max_scan_tuples}, pgvector's default 20000). Set on every pooled connection by the
 * datasource's init SQL, which reads this property; bound here so a bad value fails at start-up with a clear message.
 */
@ConfigurationProperties("rag.retrieval.dense.iterative-scan")
public record IterativeScanProperties(int maxScanTuples) {

    public IterativeScanProperties {
        if (maxScanTuples < 1) {
            throw new IllegalArgumentException(
                    "rag.retrieval.dense.iterative-scan.max-scan-tuples must be >= 1, got: " + maxScanTuples);
        }
    }
}
