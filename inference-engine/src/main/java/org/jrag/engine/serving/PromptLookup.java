package org.jrag.engine.serving;

import java.util.Arrays;

/**
 * Prompt-lookup drafting (Saxena 2023, llama.cpp's {@code lookup}): the tokens that followed the latest earlier
 * occurrence of the sequence's last n tokens that is followed by a full draft (else the earlier occurrence followed
 * by the most tokens), trying n = ngram first and then shorter suffixes down to one token.
 * A pure function of the history.
 */
final class PromptLookup {
    private static final int[] NONE = new int[0];

    private PromptLookup() {}

    /**
     * @param tokens the history, of which the first {@code length} are valid
     * @return at most {@code max} drafted tokens, empty when no suffix occurred before
     */
    static int[] draft(int[] tokens, int length, int ngram, int max) {
        for (int n = Math.min(ngram, length - 1); n >= 1; n--) {
            int suffix = length - n;
            // candidate occurrences [start, start + n), latest first, each followed by at least one token; the
            // latest one followed by max tokens wins, else the one followed by most (the earliest): in text that
            // repeats with a short period the latest occurrence overlaps the suffix and is followed by only a
            // token or two, while an earlier one of the same run gives the whole continuation of the period
            int best = -1;
            for (int start = suffix - 1; start >= 0; start--) {
                if (Arrays.equals(tokens, start, start + n, tokens, suffix, length)) {
                    best = start + n;
                    if (length - best >= max) {
                        break;
                    }
                }
            }
            if (best >= 0) {
                return Arrays.copyOfRange(tokens, best, best + Math.min(max, length - best));
            }
        }
        return NONE;
    }
}
