package org.jrag.retrieval.context;

import java.util.List;
import org.jrag.embedding.TextEmbedder;
import org.springframework.stereotype.Service;

/**
 * Turns retrieved chunks (best first) into the context an answer is generated from: 1. replace children by their
 * parents, 2. widen sentences to their stored windows, 3. merge overlapping passages of one document, 4. keep what
 * fits in the token budget, 5. order against "lost in the middle". Each stage is a {@link ContextPostProcessor}.
 */
@Service
public class ContextAssembler {

    private final ParentChunks parents;
    private final SentenceWindows windows;
    private final TextEmbedder embedder;
    private final int defaultTokens;

    ContextAssembler(
            ParentChunks parents, SentenceWindows windows, TextEmbedder embedder, ContextProperties properties) {
        this.parents = parents;
        this.windows = windows;
        this.embedder = embedder;
        this.defaultTokens = properties.tokens();
    }

    /** The context for {@code bestFirst}, within {@code maxTokens} (null: the configured default). */
    public List<ContextChunk> assemble(List<ContextChunk> bestFirst, Integer maxTokens) {
        List<ContextPostProcessor> stages = List.of(
                new ParentChunkExpansion(parents),
                new SentenceWindowExpansion(windows),
                new OverlapMerge(),
                new TokenBudget(embedder.tokenizer(), maxTokens == null ? defaultTokens : maxTokens),
                new LostInTheMiddleOrdering());
        List<ContextChunk> chunks = bestFirst;
        for (ContextPostProcessor stage : stages) {
            chunks = stage.process(chunks);
        }
        return chunks;
    }
}
