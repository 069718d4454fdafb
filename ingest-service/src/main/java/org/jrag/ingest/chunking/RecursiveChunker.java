package org.jrag.ingest.chunking;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jrag.embedding.TextTokenizer;

/**
 * Splits by the coarsest separator that yields pieces within the token budget, then packs neighbouring pieces
 * greedily: paragraphs first, a paragraph too long for the budget by sentences, a sentence too long by lines, a line
 * too long by words, and a single run of characters too long for the budget by token windows. Chunks thus end at the
 * most natural boundary that fits, which keeps a passage's sense together better than a fixed window. Neighbouring
 * chunks do not overlap.
 */
public final class RecursiveChunker implements Chunker {

    private static final Pattern PARAGRAPH = Pattern.compile("\\n[ \\t\\x0B\\f\\r]*\\n\\s*");
    private static final Pattern LINE = Pattern.compile("\\n");
    private static final Pattern WORD = Pattern.compile("\\s+");

    private enum Level {
        PARAGRAPH,
        SENTENCE,
        LINE,
        WORD,
        TOKEN
    }

    private final TextTokenizer tokenizer;
    private final int chunkTokens;

    public RecursiveChunker(TextTokenizer tokenizer, int chunkTokens) {
        this(tokenizer, chunkTokens, ChunkLimits.modelLimit(tokenizer));
    }

    /** With a budget above what the model reads, for chunks that are kept as context but never embedded. */
    RecursiveChunker(TextTokenizer tokenizer, int chunkTokens, int maxChunkTokens) {
        if (tokenizer == null) {
            throw new IllegalArgumentException("tokenizer must not be null");
        }
        ChunkLimits.requireRange("chunkTokens", chunkTokens, 1, maxChunkTokens);
        this.tokenizer = tokenizer;
        this.chunkTokens = chunkTokens;
    }

    @Override
    public List<ChunkSpan> chunk(String text) {
        return chunk(TokenIndex.of(tokenizer, text), 0, text.length());
    }

    /** The chunks of {@code [from, to)} of an already tokenized text. */
    List<ChunkSpan> chunk(TokenIndex tokens, int from, int to) {
        var out = new ArrayList<ChunkSpan>();
        split(tokens, from, to, Level.PARAGRAPH, out);
        return List.copyOf(out);
    }

    private void split(TokenIndex tokens, int from, int to, Level level, List<ChunkSpan> out) {
        if (tokens.count(from, to) <= chunkTokens) {
            ChunkSpan whole = tokens.span(from, to);
            if (whole != null) {
                out.add(whole);
            }
            return;
        }
        if (level == Level.TOKEN) {
            tokens.windows(from, to, chunkTokens, 0, out);
            return;
        }
        Level finer = Level.values()[level.ordinal() + 1];
        List<Integer> bounds = bounds(tokens, from, to, level);
        if (bounds.size() <= 2) {
            split(tokens, from, to, finer, out);
            return;
        }
        GreedyPacking.pack(tokens, bounds, chunkTokens, (f, t, o) -> split(tokens, f, t, finer, o), out);
    }

    /** {@code from}, the snapped cuts of this level inside the range, {@code to}. */
    private static List<Integer> bounds(TokenIndex tokens, int from, int to, Level level) {
        List<Integer> cuts = switch (level) {
            case PARAGRAPH -> separatorEnds(PARAGRAPH, tokens.text(), from, to);
            case SENTENCE -> SentenceSplitter.cuts(tokens.text(), from, to);
            case LINE -> separatorEnds(LINE, tokens.text(), from, to);
            case WORD -> separatorEnds(WORD, tokens.text(), from, to);
            case TOKEN -> List.of();
        };
        return snapped(tokens, from, to, cuts);
    }

    static List<Integer> snapped(TokenIndex tokens, int from, int to, List<Integer> cuts) {
        var bounds = new ArrayList<Integer>(cuts.size() + 2);
        bounds.add(from);
        for (int cut : cuts) {
            int snapped = tokens.snap(cut);
            if (snapped > bounds.getLast() && snapped < to) {
                bounds.add(snapped);
            }
        }
        bounds.add(to);
        return bounds;
    }

    private static List<Integer> separatorEnds(Pattern separator, String text, int from, int to) {
        var cuts = new ArrayList<Integer>();
        Matcher m = separator.matcher(text).region(from, to);
        while (m.find()) {
            if (m.end() > from && m.end() < to) {
                cuts.add(m.end());
            }
        }
        return cuts;
    }

    public int chunkTokens() {
        return chunkTokens;
    }
}
