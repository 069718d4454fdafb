package org.jrag.gateway.access;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The principals API keys read documents as ({@code key=principal|principal}): a key with an entry sees the documents
 * whose readers name one of them or nobody, passed on as {@link ScopedRequest#PRINCIPALS_HEADER}; a key without
 * one reads every document.
 */
final class KeyPrincipals {

    private static final String PROPERTY = "rag.gateway.access.key-principals";

    private final Map<String, Set<String>> principals;

    private KeyPrincipals(Map<String, Set<String>> principals) {
        this.principals = Map.copyOf(principals);
    }

    /**
     * Reads {@code key=principal|principal} entries.
     *
     * @throws IllegalArgumentException naming an entry that is malformed, names no configured key or a key twice, or
     *     holds a principal with a comma (no document's readers can name it)
     */
    static KeyPrincipals parse(List<String> entries, Set<String> keys) {
        var principals = new HashMap<String, Set<String>>();
        KeyEntries.parse(PROPERTY, "key=principal|principal", entries, keys).forEach((key, value) -> {
            var names = new LinkedHashSet<String>();
            for (String name : value.split("\\|")) {
                String principal = name.strip();
                if (principal.isEmpty() || principal.contains(",")) {
                    throw new IllegalArgumentException(PROPERTY + " entry for '" + key + "' holds '" + principal
                            + "', which no document's readers can name (blank, or with a comma)");
                }
                names.add(principal);
            }
            principals.put(key, Set.copyOf(names));
        });
        return new KeyPrincipals(principals);
    }

    /** The principals of a key; empty when it reads every document. */
    Optional<Set<String>> of(String key) {
        return Optional.ofNullable(principals.get(key));
    }
}
