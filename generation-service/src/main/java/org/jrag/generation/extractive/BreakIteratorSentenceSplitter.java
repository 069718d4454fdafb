package org.jrag.generation.extractive;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Splits with the JDK's English sentence {@link BreakIterator}. Blank lines end a sentence too (headings
 * and list items carry no full stop), whitespace inside a sentence is collapsed, and fragments of fewer
 * than {@value #MIN_WORDS} words (headings, list bullets, a chunk's cut-off tail) are dropped.
 */
public final class BreakIteratorSentenceSplitter implements SentenceSplitter {

    static final int MIN_WORDS = 3;

    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\R\\s*\\R");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]");

    @Override
    public List<Sentence> split(List<Passage> passages) {
        var sentences = new ArrayList<Sentence>();
        // a BreakIterator is stateful and not thread-safe: one per call
        BreakIterator boundaries = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        for (int p = 0; p < passages.size(); p++) {
            int position = 0;
            for (String paragraph : PARAGRAPH_BREAK.split(passages.get(p).text())) {
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
