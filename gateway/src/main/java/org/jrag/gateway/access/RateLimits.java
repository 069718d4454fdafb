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
        KeyEntries.parse(PROPERTY, FORM, entries, keys).forEach((key, value) -> {
            String entry = key + "=" + value;
            String[] rate = value.split("/", -1);
            if (rate.length > 2) {
                throw malformed(entry);
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
            ofKey.put(
                    key,
                    keyPerSecond == 0 ? Optional.empty() : Optional.of(new RateLimiter(keyPerSecond, keyBurst, clock)));
        });
        return new RateLimits(perSecond > 0 ? new RateLimiter(perSecond, burst, clock) : null, ofKey);
    }

    private static final String PROPERTY = "rag.gateway.access.key-rates";
    private static final String FORM = "key=perSecond/burst (a rate >= 0, 0 for no limit; a burst >= 1)";

    private static IllegalArgumentException malformed(String entry) {
        return new IllegalArgumentException(PROPERTY + " entry '" + entry + "' must be " + FORM);
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
