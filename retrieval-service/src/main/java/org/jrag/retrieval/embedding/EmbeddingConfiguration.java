package org.jrag.retrieval.embedding;

import io.micrometer.core.instrument.MeterRegistry;
import org.jrag.embedding.EmbeddingModelSpec;
import org.jrag.embedding.OnnxTextEmbedder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * One embedding model per service, the configured one (loading it takes about a second and it is thread-safe), behind
 * the query-vector cache, which is what the search asks for vectors.
 */
@Configuration(proxyBeanMethods = false)
class EmbeddingConfiguration {

    @Bean(destroyMethod = "close")
    OnnxTextEmbedder embeddingModel(EmbeddingProperties properties) {
        return OnnxTextEmbedder.load(EmbeddingModelSpec.of(properties.settings()));
    }

    /** Not closed itself: closing it would close the model a second time. */
    @Bean(destroyMethod = "")
    @Primary
    CachingQueryEmbedder textEmbedder(OnnxTextEmbedder model, QueryCacheProperties cache, MeterRegistry registry) {
        return new CachingQueryEmbedder(model, model.spec().queryInstruction(), cache.size(), registry);
    }
}
