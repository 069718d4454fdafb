package org.jrag.generation.generative;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the {@code [n]} citation markers of a generated answer. A marker is a bracket of one or more passage numbers
 * separated by commas ({@code [2]}, {@code [1, 3]}); adjacent markers ({@code [1][2]}) are read one by one.
 *
 * <p>Markers are <em>kept</em> in the answer, renumbered to the order of the answer's citations: the answer's
 * {@code [k]} is its k-th citation, whatever number the passage had in the prompt, and a group is written as
 * adjacent markers ({@code [1, 3]} becomes {@code [1][2]} when passage 3 is the second one cited). Numbers that name
 * no passage of the prompt are dropped from the text (with the white space before them) and reported. The grounding
 * check reads the answer with every marker stripped, since bracketed numbers are not part of any statement.
 */
public final class CitationMarkers {

    private static final Pattern MARKER = Pattern.compile("\\[\\s*(\\d{1,6}(?:\\s*,\\s*\\d{1,6})*)\\s*]");

    private CitationMarkers() {}

    /**
     * A parsed answer.
     *
     * @param text the answer with markers renumbered to the citations and unresolved ones removed, stripped
     * @param plain the answer without any marker, stripped
     * @param cited the prompt numbers (1-based) of the cited passages, in order of first citation; citation k of the
     *     answer is passage {@code cited.get(k - 1)}
     * @param unresolved the numbers that named no passage, distinct, in order of appearance
     */
    public record Marked(String text, String plain, List<Integer> cited, List<Integer> unresolved) {

        public Marked {
            cited = List.copyOf(cited);
            unresolved = List.copyOf(unresolved);
        }
    }

    /** Parses {@code answer}, whose prompt numbered {@code passages} passages from 1. */
    public static Marked parse(String answer, int passages) {
        Map<Integer, Integer> citationOfPassage = new LinkedHashMap<>();
        Set<Integer> unresolved = new LinkedHashSet<>();
        StringBuilder text = new StringBuilder(answer.length());
        StringBuilder plain = new StringBuilder(answer.length());
        Matcher m = MARKER.matcher(answer);
        int last = 0;
        while (m.find()) {
            text.append(answer, last, m.start());
            plain.append(answer, last, m.start());
            StringBuilder group = new StringBuilder();
            Set<Integer> inGroup = new LinkedHashSet<>();
            for (String number : m.group(1).split(",")) {
                int n = Integer.parseInt(number.strip());
                if (n >= 1 && n <= passages) {
                    int citation = citationOfPassage.computeIfAbsent(n, k -> citationOfPassage.size() + 1);
                    if (inGroup.add(citation)) {
                        group.append('[').append(citation).append(']');
                    }
                } else {
                    unresolved.add(n);
                }
            }
            if (group.isEmpty()) {
                trimTrailingWhitespace(text);
            } else {
                text.append(group);
            }
            trimTrailingWhitespace(plain);
            last = m.end();
        }
        text.append(answer, last, answer.length());
        plain.append(answer, last, answer.length());
        return new Marked(
                text.toString().strip(),
                plain.toString().strip(),
                new ArrayList<>(citationOfPassage.keySet()),
                new ArrayList<>(unresolved));
    }

    private static void trimTrailingWhitespace(StringBuilder s) {
        int end = s.length();
        while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        s.setLength(end);
    }
}
