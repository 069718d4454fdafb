package org.jrag.ingest.chunking;

import java.util.ArrayList;
import java.util.List;
import org.jrag.embedding.TextTokenizer;
import org.jrag.embedding.TokenSpan;

/**
 * Slides a window of {@code chunkTokens} embedding-model tokens over the text, stepping by
 * {@code chunkTokens - overlapTokens}, so every chunk fits the model and neighbours share exactly
 * {@code overlapTokens} tokens of context. A chunk runs from its first token's start to its last token's end.
 */
public final class FixedTokenChunker implements Chunker {

    private final TextTokenizer tokenizer;
    private final int chunkTokens;
    private final int overlapTokens;

    public FixedTokenChunker(TextTokenizer tokenizer, int chunkTokens, int overlapTokens) {
        if (tokenizer == null) {
            throw new IllegalArgumentException("tokenizer must not be null");
        }
        if (overlapTokens < 0) {
            throw new IllegalArgumentException("overlapTokens must be >= 0, got: " + overlapTokens);
        }
        if (chunkTokens <= overlapTokens) {
            throw new IllegalArgumentException("chunkTokens must be > overlapTokens, got: chunkTokens=" + chunkTokens
                    + ", overlapTokens=" + overlapTokens);
        }
        int modelLimit = tokenizer.maxTokens() - tokenizer.specialTokens();
        if (chunkTokens > modelLimit) {
            throw new IllegalArgumentException("chunkTokens must be <= " + modelLimit
                    + " (the model's " + tokenizer.maxTokens() + " tokens less its " + tokenizer.specialTokens()
                    + " special tokens), got: " + chunkTokens);
        }
        this.tokenizer = tokenizer;
        this.chunkTokens = chunkTokens;
        this.overlapTokens = overlapTokens;
    }

    @Override
    public List<ChunkSpan> chunk(String text) {
        List<TokenSpan> tokens = tokenizer.tokenize(text);
        int n = tokens.size();
        int step = chunkTokens - overlapTokens;
        var chunks = new ArrayList<ChunkSpan>(n == 0 ? 0 : 1 + Math.max(0, n - chunkTokens + step - 1) / step);
        for (int first = 0; first < n; first += step) {
            int end = Math.min(first + chunkTokens, n); // token window [first, end)
            int startOffset = tokens.get(first).start();
            int endOffset = tokens.get(end - 1).end();
            chunks.add(new ChunkSpan(text.substring(startOffset, endOffset), startOffset, endOffset, end - first));
            if (end == n) {
                break;
            }
        }
        return List.copyOf(chunks);
    }

    public int chunkTokens() {
        return chunkTokens;
    }

    public int overlapTokens() {
        return overlapTokens;
    }
}
