package org.jrag.retrieval.answer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * generation-service's answers by the exact request they answered: the question, the passages (their ids and text),
 * the conversation and the answer options. A greedy answer is a function of that request, so a question asked again
 * over the same passages is answered from here in the time of its search, and any change to the documents that
 * changes what the search finds changes the key. Only greedy requests are kept ({@code temperature} 0, or left to
 * generation-service's default, which is greedy unless configured otherwise), in a bounded LRU for at most the TTL.
 * Hits and misses are counted in {@code rag.retrieval.answer.cache{result=hit|miss}}.
 */
@Component
public class AnswerCache {

    private record Kept(GeneratedAnswer answer, Instant expires) {}

    private final AnswerCacheProperties properties;
    private final Clock clock;
    private final Map<AnswerRequest, Kept> entries;
    private final Counter hits;
    private final Counter misses;

    @Autowired
    AnswerCache(AnswerCacheProperties properties, MeterRegistry registry) {
        this(properties, registry, Clock.systemUTC());
    }

    AnswerCache(AnswerCacheProperties properties, MeterRegistry registry, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<AnswerRequest, Kept> eldest) {
                return size() > properties.size();
            }
        };
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
    public synchronized Optional<GeneratedAnswer> get(AnswerRequest request) {
        if (!caches(request)) {
            return Optional.empty();
        }
        AnswerRequest key = key(request);
        Kept entry = entries.get(key);
        if (entry == null || !entry.expires().isAfter(clock.instant())) {
            if (entry != null) {
                entries.remove(key);
            }
            misses.increment();
            return Optional.empty();
        }
        hits.increment();
        return Optional.of(entry.answer());
    }

    /** Keeps the answer to a request the cache takes. */
    public synchronized void put(AnswerRequest request, GeneratedAnswer answer) {
        if (caches(request) && answer != null) {
            entries.put(key(request), new Kept(answer, clock.instant().plus(properties.ttl())));
        }
    }

    /** Forgets every kept answer (after generation-service changed its model or guardrails, say). */
    public synchronized void clear() {
        entries.clear();
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
                null);
    }
}
