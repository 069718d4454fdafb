package org.jrag.ingest.chunking;

import org.jrag.embedding.TextEmbedder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Chunks in the tokens of the model that embeds the chunks, so a chunk never overflows it. */
@Configuration(proxyBeanMethods = false)
class ChunkingConfiguration {

    @Bean
    Chunker chunker(TextEmbedder embedder, ChunkingProperties properties) {
        return new FixedTokenChunker(embedder.tokenizer(), properties.chunkTokens(), properties.overlapTokens());
    }
}
