package org.jrag.generation.extractive;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Splits with the JDK's English sentence {@link BreakIterator}. Blank lines and Markdown headings end a sentence
 * too (headings and list items carry no full stop) and heading lines are left out, whitespace inside a sentence is collapsed, and fragments of fewer
 * than {@value #MIN_WORDS} words (headings, list bullets, a chunk's cut-off tail) are dropped.
 */
public final class BreakIteratorSentenceSplitter implements SentenceSplitter {

    static final int MIN_WORDS = 3;

    private static final Pattern LINE = Pattern.compile("\\R");
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("\\s{0,3}#{1,6}(\\s.*)?");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]");

    @Override
    public List<Sentence> split(List<Passage> passages) {
        var sentences = new ArrayList<Sentence>();
        // a BreakIterator is stateful and not thread-safe: one per call
        BreakIterator boundaries = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        for (int p = 0; p < passages.size(); p++) {
            int position = 0;
            for (String paragraph : paragraphs(passages.get(p).text())) {
                boundaries.setText(paragraph);
                for (int start = boundaries.first(), end = boundaries.next();
                        end != BreakIterator.DONE;
                        start = end, end = boundaries.next()) {
                    String text = WHITESPACE
                            .matcher(paragraph.substring(start, end).strip())
                            .replaceAll(" ");
                    if (countWords(text) >= MIN_WORDS) {
                        sentences.add(new Sentence(p, position++, text));
                    }
                }
            }
        }
        return sentences;
    }

    /** Blank lines and Markdown headings end a paragraph; heading lines are titles, not statements, and are dropped. */
    private static List<String> paragraphs(String text) {
        var paragraphs = new ArrayList<String>();
        var current = new StringBuilder();
        for (String line : LINE.split(text)) {
            boolean heading = MARKDOWN_HEADING.matcher(line).matches();
            if (line.isBlank() || heading) {
                if (!current.isEmpty()) {
                    paragraphs.add(current.toString());
                    current.setLength(0);
                }
                continue;
            }
            current.append(line).append('\n');
        }
        if (!current.isEmpty()) {
            paragraphs.add(current.toString());
        }
        return paragraphs;
    }

    private static int countWords(String text) {
        int words = 0;
        for (String token : WHITESPACE.split(text)) {
            if (WORD.matcher(token).find()) {
                words++;
            }
        }
        return words;
    }
}
