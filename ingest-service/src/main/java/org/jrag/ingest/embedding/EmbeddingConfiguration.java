package org.jrag.ingest.embedding;

import org.jrag.embedding.OnnxTextEmbedder;
import org.jrag.embedding.TextEmbedder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads the embedding model once per service; chunking counts in its tokens and ingestion embeds with it. */
@Configuration(proxyBeanMethods = false)
class EmbeddingConfiguration {

    @Bean(destroyMethod = "close")
    TextEmbedder textEmbedder() {
        return OnnxTextEmbedder.bgeSmallEnV15();
    }
}
