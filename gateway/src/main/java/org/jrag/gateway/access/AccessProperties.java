package org.jrag.gateway.access;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code rag.gateway.access.*}: who may call {@code /v1/**} through the gateway, and how often.
 *
 * @param apiKeys {@code name:secret} entries (environment: {@code RAG_GATEWAY_API_KEYS=alice:s3cret,bob:t0ken}); a
 *     request must bring one of the secrets as {@code Authorization: Bearer <secret>} (what OpenAI clients send) or
 *     {@code X-API-Key: <secret>}. Empty: the API is open (the gateway says so at start-up).
 * @param readOnlyKeys names of keys that may only read and ask, not change stored data or the index (environment:
 *     {@code RAG_GATEWAY_READ_ONLY_KEYS=chatbot}); every other key may do everything
 * @param keyCollections {@code key=collection|collection} entries: the collections a key may use, and no other
 *     (environment: {@code RAG_GATEWAY_KEY_COLLECTIONS=chatbot=docs|faq}); a key without an entry may use every one
 * @param requestsPerSecond the sustained rate each client may send (per API key, or per address when there are no
 *     keys); 0 turns rate limiting off
 * @param burst how many requests a client may send at once above that rate
 */
@ConfigurationProperties("rag.gateway.access")
public record AccessProperties(
        List<String> apiKeys,
        List<String> readOnlyKeys,
        List<String> keyCollections,
        double requestsPerSecond,
        int burst) {

    public AccessProperties {
        apiKeys = apiKeys == null ? List.of() : List.copyOf(apiKeys);
        readOnlyKeys = readOnlyKeys == null
                ? List.of()
                : readOnlyKeys.stream()
                        .map(String::strip)
                        .filter(name -> !name.isEmpty())
                        .toList();
        keyCollections = keyCollections == null
                ? List.of()
                : keyCollections.stream().filter(entry -> !entry.isBlank()).toList();
        if (!(requestsPerSecond >= 0)) {
            throw new IllegalArgumentException(
                    "rag.gateway.access.requests-per-second must be >= 0 (0: no limit), got: " + requestsPerSecond);
        }
        if (requestsPerSecond > 0 && burst < 1) {
            throw new IllegalArgumentException("rag.gateway.access.burst must be >= 1, got: " + burst);
        }
    }
}
