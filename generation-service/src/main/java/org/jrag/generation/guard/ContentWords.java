package org.jrag.generation.guard;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a text that carry its claim: lower-cased, English stop words left out, crudely stemmed (plural and
 * verb endings cut) so that "completed" meets "complete"; and its numbers, with thousands separators dropped, which
 * a supporting text must repeat exactly.
 */
final class ContentWords {

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}'’-]*|\\d+(?:[.,]\\d+)*");
    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\d])\\d+(?:[.,]\\d+)*");
    private static final Pattern THOUSANDS = Pattern.compile(",(?=\\d{3}(?:\\D|$))");

    /** Function words and the most common verbs, which two texts share whether or not one supports the other. */
    private static final Set<String> STOP_WORDS = Set.of(
            "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as",
            "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could",
            "did", "do", "does", "doing", "down", "during", "each", "few", "for", "from", "further", "had", "has",
            "have", "having", "he", "her", "here", "hers", "him", "his", "how", "i", "if", "in", "into", "is", "it",
            "its", "itself", "just", "may", "me", "might", "more", "most", "must", "my", "no", "nor", "not", "of",
            "off", "on", "once", "only", "or", "other", "our", "ours", "out", "over", "own", "same", "shall", "she",
            "should", "so", "some", "such", "than", "that", "the", "their", "theirs", "them", "then", "there", "these",
            "they", "this", "those", "through", "to", "too", "under", "until", "up", "very", "was", "we", "were",
            "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your",
            "yours");

    private ContentWords() {}

    /** The stemmed content words of {@code text}, numbers included, in first-seen order. */
    static Set<String> of(String text) {
        var words = new LinkedHashSet<String>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String word = m.group();
            if (Character.isDigit(word.charAt(0))) {
                words.add(normaliseNumber(word));
            } else if (!STOP_WORDS.contains(word) && word.length() > 1) {
                words.add(stem(word));
            }
        }
        return words;
    }

    /** The numbers of {@code text}, thousands separators dropped ("21,000" and "21000" are one number). */
    static Set<String> numbers(String text) {
        var numbers = new LinkedHashSet<String>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            numbers.add(normaliseNumber(m.group()));
        }
        return numbers;
    }

    /** The share of {@code words} found in {@code in}, 0 when {@code words} is empty. */
    static double overlap(Set<String> words, Set<String> in) {
        if (words.isEmpty()) {
            return 0;
        }
        long found = words.stream().filter(in::contains).count();
        return (double) found / words.size();
    }

    private static String normaliseNumber(String number) {
        // a trailing full stop or comma ends the sentence, it is not a decimal separator
        String n = number.replaceAll("[.,]$", "");
        return THOUSANDS.matcher(n).replaceAll("");
    }

    /** Cuts possessives, plural and verb endings: a few suffix rules, enough to match forms of one word. */
    static String stem(String word) {
        String w = word.replace('’', '\'');
        if (w.endsWith("'s")) {
            w = w.substring(0, w.length() - 2);
        }
        for (String suffix : new String[] {"ing", "ies", "ied", "es", "ed", "ly", "s"}) {
            if (w.endsWith(suffix) && w.length() - suffix.length() >= 3) {
                String base = w.substring(0, w.length() - suffix.length());
                return suffix.startsWith("i") && suffix.length() == 3 && !suffix.equals("ing") ? base + "y" : base;
            }
        }
        if (w.endsWith("e") && w.length() > 3) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}
