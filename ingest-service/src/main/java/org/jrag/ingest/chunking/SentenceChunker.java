package org.jrag.ingest.chunking;

import java.util.ArrayList;
import java.util.List;
import org.jrag.embedding.TextTokenizer;

/**
 * Packs whole sentences into chunks of at most {@code chunkTokens}, so no chunk starts or ends mid-sentence; only a
 * sentence longer than the budget is cut, by token windows. Neighbouring chunks do not overlap.
 */
public final class SentenceChunker implements Chunker {

    private final TextTokenizer tokenizer;
    private final int chunkTokens;

    public SentenceChunker(TextTokenizer tokenizer, int chunkTokens) {
        if (tokenizer == null) {
            throw new IllegalArgumentException("tokenizer must not be null");
        }
        ChunkLimits.requireRange("chunkTokens", chunkTokens, 1, ChunkLimits.modelLimit(tokenizer));
        this.tokenizer = tokenizer;
        this.chunkTokens = chunkTokens;
    }

    @Override
    public List<ChunkSpan> chunk(String text) {
        TokenIndex tokens = TokenIndex.of(tokenizer, text);
        var out = new ArrayList<ChunkSpan>();
        GreedyPacking.pack(
                tokens,
                sentenceBounds(tokens, 0, text.length()),
                chunkTokens,
                (from, to, o) -> tokens.windows(from, to, chunkTokens, 0, o),
                out);
        return List.copyOf(out);
    }

    /** Sentence boundaries of {@code [from, to)}, snapped so that none cuts a token. */
    static List<Integer> sentenceBounds(TokenIndex tokens, int from, int to) {
        return RecursiveChunker.snapped(tokens, from, to, SentenceSplitter.cuts(tokens.text(), from, to));
    }

    /** Each sentence of the text trimmed to its tokens, in order; sentences without tokens are left out. */
    static List<ChunkSpan> sentences(TokenIndex tokens) {
        List<Integer> bounds = sentenceBounds(tokens, 0, tokens.text().length());
        var sentences = new ArrayList<ChunkSpan>(bounds.size());
        for (int i = 0; i + 1 < bounds.size(); i++) {
            ChunkSpan sentence = tokens.span(bounds.get(i), bounds.get(i + 1));
            if (sentence != null) {
                sentences.add(sentence);
            }
        }
        return sentences;
    }
}
