package org.jrag.retrieval.answerlog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Whether a user found an answer good ({@code up}) or not ({@code down}); stored as 1 and -1. */
public enum Rating {
    UP(1),
    DOWN(-1);

    private final int stored;

    Rating(int stored) {
        this.stored = stored;
    }

    int stored() {
        return stored;
    }

    static Rating ofStored(int stored) {
        return stored > 0 ? UP : DOWN;
    }

    @JsonValue
    String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code up} or {@code down}, any case. */
    @JsonCreator
    public static Rating parse(String value) {
        if (value != null) {
            for (Rating rating : values()) {
                if (rating.name().equalsIgnoreCase(value.strip())) {
                    return rating;
                }
            }
        }
        throw new IllegalArgumentException("rating must be 'up' or 'down', got: " + value);
    }
}
