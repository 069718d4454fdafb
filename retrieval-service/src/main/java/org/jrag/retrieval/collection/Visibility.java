package org.jrag.retrieval.collection;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a request may see, when the gateway limits its caller: the collections of a scoped key (header {@value
 * #COLLECTIONS_HEADER}, the names comma-separated), and the documents its principals may read (header {@value
 * #PRINCIPALS_HEADER}: a user's roles and {@code user:<name>}, an API key's configured principals; each URL-encoded in
 * UTF-8, comma-separated), so that a document whose readers name none of them is not found. Without a header a request
 * sees every collection, or every document. The headers can only narrow what a request sees, so a client that sends
 * them itself (a chat backend acting for one of its users) hides collections or documents from itself, nothing more.
 * Controllers take it as an argument ({@link VisibilityArgumentResolver}).
 *
 * @param collections the visible collections; null when every collection is visible
 * @param principals who the request reads as; null when every document is readable
 */
public record Visibility(Set<String> collections, Set<String> principals) {

    public static final String COLLECTIONS_HEADER = "X-Jrag-Collections";
    public static final String PRINCIPALS_HEADER = "X-Jrag-Principals";

    /** Every collection and document. */
    public static final Visibility ALL = new Visibility(null, null);

    public Visibility {
        collections = collections == null ? null : Set.copyOf(collections);
        principals = principals == null ? null : Set.copyOf(principals);
    }

    /** What the headers allow; {@link #ALL} without them. */
    public static Visibility of(String collectionsHeader, String principalsHeader) {
        Set<String> collections = collectionsHeader == null
                ? null
                : Arrays.stream(collectionsHeader.split(","))
                        .map(String::strip)
                        .filter(name -> !name.isEmpty())
                        .collect(Collectors.toUnmodifiableSet());
        Set<String> principals = principalsHeader == null
                ? null
                : Arrays.stream(principalsHeader.split(","))
                        .map(String::strip)
                        .filter(name -> !name.isEmpty())
                        .map(Visibility::decoded)
                        .collect(Collectors.toUnmodifiableSet());
        return new Visibility(collections, principals);
    }

    /** Whether every collection is visible. */
    public boolean allCollections() {
        return collections == null;
    }

    public boolean includes(String name) {
        return collections == null || collections.contains(name);
    }

    /** Whether every document is readable. */
    public boolean allDocuments() {
        return principals == null;
    }

    /**
     * The SQL condition that the request may read document {@code alias} (its {@code readers} empty, or naming one of
     * the principals), its parameter put in {@code params}; empty when every document is readable.
     */
    public String readable(String alias, Map<String, Object> params) {
        if (allDocuments()) {
            return "";
        }
        params.put("principals", principals.toArray(String[]::new));
        return " AND (cardinality(" + alias + ".readers) = 0 OR " + alias + ".readers && CAST(:principals AS text[]))";
    }

    /** One principal as sent, or as it is when it is not validly encoded (it then names what it says). */
    private static String decoded(String name) {
        try {
            return URLDecoder.decode(name, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return name;
        }
    }
}
