package org.jrag.ingest.chunking;

/**
 * How a collection's (or one request's) documents are cut into chunks: one record per strategy, holding exactly the
 * options that strategy reads, all sizes in the embedding model's tokens. Parsed and validated by
 * {@link ChunkingOptions}; turned into a {@link Chunker} by {@link ChunkerFactory}.
 */
public sealed interface ChunkingStrategy {

    /** The strategy's name as the {@code chunker} parameter spells it. */
    String name();

    /** Windows of {@code chunkTokens} tokens, neighbours sharing {@code overlapTokens}. */
    record Fixed(int chunkTokens, int overlapTokens) implements ChunkingStrategy {
        @Override
        public String name() {
            return "fixed";
        }
    }

    /** Paragraph, then sentence, line and word separators, packed up to {@code chunkTokens}. */
    record Recursive(int chunkTokens) implements ChunkingStrategy {
        @Override
        public String name() {
            return "recursive";
        }
    }

    /** Whole sentences packed up to {@code chunkTokens}. */
    record Sentence(int chunkTokens) implements ChunkingStrategy {
        @Override
        public String name() {
            return "sentence";
        }
    }

    /** Cuts where neighbouring sentences' embedding distance is above the {@code breakpointPercentile}. */
    record Semantic(int chunkTokens, double breakpointPercentile) implements ChunkingStrategy {
        @Override
        public String name() {
            return "semantic";
        }
    }

    /** One sentence per chunk, {@code windowSentences} neighbours each side kept as its window. */
    record SentenceWindow(int windowSentences, int chunkTokens) implements ChunkingStrategy {
        @Override
        public String name() {
            return "sentence-window";
        }
    }

    /** Children of {@code chunkTokens} indexed, parents of {@code parentTokens} kept for context. */
    record ParentChild(int parentTokens, int chunkTokens) implements ChunkingStrategy {
        @Override
        public String name() {
            return "parent-child";
        }
    }
}
