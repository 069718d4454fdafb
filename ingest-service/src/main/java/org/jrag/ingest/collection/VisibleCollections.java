package org.jrag.ingest.collection;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The collections a request may see, when the gateway limits its API key to some: header {@value #HEADER}, the names
 * comma-separated. Without the header a request sees every collection. The header can only narrow what a response
 * shows (the collection list, jobs), so a client that sends it itself hides collections from itself, nothing more.
 */
public final class VisibleCollections {

    public static final String HEADER = "X-Jrag-Collections";

    private VisibleCollections() {}

    /** The names in the header, or empty when there is none (every collection is visible). */
    public static Optional<Set<String>> of(String header) {
        if (header == null) {
            return Optional.empty();
        }
        return Optional.of(Arrays.stream(header.split(","))
                .map(String::strip)
                .filter(name -> !name.isEmpty())
                .collect(Collectors.toUnmodifiableSet()));
    }
}
