package org.jrag.gateway.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimitsTests {

    private static final Set<String> KEYS = Set.of("chatbot", "pipeline", "ops");
    private final AtomicLong now = new AtomicLong();

    @Test
    void keysWithARateOfTheirOwnUseItAndTheOthersTheStandardOne() {
        RateLimits limits = RateLimits.of(1, 2, List.of("chatbot=1/1", "pipeline=0"), KEYS, now::get);

        // chatbot: one at once
        assertThat(limits.acquire("key chatbot", "chatbot")).isZero();
        assertThat(limits.acquire("key chatbot", "chatbot")).isEqualTo(1_000_000_000L);
        // ops: the standard burst of two
        assertThat(limits.acquire("key ops", "ops")).isZero();
        assertThat(limits.acquire("key ops", "ops")).isZero();
        assertThat(limits.acquire("key ops", "ops")).isPositive();
        // pipeline: no limit
        for (int i = 0; i < 1000; i++) {
            assertThat(limits.acquire("key pipeline", "pipeline")).isZero();
        }
        // a user of the identity provider: the standard rate
        assertThat(limits.acquire("user alice", null)).isZero();
        assertThat(limits.acquire("user alice", null)).isZero();
        assertThat(limits.acquire("user alice", null)).isPositive();
    }

    @Test
    void withoutAStandardRateOnlyTheKeysWithTheirOwnAreLimited() {
        RateLimits limits = RateLimits.of(0, 0, List.of("chatbot=0.5"), KEYS, now::get);

        assertThat(limits.acquire("key chatbot", "chatbot")).isZero(); // burst: twice the rate, at least 1
        assertThat(limits.acquire("key chatbot", "chatbot")).isPositive();
        for (int i = 0; i < 100; i++) {
            assertThat(limits.acquire("address 10.0.0.1", null)).isZero();
        }
    }

    @Test
    void refusesMalformedEntriesAndKeysItDoesNotKnow() {
        assertThatThrownBy(() -> RateLimits.of(1, 2, List.of("chatbot"), KEYS, now::get))
                .hasMessage("rag.gateway.access.key-rates entry 'chatbot' must be key=perSecond/burst (a rate >= 0, 0"
                        + " for no limit; a burst >= 1)");
        assertThatThrownBy(() -> RateLimits.of(1, 2, List.of("chatbot=fast"), KEYS, now::get))
                .hasMessageStartingWith("rag.gateway.access.key-rates entry 'chatbot=fast' must be");
        assertThatThrownBy(() -> RateLimits.of(1, 2, List.of("chatbot=5/0"), KEYS, now::get))
                .hasMessageStartingWith("rag.gateway.access.key-rates entry 'chatbot=5/0' must be");
        assertThatThrownBy(() -> RateLimits.of(1, 2, List.of("chatbto=5"), KEYS, now::get))
                .hasMessage("rag.gateway.access.key-rates names 'chatbto', which is not a key of"
                        + " rag.gateway.access.api-keys");
        assertThatThrownBy(() -> RateLimits.of(1, 2, List.of("ops=5", "ops=6"), KEYS, now::get))
                .hasMessage("rag.gateway.access.key-rates names 'ops' twice");
    }
}
