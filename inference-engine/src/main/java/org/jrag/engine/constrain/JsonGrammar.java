package org.jrag.engine.constrain;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The language a schema allows, as a tree (a graph for free-form JSON, whose values nest) of JSON value shapes.
 * {@link JsonMatcher} walks it byte by byte. Nodes compare by identity: they are shared, never copied, and the
 * free-form value refers to itself.
 */
sealed interface JsonGrammar {

    /** Fixed texts: the JSON encodings of an {@code enum}'s values, or {@code true}, {@code false}, {@code null}. */
    final class Literals implements JsonGrammar {
        final byte[][] texts;

        Literals(byte[][] texts) {
            if (texts.length == 0) {
                throw new IllegalArgumentException("a literal set must not be empty");
            }
            this.texts = texts.clone();
        }

        /**
         * The first text at or after {@code from} whose first {@code k} bytes equal those of {@code texts[from]} and
         * whose byte {@code k} is {@code b}, or -1.
         */
        int next(int from, int k, int b) {
            byte[] prefix = texts[from];
            for (int j = from; j < texts.length; j++) {
                byte[] t = texts[j];
                if (t.length > k && (t[k] & 0xFF) == b && Arrays.equals(t, 0, k, prefix, 0, k)) {
                    return j;
                }
            }
            return -1;
        }

        /** Whether a text at or after {@code from} is exactly {@code texts[from]}'s first {@code k} bytes. */
        boolean endsAt(int from, int k) {
            byte[] prefix = texts[from];
            for (int j = from; j < texts.length; j++) {
                if (texts[j].length == k && Arrays.equals(texts[j], 0, k, prefix, 0, k)) {
                    return true;
                }
            }
            return false;
        }

