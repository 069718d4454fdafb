package org.jrag.retrieval.collection;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The collections a request may search, when the gateway limits its API key to some: header {@value #HEADER}, the
 * names comma-separated. Without the header a request sees every collection. The header can only narrow what a
 * request searches, so a client that sends it itself hides collections from itself, nothing more.
 *
 * @param names the visible collections; null when every collection is visible
 */
public record VisibleCollections(Set<String> names) {

    public static final String HEADER = "X-Jrag-Collections";

    /** Every collection. */
    public static final VisibleCollections ALL = new VisibleCollections(null);

    public VisibleCollections {
        names = names == null ? null : Set.copyOf(names);
    }

    /** The collections the header names, or {@link #ALL} without one. */
    public static VisibleCollections of(String header) {
        if (header == null) {
            return ALL;
        }
        return new VisibleCollections(Arrays.stream(header.split(","))
                .map(String::strip)
                .filter(name -> !name.isEmpty())
                .collect(Collectors.toUnmodifiableSet()));
    }

    /** Whether every collection is visible. */
    public boolean all() {
        return names == null;
    }

    public boolean includes(String name) {
        return names == null || names.contains(name);
    }
}
