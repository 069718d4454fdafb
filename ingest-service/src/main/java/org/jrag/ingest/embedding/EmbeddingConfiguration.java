package org.jrag.ingest.embedding;

import org.jrag.embedding.EmbeddingModelSpec;
import org.jrag.embedding.OnnxTextEmbedder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads the configured embedding model once; chunking counts in its tokens and ingestion embeds with it. */
@Configuration(proxyBeanMethods = false)
class EmbeddingConfiguration {

    @Bean(destroyMethod = "close")
    OnnxTextEmbedder textEmbedder(EmbeddingProperties properties) {
        return OnnxTextEmbedder.load(EmbeddingModelSpec.of(properties.settings()));
    }
}
