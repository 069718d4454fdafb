package org.jrag.gateway.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTests {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);

    @Test
    void letsABurstThroughThenOneRequestPerIntervalAndSaysHowLongToWait() {
        var limiter = new RateLimiter(2, 3, now::get); // 2 per second, bursts of 3

        assertThat(limiter.acquire("a")).isZero();
        assertThat(limiter.acquire("a")).isZero();
        assertThat(limiter.acquire("a")).isZero();
        assertThat(limiter.acquire("a")).isCloseTo(500_000_000L, within(2L)); // the next token in half a second

        now.addAndGet(250_000_000L);
        assertThat(limiter.acquire("a")).isCloseTo(250_000_000L, within(2L));
        now.addAndGet(251_000_000L);
        assertThat(limiter.acquire("a")).isZero();
        assertThat(limiter.acquire("a")).isPositive();
    }

    @Test
    void keepsABucketPerClientAndRefillsNoFurtherThanTheBurst() {
        var limiter = new RateLimiter(1, 2, now::get);
        limiter.acquire("a");
        limiter.acquire("a");

        assertThat(limiter.acquire("a")).isPositive();
        assertThat(limiter.acquire("b")).as("another client has its own bucket").isZero();

        now.addAndGet(60_000_000_000L); // a minute idle refills only up to the burst
        assertThat(limiter.acquire("a")).isZero();
        assertThat(limiter.acquire("a")).isZero();
        assertThat(limiter.acquire("a")).isPositive();
    }

    @Test
    void dropsTheBucketsOfIdleClientsWhenThereAreTooMany() {
        var limiter = new RateLimiter(1, 1, now::get);
        for (int i = 0; i <= RateLimiter.MAX_CLIENTS; i++) {
            limiter.acquire("client-" + i);
        }
        assertThat(limiter.clients()).isEqualTo(RateLimiter.MAX_CLIENTS + 1);

        now.addAndGet(1_000_000_000L); // every bucket has refilled
        limiter.acquire("late");

        assertThat(limiter.clients()).isEqualTo(1);
    }

    @Test
    void sweepsAtMostOncePerRefillTimeWhileTheClientsAreBusy() {
        var limiter = new RateLimiter(1, 1, now::get); // a bucket refills in one second
        long t0 = now.get();
        now.set(t0 + 900_000_000L);
        limiter.acquire("x");
        now.set(t0 + 1_000_000_000L);
        for (int i = 0; i < RateLimiter.MAX_CLIENTS; i++) {
            limiter.acquire("client-" + i);
        }
        limiter.acquire("sweeps"); // over the limit: a sweep, but nobody is full yet
        assertThat(limiter.clients()).isEqualTo(RateLimiter.MAX_CLIENTS + 2);

        // x is full again 0.1 s before the next sweep is due: busy clients do not walk the map for it
        now.set(t0 + 1_950_000_000L);
        limiter.acquire("y");
        assertThat(limiter.clients()).isEqualTo(RateLimiter.MAX_CLIENTS + 3);

        // a refill time after the last sweep, the idle buckets go
        now.set(t0 + 2_100_000_000L);
        limiter.acquire("z");
        assertThat(limiter.clients()).as("y (not yet refilled) and z").isEqualTo(2);
    }

    @Test
    void refusesANonPositiveRateOrBurst() {
        assertThatThrownBy(() -> new RateLimiter(0, 1, now::get)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RateLimiter(1, 0, now::get)).isInstanceOf(IllegalArgumentException.class);
    }
}
