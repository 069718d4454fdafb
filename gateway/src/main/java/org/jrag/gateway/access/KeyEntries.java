package org.jrag.gateway.access;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the {@code key=value} entries of a per-key setting ({@code rag.gateway.access.key-*}). */
final class KeyEntries {

    private KeyEntries() {}

    /**
     * The value of each key named, in the entries' order, stripped.
     *
     * @param property the setting, as its problems name it ({@code rag.gateway.access.key-rates})
     * @param form what an entry must look like ({@code key=perSecond/burst}), as its problems say it
     * @throws IllegalArgumentException naming an entry without a key or a value, a key that is not configured, or a
     *     key named twice
     */
    static Map<String, String> parse(String property, String form, List<String> entries, Set<String> keys) {
        var values = new LinkedHashMap<String, String>();
        for (String raw : entries) {
            String entry = raw.strip();
            int equals = entry.indexOf('=');
            String key = equals < 0 ? "" : entry.substring(0, equals).strip();
            String value = equals < 0 ? "" : entry.substring(equals + 1).strip();
            if (key.isEmpty() || value.isEmpty()) {
                throw new IllegalArgumentException(property + " entry '" + entry + "' must be " + form);
            }
            if (!keys.contains(key)) {
                throw new IllegalArgumentException(
                        property + " names '" + key + "', which is not a key of rag.gateway.access.api-keys");
            }
            if (values.put(key, value) != null) {
                throw new IllegalArgumentException(property + " names '" + key + "' twice");
            }
        }
        return values;
    }
}
