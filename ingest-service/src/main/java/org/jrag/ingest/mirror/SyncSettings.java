package org.jrag.ingest.mirror;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import org.jrag.ingest.collection.NewCollection;
import org.jrag.ingest.problem.InvalidParameterException;

/**
 * The checks that the configurations of folder, bucket and site syncs share; a bad value stops the service at start-up
 * with a message that names the property.
 */
public final class SyncSettings {

    private SyncSettings() {}

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
