package org.jrag.ingest.chunking;

import org.jrag.embedding.TextEmbedder;
import org.jrag.embedding.TextTokenizer;
import org.springframework.stereotype.Component;

/**
 * Builds the {@link Chunker} of a {@link ChunkingStrategy}, counting in the tokens of the model that embeds the
 * chunks, and resolves a collection's and a request's options against the service defaults.
 */
@Component
public class ChunkerFactory {

    private final TextEmbedder embedder;
    private final ChunkingProperties defaults;

    ChunkerFactory(TextEmbedder embedder, ChunkingProperties defaults) {
        this.embedder = embedder;
        this.defaults = defaults;
    }

    /** The strategy of a collection's stored options overridden by a request's; 400 problems on a bad option. */
    public ChunkingStrategy resolve(ChunkingOptions collection, ChunkingOptions request) {
        return collection.overriddenBy(request).resolve(defaults, modelLimit(), "");
    }

    /** Checks a collection's options before they are stored; problems name {@code chunking.<option>}. */
    public ChunkingStrategy check(ChunkingOptions collection) {
        return collection.resolve(defaults, modelLimit(), "chunking.");
    }

    public Chunker chunkerFor(ChunkingStrategy strategy) {
        return switch (strategy) {
            case ChunkingStrategy.Fixed f ->
                new FixedTokenChunker(embedder.tokenizer(), f.chunkTokens(), f.overlapTokens());
            case ChunkingStrategy.Recursive r -> new RecursiveChunker(embedder.tokenizer(), r.chunkTokens());
            case ChunkingStrategy.Sentence s -> new SentenceChunker(embedder.tokenizer(), s.chunkTokens());
            case ChunkingStrategy.Semantic s ->
                new SemanticChunker(embedder, s.chunkTokens(), s.breakpointPercentile());
            case ChunkingStrategy.SentenceWindow w ->
                new SentenceWindowChunker(embedder.tokenizer(), w.windowSentences(), w.chunkTokens());
            case ChunkingStrategy.ParentChild p ->
                new ParentChildChunker(embedder.tokenizer(), p.parentTokens(), p.chunkTokens());
        };
    }

    /** The most tokens of text a chunk may hold: the model's limit, less its passage instruction's tokens. */
    int modelLimit() {
        TextTokenizer tokenizer = embedder.tokenizer();
        return ChunkLimits.modelLimit(tokenizer) - tokenizer.countTokens(embedder.passageText(""));
    }
}
