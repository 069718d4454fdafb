package org.jrag.generation.guard;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * User input as the prompt-injection patterns read it, with the usual disguises undone: invisible format characters
 * (zero-width spaces and joiners, soft hyphens) dropped, compatibility forms folded by NFKC (full-width
 * "ｉｇｎｏｒｅ", ligatures, superscripts), and letter-spaced words closed up ("i g n o r e" and "i.g.n.o.r.e" become
 * "ignore"). Every character remembers the span of the input it came from, so findings point into the original.
 *
 * @param text the normalised text
 * @param starts for each character of {@code text}, where its source starts in the input
 * @param ends for each character of {@code text}, where its source ends in the input
 */
record InjectionText(String text, int[] starts, int[] ends) {

    /** Four or more single letters, each followed by one separator: a word spelt out to slip past filters. */
    private static final Pattern SPACED_LETTERS =
            Pattern.compile("(?<![\\p{L}\\p{N}])\\p{L}(?:[ ._*\\-]\\p{L}(?![\\p{L}\\p{N}])){3,}");

    static InjectionText of(String input) {
        // 1. drop format characters, fold compatibility forms, one code point at a time
        var folded = new StringBuilder(input.length());
        int[] starts = new int[input.length() + 16];
        int[] ends = new int[input.length() + 16];
        int n = 0;
        for (int i = 0; i < input.length(); ) {
            int cp = input.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (Character.getType(cp) != Character.FORMAT) {
                String form = Normalizer.normalize(Character.toString(cp), Normalizer.Form.NFKC);
                for (int k = 0; k < form.length(); k++) {
                    if (n == starts.length) {
                        starts = Arrays.copyOf(starts, n * 2);
                        ends = Arrays.copyOf(ends, n * 2);
                    }
                    folded.append(form.charAt(k));
                    starts[n] = i;
                    ends[n] = next;
                    n++;
                }
            }
            i = next;
        }
        // 2. close up letter-spaced words, dropping the separators between their letters
        var closed = new StringBuilder(n);
        int[] closedStarts = new int[n];
        int[] closedEnds = new int[n];
        int m = 0;
        int copied = 0;
        Matcher spaced = SPACED_LETTERS.matcher(folded);
        while (spaced.find()) {
            for (int j = copied; j < spaced.start(); j++) {
                closed.append(folded.charAt(j));
                closedStarts[m] = starts[j];
                closedEnds[m++] = ends[j];
            }
            for (int j = spaced.start(); j < spaced.end(); j += 2) {
                closed.append(folded.charAt(j));
                closedStarts[m] = starts[j];
                closedEnds[m++] = ends[j];
            }
            copied = spaced.end();
        }
        for (int j = copied; j < n; j++) {
            closed.append(folded.charAt(j));
            closedStarts[m] = starts[j];
            closedEnds[m++] = ends[j];
        }
        return new InjectionText(closed.toString(), Arrays.copyOf(closedStarts, m), Arrays.copyOf(closedEnds, m));
    }

    /** Where the characters {@code [start, end)} of {@link #text()} came from in the input. */
    int[] sourceSpan(int start, int end) {
        if (start == end) {
            int at = start < starts.length ? starts[start] : (ends.length == 0 ? 0 : ends[ends.length - 1]);
            return new int[] {at, at};
        }
        return new int[] {starts[start], ends[end - 1]};
    }
}
