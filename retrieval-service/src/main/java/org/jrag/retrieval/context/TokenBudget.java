package org.jrag.retrieval.context;

import java.util.ArrayList;
import java.util.List;
import org.jrag.embedding.TextTokenizer;
import org.jrag.embedding.TokenSpan;

/**
 * Keeps the context within what the generator can read: passages are taken best first while they fit in
 * {@code maxTokens} (counted with the embedding model's tokenizer); a passage that does not fit is skipped, so a
 * shorter one further down may still go in. If even the best passage is too long it is cut at a token boundary, so
 * the context is never empty when there was something to say.
 */
public final class TokenBudget implements ContextPostProcessor {

    private final TextTokenizer tokenizer;
    private final int maxTokens;

    public TokenBudget(TextTokenizer tokenizer, int maxTokens) {
        if (maxTokens < 1) {
            throw new IllegalArgumentException("maxTokens must be >= 1, got: " + maxTokens);
        }
        this.tokenizer = tokenizer;
        this.maxTokens = maxTokens;
    }

    @Override
    public List<ContextChunk> process(List<ContextChunk> chunks) {
        List<ContextChunk> kept = new ArrayList<>();
        int used = 0;
        for (ContextChunk chunk : chunks) {
            List<TokenSpan> tokens = tokenizer.tokenize(chunk.text());
            if (used + tokens.size() <= maxTokens) {
                kept.add(chunk);
                used += tokens.size();
            } else if (kept.isEmpty()) {
                kept.add(truncated(chunk, tokens.get(maxTokens - 1).end()));
                used = maxTokens;
            }
        }
        return kept;
    }

    private static ContextChunk truncated(ContextChunk chunk, int chars) {
        return new ContextChunk(
                chunk.chunkId(),
                chunk.documentId(),
                chunk.title(),
                chunk.text().substring(0, chars),
                chunk.startOffset(),
                chunk.verbatim() ? chunk.startOffset() + chars : chunk.endOffset(),
                chunk.score(),
                chunk.verbatim());
    }
}
