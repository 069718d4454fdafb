package org.jrag.personaldata;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Arrays;
import java.util.Locale;

/** The kinds of personal data the PII rail finds, each with the placeholder that replaces it. */
public enum PiiKind {
    EMAIL("[EMAIL]"),
    PHONE("[PHONE]"),
    /** Payment card numbers, 13 to 19 digits passing the Luhn check. */
    CARD("[CARD]"),
    /** International bank account numbers passing the ISO 13616 mod-97 check. */
    IBAN("[IBAN]"),
    /** US social security numbers outside the never-issued ranges. */
    SSN("[SSN]");

    private final String placeholder;

    PiiKind(String placeholder) {
        this.placeholder = placeholder;
    }

    public String placeholder() {
        return placeholder;
    }

    /** Parses a kind from configuration or a request body, ignoring case. */
    @JsonCreator
    public static PiiKind of(String value) {
        if (value == null) {
            throw new IllegalArgumentException("PII kind must not be null");
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown PII kind '" + value + "', expected one of "
                    + Arrays.toString(values()).toLowerCase(Locale.ROOT));
        }
    }
}
