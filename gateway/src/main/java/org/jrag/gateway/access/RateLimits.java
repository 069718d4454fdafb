package org.jrag.gateway.access;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * Who may send how many requests: every client at the standard rate, except the API keys given their own ({@code
 * key=perSecond/burst}; {@code key=0}: no limit, for a trusted pipeline). Each client has a bucket of its own.
 */
final class RateLimits {

    private final RateLimiter standard;
    private final Map<String, Optional<RateLimiter>> ofKey;

    private RateLimits(RateLimiter standard, Map<String, Optional<RateLimiter>> ofKey) {
        this.standard = standard;
        this.ofKey = Map.copyOf(ofKey);
    }

    /**
     * @param perSecond the standard rate (0: none)
     * @param entries {@code key=perSecond/burst} entries; the burst, when left out, is twice the rate
     * @throws IllegalArgumentException naming an entry that is malformed or names no configured key or a key twice
     */
    static RateLimits of(double perSecond, int burst, List<String> entries, Set<String> keys, LongSupplier clock) {
        var ofKey = new HashMap<String, Optional<RateLimiter>>();
        for (String raw : entries) {
            String entry = raw.strip();
            int equals = entry.indexOf('=');
            String key = equals < 0 ? "" : entry.substring(0, equals).strip();
            String[] rate = equals < 0
                    ? new String[0]
                    : entry.substring(equals + 1).strip().split("/", -1);
            if (key.isEmpty() || rate.length < 1 || rate.length > 2) {
                throw malformed(entry);
            }
            if (!keys.contains(key)) {
                throw new IllegalArgumentException("rag.gateway.access.key-rates names '" + key
                        + "', which is not a key of rag.gateway.access.api-keys");
            }
            double keyPerSecond;
            int keyBurst;
            try {
                keyPerSecond = Double.parseDouble(rate[0].strip());
                keyBurst = rate.length == 2
                        ? Integer.parseInt(rate[1].strip())
                        : (int) Math.max(1, Math.ceil(2 * keyPerSecond));
            } catch (NumberFormatException e) {
                throw malformed(entry);
            }
            if (!(keyPerSecond >= 0) || Double.isInfinite(keyPerSecond) || (keyPerSecond > 0 && keyBurst < 1)) {
                throw malformed(entry);
            }
            var limiter = keyPerSecond == 0
                    ? Optional.<RateLimiter>empty()
                    : Optional.of(new RateLimiter(keyPerSecond, keyBurst, clock));
            if (ofKey.put(key, limiter) != null) {
                throw new IllegalArgumentException("rag.gateway.access.key-rates names '" + key + "' twice");
            }
        }
        return new RateLimits(perSecond > 0 ? new RateLimiter(perSecond, burst, clock) : null, ofKey);
    }

    private static IllegalArgumentException malformed(String entry) {
        return new IllegalArgumentException("rag.gateway.access.key-rates entry '" + entry
                + "' must be key=perSecond/burst (a rate >= 0, 0 for no limit; a burst >= 1)");
    }

    /**
     * Takes a token for the client: 0 when it had one, else the nanoseconds until it will.
     *
     * @param key the API key's name when the client is one, else null
     */
    long acquire(String client, String key) {
        Optional<RateLimiter> own = key == null ? null : ofKey.get(key);
        RateLimiter limiter = own != null ? own.orElse(null) : standard;
        return limiter == null ? 0 : limiter.acquire(client);
    }
}
