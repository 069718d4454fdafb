package org.jrag.gateway.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The configured API keys, held as SHA-256 digests of their secrets: a presented secret is hashed and looked up, so
 * the secrets themselves are never compared character by character nor kept in memory after start-up.
 */
final class ApiKeys {

    private final Map<String, String> namesByDigest;

    private ApiKeys(Map<String, String> namesByDigest) {
        this.namesByDigest = Map.copyOf(namesByDigest);
    }

    /**
     * Reads {@code name:secret} entries.
     *
     * @throws IllegalArgumentException naming the entry (by its position, never its secret) that is malformed, or a
     *     name or secret given twice
     */
    static ApiKeys parse(List<String> entries) {
        var namesByDigest = new HashMap<String, String>();
        for (int i = 0; i < entries.size(); i++) {
            String entry = entries.get(i).strip();
            int colon = entry.indexOf(':');
            String name = colon < 0 ? "" : entry.substring(0, colon).strip();
            String secret = colon < 0 ? "" : entry.substring(colon + 1).strip();
            if (name.isEmpty() || secret.isEmpty()) {
                throw new IllegalArgumentException(
                        "rag.gateway.access.api-keys entry #" + i + " must be name:secret with neither part blank");
            }
            if (namesByDigest.containsValue(name)) {
                throw new IllegalArgumentException("rag.gateway.access.api-keys names '" + name + "' twice");
            }
            if (namesByDigest.put(digest(secret), name) != null) {
                throw new IllegalArgumentException(
                        "rag.gateway.access.api-keys entry #" + i + " ('" + name + "') repeats another key's secret");
            }
        }
        return new ApiKeys(namesByDigest);
    }

    /** True when keys are configured, so every request must bring one. */
    boolean required() {
        return !namesByDigest.isEmpty();
    }

    /** The name of the key whose secret this is; empty when it is none of them. */
    Optional<String> nameOf(String secret) {
        return Optional.ofNullable(namesByDigest.get(digest(secret)));
    }

    /** The names of the configured keys. */
    Set<String> names() {
        return Set.copyOf(namesByDigest.values());
    }

    int size() {
        return namesByDigest.size();
    }

    private static String digest(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
