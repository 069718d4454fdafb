package org.jrag.retrieval.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerCacheTests {

    private static final GeneratedAnswer ANSWER =
            new GeneratedAnswer("Jupiter [1].", "generative", List.of(), null, null, null);

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final MovableClock clock = new MovableClock();

    private static AnswerRequest request(String question, Double temperature) {
        return new AnswerRequest(
                question,
                List.of(new Passage(1, 2, "Planets", "Jupiter is the largest planet.")),
                null,
                null,
                temperature,
                List.of(),
                null,
                null);
    }

    @Test
    void answersAGreedyRequestAgainStreamedOrNotUntilItsTtl() {
        var cache = cache(10);
        AnswerRequest asked = request("Which planet?", null);

        assertThat(cache.get(asked)).isEmpty();
        cache.put(asked, ANSWER);

        assertThat(cache.get(asked)).contains(ANSWER);
        assertThat(cache.get(asked.streamed())).contains(ANSWER);
        assertThat(cache.get(request("Which planet?", 0.0))).isEmpty(); // another request: temperature set
        assertThat(cache.get(new AnswerRequest(
                        asked.question(), asked.passages(), null, null, null, List.of(), null, "Answer in German.")))
                .isEmpty(); // another request: instructions
        clock.advance(Duration.ofMinutes(10));
        assertThat(cache.get(asked)).isEmpty();
        assertThat(registry.counter("rag.retrieval.answer.cache", "result", "hit")
                        .count())
                .isEqualTo(2);
        assertThat(registry.counter("rag.retrieval.answer.cache", "result", "miss")
                        .count())
                .isEqualTo(4);
    }

    @Test
    void keepsNoSampledAnswerNothingWhenOffAndAtMostItsSize() {
        var cache = cache(2);
        AnswerRequest sampled = request("Which planet?", 0.7);
        cache.put(sampled, ANSWER);
        assertThat(cache.caches(sampled)).isFalse();
        assertThat(cache.get(sampled)).isEmpty();

        for (String q : List.of("a", "b", "c")) {
            cache.put(request(q, null), ANSWER);
        }
        assertThat(cache.get(request("a", null))).isEmpty(); // the eldest gave way
        assertThat(cache.get(request("c", null))).contains(ANSWER);

        var off = cache(0);
        off.put(request("a", null), ANSWER);
        assertThat(off.get(request("a", null))).isEmpty();
        assertThatThrownBy(() -> new AnswerCacheProperties(-1, Duration.ofMinutes(1), null))
                .hasMessage("rag.retrieval.answer-cache.size must be >= 0, got: -1");
    }

    private AnswerCache cache(int size) {
        var properties = new AnswerCacheProperties(size, Duration.ofMinutes(10), null);
        return new AnswerCache(properties, new MemoryAnswerStore(size), registry, clock);
    }

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-12-04T10:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
