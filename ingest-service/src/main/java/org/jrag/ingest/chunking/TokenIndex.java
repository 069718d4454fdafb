package org.jrag.ingest.chunking;

import java.util.List;
import org.jrag.embedding.TextTokenizer;
import org.jrag.embedding.TokenSpan;

/**
 * The embedding model's tokens of one text, tokenized once, answering the range questions every chunker asks: how
 * many tokens lie in {@code [from, to)}, where may a cut fall without splitting a token, and what is the chunk of a
 * range trimmed to its first and last token. Chunkers cut the text into pieces that cover it; since no cut falls
 * inside a token, every token lies in exactly one piece and no text is lost.
 */
final class TokenIndex {

    private final String text;
    private final int[] starts;
    private final int[] ends;

    private TokenIndex(String text, int[] starts, int[] ends) {
        this.text = text;
        this.starts = starts;
        this.ends = ends;
    }

    static TokenIndex of(TextTokenizer tokenizer, String text) {
        List<TokenSpan> tokens = tokenizer.tokenize(text);
        int[] starts = new int[tokens.size()];
        int[] ends = new int[tokens.size()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = tokens.get(i).start();
            ends[i] = tokens.get(i).end();
        }
        return new TokenIndex(text, starts, ends);
    }

    String text() {
        return text;
    }

    int size() {
        return starts.length;
    }

    /** Tokens lying wholly in {@code [from, to)}. */
    int count(int from, int to) {
        return Math.max(0, lastEndingBy(to) - firstStartingAt(from) + 1);
    }

    /** The offset itself, or the start of the token it would cut in two. */
    int snap(int offset) {
        int i = lastEndingBy(offset) + 1; // first token ending after offset
        return i < starts.length && starts[i] < offset ? starts[i] : offset;
    }

    /** The chunk of {@code [from, to)} from its first token's start to its last token's end; null without tokens. */
    ChunkSpan span(int from, int to) {
        int first = firstStartingAt(from);
        int last = lastEndingBy(to);
        if (last < first) {
            return null;
        }
        return new ChunkSpan(text.substring(starts[first], ends[last]), starts[first], ends[last], last - first + 1);
    }

    /** Windows of at most {@code size} tokens over the tokens of {@code [from, to)}, neighbours sharing {@code overlap}. */
    void windows(int from, int to, int size, int overlap, List<ChunkSpan> out) {
        int first = firstStartingAt(from);
        int last = lastEndingBy(to);
        for (int i = first; i <= last; i += size - overlap) {
            int end = Math.min(i + size - 1, last); // token window [i, end]
            out.add(new ChunkSpan(text.substring(starts[i], ends[end]), starts[i], ends[end], end - i + 1));
            if (end == last) {
                break;
            }
        }
    }

    /** Index of the first token starting at or after {@code offset}. */
    private int firstStartingAt(int offset) {
        return firstAbove(starts, offset - 1);
    }

    /** Index of the last token ending at or before {@code offset}, -1 if none. */
    private int lastEndingBy(int offset) {
        return firstAbove(ends, offset) - 1;
    }

    /** Smallest index whose value is greater than {@code value} in an ascending array (its length if none). */
    private static int firstAbove(int[] sorted, int value) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] > value) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }
}
