package org.jrag.ingest.mirror;

import java.net.URI;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jrag.ingest.collection.NewCollection;
import org.jrag.ingest.document.DocumentMetadata;
import org.jrag.ingest.problem.InvalidParameterException;

/**
 * The checks that the configurations of folder, bucket and site syncs share; a bad value stops the service at start-up
 * with a message that names the property.
 */
public final class SyncSettings {

    /** What a store's name may be: it starts its documents' sources ({@code <name>/...}). */
    public static final Pattern NAME = Pattern.compile("^[a-z0-9][a-z0-9_-]{0,62}$");

    private SyncSettings() {}

    /** A store's name, if it matches {@link #NAME} ({@code property}: the list's property, for the message). */
    public static String name(String property, String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(property + "[].name must match " + NAME.pattern() + ", got: " + name);
        }
        return name;
    }

    /**
     * The address of a site a store reads through its REST API (Confluence, Jira, Zendesk): http or https, without
     * credentials or a query, its trailing slashes dropped; required ({@code where}: the store, for the message).
     */
    public static URI siteUrl(String where, URI url, String what) {
        if (url == null) {
            throw new IllegalArgumentException(where + ": url is required");
        }
        if (!List.of("http", "https").contains(url.getScheme()) || url.getHost() == null) {
            throw new IllegalArgumentException(where + ": url must be an http or https URL, got: " + url);
        }
        if (url.getRawUserInfo() != null || url.getRawQuery() != null) {
            throw new IllegalArgumentException(where + ": url must be " + what + " alone (no credentials, no query)");
        }
        return URI.create(url.toString().replaceAll("/+$", ""));
    }

    /** The pause between rounds: {@code fallback} when not set, else more than zero. */
    public static Duration interval(String property, Duration interval, Duration fallback) {
        interval = interval == null ? fallback : interval;
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException(property + " must be > 0, got: " + interval);
        }
        return interval;
    }

    /** Refuses a list that names a store twice ({@code property}: the list's property). */
    public static void uniqueNames(String property, List<String> names) {
        var seen = new HashSet<String>();
        for (String name : names) {
            if (!seen.add(name)) {
                throw new IllegalArgumentException(property + " names '" + name + "' twice");
            }
        }
    }

    /**
     * Readers by the key of what grants them in the store (a user segment's id, a user criteria's sys_id): keys that
     * match {@code key} (stripped), readers checked as a document's are; an empty map for none.
     *
     * @param property the property's name in messages ({@code segment-readers})
     * @param keys what the keys must be, for the message ({@code user segments' ids (digits)})
     */
    public static Map<String, List<String>> readersByKey(
            String where, String property, Map<String, List<String>> given, Pattern key, String keys) {
        var checked = new LinkedHashMap<String, List<String>>();
        if (given != null) {
            given.forEach((name, readers) -> {
                if (name == null || !key.matcher(name.strip()).matches()) {
                    throw new IllegalArgumentException(
                            where + ": " + property + " must be keyed by " + keys + ", got: " + name);
                }
                checked.put(name.strip(), DocumentMetadata.checkReaders(readers == null ? List.of() : readers));
            });
        }
        return Map.copyOf(checked);
    }

    /** The collection's language a store sets at each round, checked ({@code where}: the store, for the message). */
    public static String language(String where, String language) {
        try {
            return NewCollection.checkLanguage(language);
        } catch (InvalidParameterException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage());
        }
    }

    /** The kinds of personal data the collection redacts that a store sets at each round, checked; null stays null. */
    public static List<String> redact(String where, List<String> redact) {
        try {
            return redact == null ? null : NewCollection.checkRedact(redact);
        } catch (InvalidParameterException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage());
        }
    }
}
