package org.jrag.generation.guard;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Arrays;
import java.util.Locale;

/**
 * What a rail does when it fires. As a rail's configured mode, {@link #ALLOW} turns the rail off; as the outcome
 * of a whole check it means nothing fired. Ordered by severity, so the outcome of several rails is the strongest.
 */
public enum Action {
    /** Let the text through untouched (as a mode: the rail is off). */
    ALLOW,
    /** Let the text through untouched but report what was found. */
    FLAG,
    /** Let the text through with the offending span replaced by a placeholder. */
    REDACT,
    /** Refuse the request, or withhold the output. */
    BLOCK;

    /** Parses a mode from configuration or a request body, ignoring case. */
    @JsonCreator
    public static Action of(String value) {
        if (value == null) {
            throw new IllegalArgumentException("guardrail action must not be null");
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown guardrail action '" + value + "', expected one of "
                    + Arrays.toString(values()).toLowerCase(Locale.ROOT));
        }
    }

    /** The stronger of the two. */
    Action max(Action other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
