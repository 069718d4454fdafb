package org.jrag.ingest.chunking;

import java.util.List;

/**
 * Packs consecutive pieces of a text into chunks of at most a token budget, left to right: a chunk grows by the next
 * piece while the whole still fits. A piece that alone exceeds the budget is handed to {@code oversized}, which cuts it
 * finer. Since pieces cover the text and never cut a token, the chunks hold every token exactly once.
 */
final class GreedyPacking {

    /** Cuts a range too large for the budget into chunks of its own. */
    @FunctionalInterface
    interface Oversized {
        void split(int from, int to, List<ChunkSpan> out);
    }

    private GreedyPacking() {}

    /**
     * @param bounds ascending piece boundaries, first the range's start and last its end: piece i is
     *     {@code [bounds[i], bounds[i + 1])}
     */
    static void pack(TokenIndex tokens, List<Integer> bounds, int budget, Oversized oversized, List<ChunkSpan> out) {
        int open = -1; // start of the chunk being grown, -1 when none
        int openEnd = -1;
        for (int i = 0; i + 1 < bounds.size(); i++) {
            int from = bounds.get(i);
            int to = bounds.get(i + 1);
            int pieceTokens = tokens.count(from, to);
            if (pieceTokens == 0) {
                continue;
            }
            if (open >= 0 && tokens.count(open, to) <= budget) {
                openEnd = to;
                continue;
            }
            if (open >= 0) {
                out.add(tokens.span(open, openEnd));
                open = -1;
            }
            if (pieceTokens > budget) {
                oversized.split(from, to, out);
            } else {
                open = from;
                openEnd = to;
            }
        }
        if (open >= 0) {
            out.add(tokens.span(open, openEnd));
        }
    }
}
