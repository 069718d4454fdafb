package org.jrag.retrieval.answer;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code rag.retrieval.answer-cache.*}: generation-service's answers kept for requests that repeat exactly.
 *
 * @param size the most answers kept (0: none, the cache is off)
 * @param ttl how long an answer is served from the cache (bounds how long a changed generation-service, another model
 *     or other guardrails, goes unnoticed)
 * @param store where the answers are kept; null: {@link Store#MEMORY}
 */
@ConfigurationProperties("rag.retrieval.answer-cache")
public record AnswerCacheProperties(int size, Duration ttl, Store store) {

    /** Where the answer cache keeps its answers. */
    public enum Store {
        /** This replica's memory, a bounded LRU: nothing to clean up, nothing shared. */
        MEMORY,
        /** The {@code answer_cache} table: shared by every replica and kept across restarts. */
        DATABASE
    }

    public AnswerCacheProperties {
        if (size < 0) {
            throw new IllegalArgumentException("rag.retrieval.answer-cache.size must be >= 0, got: " + size);
        }
        if (ttl == null || ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("rag.retrieval.answer-cache.ttl must be > 0, got: " + ttl);
        }
        if (store == null) {
            store = Store.MEMORY;
        }
    }
}
