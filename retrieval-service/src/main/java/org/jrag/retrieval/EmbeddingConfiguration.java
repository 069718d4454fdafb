package org.jrag.retrieval;

import org.jrag.embedding.OnnxTextEmbedder;
import org.jrag.embedding.TextEmbedder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One embedding model per service: loading it takes about a second and it is thread-safe. */
@Configuration(proxyBeanMethods = false)
class EmbeddingConfiguration {

    @Bean(destroyMethod = "close")
    TextEmbedder textEmbedder() {
        return OnnxTextEmbedder.bgeSmallEnV15();
    }
}
