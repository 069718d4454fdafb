package org.jrag.ingest.chunking;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jrag.embedding.TextTokenizer;

/**
 * Indexes every sentence on its own, for precise matching, and keeps the window of {@code windowSentences}
 * neighbours on each side in the chunk's metadata ({@code window: {startOffset, endOffset, text}}) so retrieval can
 * hand the generator the surrounding context instead of the lone sentence. A sentence longer than
 * {@code chunkTokens} is indexed as token windows that share its window.
 */
public final class SentenceWindowChunker implements Chunker {

    /** The metadata key of a chunk's surrounding window. */
    public static final String WINDOW = "window";

    private final TextTokenizer tokenizer;
    private final int windowSentences;
    private final int chunkTokens;

    public SentenceWindowChunker(TextTokenizer tokenizer, int windowSentences, int chunkTokens) {
        if (tokenizer == null) {
            throw new IllegalArgumentException("tokenizer must not be null");
        }
        ChunkLimits.requireRange("windowSentences", windowSentences, 0, 20);
        ChunkLimits.requireRange("chunkTokens", chunkTokens, 1, ChunkLimits.modelLimit(tokenizer));
        this.tokenizer = tokenizer;
        this.windowSentences = windowSentences;
        this.chunkTokens = chunkTokens;
    }

    @Override
    public List<ChunkSpan> chunk(String text) {
        TokenIndex tokens = TokenIndex.of(tokenizer, text);
        List<ChunkSpan> sentences = SentenceChunker.sentences(tokens);
        var out = new ArrayList<ChunkSpan>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            int windowStart = sentences.get(Math.max(0, i - windowSentences)).startOffset();
            int windowEnd = sentences
                    .get(Math.min(sentences.size() - 1, i + windowSentences))
                    .endOffset();
            Map<String, Object> window = Map.of(
                    WINDOW,
                    Map.of(
                            "startOffset", windowStart,
                            "endOffset", windowEnd,
                            "text", text.substring(windowStart, windowEnd)));
            ChunkSpan sentence = sentences.get(i);
            var pieces = new ArrayList<ChunkSpan>(1);
            if (sentence.tokenCount() <= chunkTokens) {
                pieces.add(sentence);
            } else {
                tokens.windows(sentence.startOffset(), sentence.endOffset(), chunkTokens, 0, pieces);
            }
            for (ChunkSpan piece : pieces) {
                out.add(piece.with(-1, true, window));
            }
        }
        return List.copyOf(out);
    }
}
