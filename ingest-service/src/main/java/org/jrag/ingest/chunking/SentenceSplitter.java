package org.jrag.ingest.chunking;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where sentences begin, as cut positions into the text. The JDK's sentence {@link BreakIterator} does the
 * prose; on top of it a blank line always ends a sentence, a Markdown heading or list item is a sentence of its own
 * (neither ends in a full stop), and a break after a common abbreviation ({@code e.g.}, {@code Dr.}) or an initial is
 * undone. Stateless and thread-safe.
 */
final class SentenceSplitter {

    private static final Pattern BLANK_LINES = Pattern.compile("\\n[ \\t\\x0B\\f\\r]*\\n\\s*");
    private static final Pattern STANDALONE_LINE =
            Pattern.compile("(?m)^ {0,3}(?:#{1,6}[ \\t]|[-*+][ \\t]|\\d{1,3}[.)][ \\t]).*$");
    private static final Pattern LAST_WORD = Pattern.compile("(\\S+)\\s*$");
    private static final Set<String> ABBREVIATIONS = Set.of(
            "e.g.", "i.e.", "etc.", "vs.", "cf.", "al.", "dr.", "mr.", "mrs.", "ms.", "prof.", "st.", "no.", "fig.",
            "eq.", "approx.", "inc.", "ltd.", "jr.", "sr.", "u.s.", "ca.");

    private SentenceSplitter() {}

    /** Offsets in {@code (from, to)} where a sentence begins, ascending; {@code from} and {@code to} excluded. */
    static List<Integer> cuts(String text, int from, int to) {
        var blocks = new TreeSet<Integer>();
        Matcher blank = BLANK_LINES.matcher(text).region(from, to);
        while (blank.find()) {
            blocks.add(blank.end());
        }
        Matcher line = STANDALONE_LINE.matcher(text).region(from, to);
        while (line.find()) {
            blocks.add(line.start());
            blocks.add(line.end() + 1);
        }
        blocks.add(to);
        var cuts = new TreeSet<Integer>();
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ROOT);
        int blockStart = from;
        for (int blockEnd : blocks) {
            if (blockEnd <= blockStart || blockEnd > to) {
                continue;
            }
            sentences.setText(text.substring(blockStart, blockEnd));
            for (int b = sentences.next(); b != BreakIterator.DONE; b = sentences.next()) {
                int cut = blockStart + b;
                if (cut < blockEnd && !afterAbbreviation(text, blockStart, cut)) {
                    cuts.add(cut);
                }
            }
            cuts.add(blockEnd);
            blockStart = blockEnd;
        }
        cuts.removeIf(c -> c <= from || c >= to);
        return new ArrayList<>(cuts);
    }

    private static boolean afterAbbreviation(String text, int blockStart, int cut) {
        Matcher word = LAST_WORD.matcher(text.substring(Math.max(blockStart, cut - 16), cut));
        if (!word.find()) {
            return false;
        }
        String last = word.group(1).toLowerCase(Locale.ROOT);
        int open = Math.max(last.lastIndexOf('('), last.lastIndexOf('"'));
        last = last.substring(open + 1);
        return ABBREVIATIONS.contains(last)
                || (last.length() == 2 && Character.isLetter(last.charAt(0)) && last.charAt(1) == '.');
    }
}
