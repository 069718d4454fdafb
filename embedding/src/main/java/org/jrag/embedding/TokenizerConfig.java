package org.jrag.embedding;

import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the one setting jrag takes from a Hugging Face {@code tokenizer.json} besides what the tokenizer applies. */
final class TokenizerConfig {

    private static final Pattern TRUNCATION_LENGTH =
            Pattern.compile("\"truncation\"\\s*:\\s*\\{[^}]*?\"max_length\"\\s*:\\s*(\\d+)");

    private TokenizerConfig() {}

    /** The {@code truncation.max_length} of a tokenizer.json, when it sets one. */
    static OptionalInt truncationLength(byte[] tokenizerJson) {
        // The truncation block sits at the top of every tokenizer.json; the vocabulary after it can be megabytes.
        String head = new String(tokenizerJson, 0, Math.min(tokenizerJson.length, 4096), StandardCharsets.UTF_8);
        Matcher m = TRUNCATION_LENGTH.matcher(head);
        return m.find() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }
}
