package org.jrag.gateway.access;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per client: each holds up to {@code burst} tokens, refilled at {@code perSecond}; a request takes
 * one. When the map grows past {@value #MAX_CLIENTS} clients, the buckets that have refilled completely (idle clients,
 * which lose nothing by starting over) are dropped, at most once per refill time, so that many busy clients do not
 * make every request walk the map (an idle bucket goes at the latest one refill time after it filled).
 */
final class RateLimiter {

    static final int MAX_CLIENTS = 10_000;

    private final double perNano;
    private final double burst;
    private final LongSupplier nanoTime;
    private final long refillNanos;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private volatile long nextSweep;

    RateLimiter(double perSecond, int burst, LongSupplier nanoTime) {
        if (!(perSecond > 0) || burst < 1) {
            throw new IllegalArgumentException(
                    "perSecond must be > 0 and burst >= 1, got: " + perSecond + ", " + burst);
        }
        this.perNano = perSecond / 1e9;
        this.burst = burst;
        this.nanoTime = nanoTime;
        this.refillNanos = (long) Math.ceil(burst / this.perNano);
        this.nextSweep = nanoTime.getAsLong();
    }

    /** Takes a token for {@code client}: 0 when it had one, else the nanoseconds until it will. */
    long acquire(String client) {
        long now = nanoTime.getAsLong();
        if (buckets.size() > MAX_CLIENTS && now - nextSweep >= 0) {
            nextSweep = now + refillNanos;
            buckets.values().removeIf(b -> b.full(now));
        }
        return buckets.computeIfAbsent(client, c -> new Bucket(now)).take(now);
    }

    int clients() {
        return buckets.size();
    }

    private final class Bucket {
        private double tokens = burst;
        private long refilled;

        Bucket(long now) {
            this.refilled = now;
        }

        synchronized long take(long now) {
            refill(now);
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) / perNano);
        }

        synchronized boolean full(long now) {
            refill(now);
            return tokens >= burst;
        }

        private void refill(long now) {
            tokens = Math.min(burst, tokens + (now - refilled) * perNano);
            refilled = now;
        }
    }
}
