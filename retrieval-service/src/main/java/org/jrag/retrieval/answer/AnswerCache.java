package org.jrag.retrieval.answer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.Optional;

/**
 * generation-service's answers by the exact request they answered: the question, the passages (their ids and text),
 * the conversation and the answer options. A greedy answer is a function of that request, so a question asked again
 * over the same passages is answered from here in the time of its search, and any change to the documents that
 * changes what the search finds changes the key. Only greedy requests are kept ({@code temperature} 0, or left to
 * generation-service's default, which is greedy unless configured otherwise), for at most the TTL, in this replica's
 * memory or in the database every replica shares ({@link AnswerCacheProperties.Store}). Hits and misses are counted
 * in {@code rag.retrieval.answer.cache{result=hit|miss}}.
 */
public class AnswerCache {

    private final AnswerCacheProperties properties;
    private final AnswerStore store;
    private final Clock clock;
    private final Counter hits;
    private final Counter misses;

    AnswerCache(AnswerCacheProperties properties, AnswerStore store, MeterRegistry registry, Clock clock) {
        this.properties = properties;
        this.store = store;
        this.clock = clock;
        String name = "rag.retrieval.answer.cache";
        String description = "Answers served from the answer cache (hit) or asked of generation-service (miss)";
        this.hits = Counter.builder(name)
                .tag("result", "hit")
                .description(description)
                .register(registry);
        this.misses = Counter.builder(name)
                .tag("result", "miss")
                .description(description)
                .register(registry);
    }

    /** Whether answers to this request are kept: the cache is on and the request is greedy. */
    public boolean caches(AnswerRequest request) {
        return properties.size() > 0 && (request.temperature() == null || request.temperature() == 0);
    }

    /** The kept answer to the request, if there is one still fresh; counts the hit or miss of a cached request. */
    public Optional<GeneratedAnswer> get(AnswerRequest request) {
        if (!caches(request)) {
            return Optional.empty();
        }
        Optional<GeneratedAnswer> kept = store.find(key(request), clock.instant());
        (kept.isPresent() ? hits : misses).increment();
        return kept;
    }

    /** Keeps the answer to a request the cache takes. */
    public void put(AnswerRequest request, GeneratedAnswer answer) {
        if (caches(request) && answer != null) {
            store.keep(key(request), answer, clock.instant().plus(properties.ttl()));
        }
    }

    /** Forgets every kept answer (with the database store, every replica's). */
    public void clear() {
        store.clear();
    }

    /** Streamed or not, the same request. */
    private static AnswerRequest key(AnswerRequest request) {
        return new AnswerRequest(
                request.question(),
                request.passages(),
                request.mode(),
                request.maxTokens(),
                request.temperature(),
                request.history(),
                null,
                request.instructions());
    }
}
