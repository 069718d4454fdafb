package org.jrag.retrieval.embedding;

import io.micrometer.core.instrument.MeterRegistry;
import org.jrag.embedding.OnnxTextEmbedder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One embedding model per service (loading it takes about a second and it is thread-safe), behind the query-vector
 * cache.
 */
@Configuration(proxyBeanMethods = false)
class EmbeddingConfiguration {

    @Bean(destroyMethod = "close")
    CachingQueryEmbedder textEmbedder(QueryCacheProperties cache, MeterRegistry registry) {
        OnnxTextEmbedder model = OnnxTextEmbedder.bgeSmallEnV15();
        return new CachingQueryEmbedder(model, model.spec().queryInstruction(), cache.size(), registry);
    }
}
