package org.jrag.ingest.batch;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Bounds on batch uploads, which expand (a zip archive) or multiply (a JSON list) what one request costs. Defaults
 * live in application.yml; the request body itself is bounded by {@code rag.ingest.max-document-bytes}.
 *
 * @param maxEntries the most documents one batch may hold
 * @param maxTotalBytes the most bytes a zip archive may expand to, all entries together
 * @param maxCompressionRatio the most a zip archive may expand relative to its own size, checked once it has
 *     expanded past 1 MiB or {@code rag.ingest.max-document-bytes}, whichever is smaller (ordinary text compresses
 *     3-10 times; a bomb thousands of times)
 */
@ConfigurationProperties("rag.ingest.batch")
public record BatchProperties(int maxEntries, DataSize maxTotalBytes, int maxCompressionRatio) {

    public BatchProperties {
        if (maxEntries <= 0) {
            throw new IllegalArgumentException("rag.ingest.batch.max-entries must be > 0, got: " + maxEntries);
        }
        if (maxTotalBytes == null || maxTotalBytes.toBytes() <= 0) {
            throw new IllegalArgumentException("rag.ingest.batch.max-total-bytes must be > 0, got: " + maxTotalBytes);
        }
        if (maxCompressionRatio <= 1) {
            throw new IllegalArgumentException(
                    "rag.ingest.batch.max-compression-ratio must be > 1, got: " + maxCompressionRatio);
        }
    }
}
