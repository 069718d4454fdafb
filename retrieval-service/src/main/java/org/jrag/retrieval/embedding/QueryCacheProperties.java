package org.jrag.retrieval.embedding;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code rag.retrieval.query-cache.*}: how many query vectors the service keeps (about 1.6 KB each for a 384-dim
 * model), so that a repeated query skips the embedding model.
 */
@ConfigurationProperties("rag.retrieval.query-cache")
public record QueryCacheProperties(@DefaultValue("10000") int size) {

    public QueryCacheProperties {
        if (size < 1) {
            throw new IllegalArgumentException("rag.retrieval.query-cache.size must be >= 1, got: " + size);
        }
    }
}