        /** Whether a text at or after {@code from} continues past {@code texts[from]}'s first {@code k} bytes. */
        boolean continuesAfter(int from, int k) {
            byte[] prefix = texts[from];
            for (int j = from; j < texts.length; j++) {
                if (texts[j].length > k && Arrays.equals(texts[j], 0, k, prefix, 0, k)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A JSON string of {@code minLength..maxLength} characters (code points; an escape counts as one). */
    final class Text implements JsonGrammar {
        final int minLength;
        final int maxLength;

        Text(int minLength, int maxLength) {
            if (minLength < 0 || maxLength < minLength) {
                throw new IllegalArgumentException(
                        "string length bounds must satisfy 0 <= minLength <= maxLength, got: " + minLength + ".."
                                + maxLength);
            }
            this.minLength = minLength;
            this.maxLength = maxLength;
        }
    }

    /**
     * A JSON number within the integer bounds {@code [min, max]} (both within the {@value JsonMatcher#MAX_DIGITS}
     * digits a number may have); an integer when {@code integer} (no fraction, no exponent). A bounded number has
     * no exponent, so its integer part decides where it lies.
     */
    final class Numeric implements JsonGrammar {
        final boolean integer;
        final long min;
        final long max;

        Numeric(boolean integer) {
            this(integer, -LIMIT, LIMIT);
        }

        Numeric(boolean integer, long min, long max) {
            if (min > max || min < -LIMIT || max > LIMIT) {
                throw new IllegalArgumentException("integer bounds must satisfy " + -LIMIT + " <= min <= max <= "
                        + LIMIT + ", got: " + min + ".." + max);
            }
            this.integer = integer;
            this.min = min;
            this.max = max;
        }

        /** The largest magnitude a number's integer part can have. */
        static final long LIMIT = 999_999_999_999_999L;

        boolean bounded() {
            return min != -LIMIT || max != LIMIT;
        }

        /**
         * Whether a fraction with a non-zero digit may follow this integer part: {@code m.f} stays within the
         * integer bounds when {@code m < max}, and {@code -m.f} when {@code -m > min}.
         */
        boolean fractionInside(boolean negative, long magnitude) {
            return negative ? -magnitude > min : magnitude < max;
        }

        /** Whether the integer written so far is within the bounds. */
        boolean fits(boolean negative, long magnitude) {
            long value = negative ? -magnitude : magnitude;
            return value >= min && value <= max;
        }

        /**
         * Whether an integer that starts with these {@code digits} digits of value {@code magnitude} can still end
         * within the bounds: with k more digits it lies in [magnitude * 10^k, magnitude * 10^k + 10^k - 1] (mirrored
         * when negative); after a leading zero nothing more may follow.
         */
        boolean reachable(boolean negative, long magnitude, int digits) {
            long scale = 1;
            for (int k = 0; k + digits <= JsonMatcher.MAX_DIGITS; k++) {
                long low = magnitude * scale;
                long high = low + scale - 1;
                boolean meets = negative ? -high <= max && -low >= min : low <= max && high >= min;
                if (meets) {
                    return true;
                }
                if (magnitude == 0) {
                    return false;
                }
                scale *= 10;
            }
            return false;
        }
    }

    /**
     * An object of declared properties, written in declared order: optional ones may be left out, required ones
     * not, and no other property may appear.
     */
    final class Properties implements JsonGrammar {
        /** Each name's JSON encoding, quotes included: no one is a prefix of another. */
        final byte[][] keys;

        final JsonGrammar[] values;
        /** firstRequired[i]: the first required property at or after i, or keys.length; length keys.length + 1. */
        final int[] firstRequired;

        Properties(String[] names, JsonGrammar[] values, boolean[] required) {
            this.keys = new byte[names.length][];
            for (int i = 0; i < names.length; i++) {
                keys[i] = JsonGrammar.encode(names[i]).getBytes(StandardCharsets.UTF_8);
            }
            this.values = values.clone();
            this.firstRequired = new int[names.length + 1];
            firstRequired[names.length] = names.length;
            for (int i = names.length - 1; i >= 0; i--) {
                firstRequired[i] = required[i] ? i : firstRequired[i + 1];
            }
        }
    }

    /** An object with any property names, every value of one grammar (free-form JSON, {@code additionalProperties}). */
    final class Dictionary implements JsonGrammar {
        JsonGrammar values;

        Dictionary(JsonGrammar values) {
            this.values = values;
        }
    }

    /** An array of {@code minItems..maxItems} items of one grammar. */
    final class Array implements JsonGrammar {
        JsonGrammar items;
        final int minItems;
        final int maxItems;

        Array(JsonGrammar items, int minItems, int maxItems) {
            if (minItems < 0 || maxItems < minItems) {
                throw new IllegalArgumentException(
                        "array size bounds must satisfy 0 <= minItems <= maxItems, got: " + minItems + ".." + maxItems);
            }
            this.items = items;
            this.minItems = minItems;
            this.maxItems = maxItems;
        }
    }

    /** Any of several grammars ({@code anyOf}, {@code oneOf}, type arrays). */
    final class Union implements JsonGrammar {
        final JsonGrammar[] alternatives;

        Union(JsonGrammar[] alternatives) {
            this.alternatives = alternatives.clone();
        }
    }

    /** Any JSON value: objects and arrays of any values, strings, numbers, booleans, null. */
    static JsonGrammar anyValue() {
        Dictionary object = new Dictionary(null);
        Array array = new Array(null, 0, Integer.MAX_VALUE);
        Union any = new Union(new JsonGrammar[] {
            object, array, new Text(0, Integer.MAX_VALUE), new Numeric(false), literals("true", "false", "null")
        });
        object.values = any;
        array.items = any;
        return any;
    }

    /** Any JSON object (the {@code json_object} response format). */
    static JsonGrammar anyObject() {
        return ((Union) anyValue()).alternatives[0];
    }

    static Literals literals(String... jsonTexts) {
        byte[][] texts = new byte[jsonTexts.length][];
        for (int i = 0; i < texts.length; i++) {
            texts[i] = jsonTexts[i].getBytes(StandardCharsets.UTF_8);
        }
        return new Literals(texts);
    }

    /**
     * The JSON string literal of {@code s}: quotes, {@code \" \\ \b \f \n \r \t}, and {@code \}{@code u00XX} for
     * other control characters.
     */
    static String encode(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append("\\u%04x".formatted((int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
