package org.jrag.ingest.document;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who a request reads as, when the gateway knows ({@value #HEADER}: the caller's principals, each URL-encoded in UTF-8,
 * comma-separated): a document whose readers name none of them is not shown to it. Without the header a request reads
 * every document. The header can only narrow what a request sees, so a client that sends it itself (a chat backend
 * acting for one of its users) hides documents from itself, nothing more.
 *
 * @param names the principals; null when every document is readable
 */
public record Principals(Set<String> names) {

    public static final String HEADER = "X-Jrag-Principals";

    /** Every document. */
    public static final Principals ALL = new Principals(null);

    public Principals {
        names = names == null ? null : Set.copyOf(names);
    }

    /** The principals the header names, or {@link #ALL} without one. */
    public static Principals of(String header) {
        if (header == null) {
            return ALL;
        }
        return new Principals(Arrays.stream(header.split(","))
                .map(String::strip)
                .filter(name -> !name.isEmpty())
                .map(Principals::decoded)
                .collect(Collectors.toUnmodifiableSet()));
    }

    /** The SQL condition on a document {@code d} that these principals may read it, its parameter in {@code params}. */
    public String condition(Map<String, Object> params) {
        if (all()) {
            return "";
        }
        params.put("principals", names.toArray(String[]::new));
        return " AND (cardinality(d.readers) = 0 OR d.readers && CAST(:principals AS text[]))";
    }

    /** One principal as sent, or as it is when it is not validly encoded (it then names what it says). */
    private static String decoded(String name) {
        try {
            return URLDecoder.decode(name, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return name;
        }
    }

    /** Whether every document is readable. */
    public boolean all() {
        return names == null;
    }
}
