package org.jrag.retrieval.hyde;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code rag.retrieval.hyde.*}: the prompt that asks generation-service for a hypothetical passage ({@code %s} is the
 * query), its length, how much the passage's embedding weighs against the query's ({@code weight}, 1 = passage only),
 * how many queries' embeddings are cached, and how long generation-service's model list is trusted.
 */
@ConfigurationProperties("rag.retrieval.hyde")
public record HydeProperties(String prompt, int maxTokens, double weight, int cacheSize, Duration modelsTtl) {

    public HydeProperties {
        if (prompt == null || !prompt.contains("%s")) {
            throw new IllegalArgumentException(
                    "rag.retrieval.hyde.prompt must contain %s for the query, got: '" + prompt + "'");
        }
        if (maxTokens < 1) {
            throw new IllegalArgumentException("rag.retrieval.hyde.max-tokens must be >= 1, got: " + maxTokens);
        }
        if (!(weight >= 0 && weight <= 1)) {
            throw new IllegalArgumentException("rag.retrieval.hyde.weight must be in [0, 1], got: " + weight);
        }
        if (cacheSize < 1) {
            throw new IllegalArgumentException("rag.retrieval.hyde.cache-size must be >= 1, got: " + cacheSize);
        }
        if (modelsTtl == null || modelsTtl.isNegative()) {
            throw new IllegalArgumentException("rag.retrieval.hyde.models-ttl must be >= 0, got: " + modelsTtl);
        }
    }
}
