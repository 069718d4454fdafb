package org.jrag.ingest.chunking;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jrag.embedding.TextTokenizer;

/**
 * Small chunks match a query precisely; large ones give the generator enough context. This chunker cuts the text
 * into parents of up to {@code parentTokens} (recursively, at natural boundaries; never embedded, so they may exceed
 * the model's window) and each parent into children of up to {@code childTokens}, which are embedded and point at
 * their parent. The list holds each parent followed by its children; metadata {@code role} says which is which.
 */
public final class ParentChildChunker implements Chunker {

    /** The largest parent: context for a generator, not a whole book. */
    public static final int MAX_PARENT_TOKENS = 8192;

    public static final String ROLE = "role";

    private final TextTokenizer tokenizer;
    private final RecursiveChunker parents;
    private final RecursiveChunker children;

    public ParentChildChunker(TextTokenizer tokenizer, int parentTokens, int childTokens) {
        if (tokenizer == null) {
            throw new IllegalArgumentException("tokenizer must not be null");
        }
        ChunkLimits.requireRange("childTokens", childTokens, 1, ChunkLimits.modelLimit(tokenizer));
        if (parentTokens <= childTokens || parentTokens > MAX_PARENT_TOKENS) {
            throw new IllegalArgumentException("parentTokens must be > childTokens (" + childTokens + ") and <= "
                    + MAX_PARENT_TOKENS + ", got: " + parentTokens);
        }
        this.tokenizer = tokenizer;
        this.parents = new RecursiveChunker(tokenizer, parentTokens, MAX_PARENT_TOKENS);
        this.children = new RecursiveChunker(tokenizer, childTokens);
    }

    @Override
    public List<ChunkSpan> chunk(String text) {
        TokenIndex tokens = TokenIndex.of(tokenizer, text);
        var out = new ArrayList<ChunkSpan>();
        for (ChunkSpan parent : parents.chunk(tokens, 0, text.length())) {
            int parentIndex = out.size();
            out.add(parent.with(-1, false, Map.of(ROLE, "parent")));
            for (ChunkSpan child : children.chunk(tokens, parent.startOffset(), parent.endOffset())) {
                out.add(child.with(parentIndex, true, Map.of(ROLE, "child")));
            }
        }
        return List.copyOf(out);
    }
}
