package org.jrag.retrieval.warmup;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code rag.retrieval.warmup.*}: how many searches the service sends itself at start-up, before it reports ready.
 *
 * @param searches hybrid searches of made-up queries through {@code POST /v1/search} (0: none)
 * @param concurrency how many of them run at once
 */
@ConfigurationProperties("rag.retrieval.warmup")
public record WarmupProperties(int searches, int concurrency) {

    public WarmupProperties {
        if (searches < 0) {
            throw new IllegalArgumentException("rag.retrieval.warmup.searches must be >= 0, got: " + searches);
        }
        if (concurrency < 1) {
            throw new IllegalArgumentException("rag.retrieval.warmup.concurrency must be >= 1, got: " + concurrency);
        }
    }
}
