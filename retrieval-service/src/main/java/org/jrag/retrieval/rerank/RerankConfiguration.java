package org.jrag.retrieval.rerank;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads the configured re-ranker once (a model load takes about a second); none when the model is {@code none}. */
@Configuration(proxyBeanMethods = false)
class RerankConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnExpression("'${rag.retrieval.rerank.model:none}'.equalsIgnoreCase('cross-encoder')")
    CrossEncoderReranker crossEncoderReranker(RerankProperties properties) {
        return new CrossEncoderReranker(
                properties.modelPath(), properties.tokenizerPath(), properties.batchSize(), properties.maxLength());
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnExpression("'${rag.retrieval.rerank.model:none}'.equalsIgnoreCase('late-interaction')")
    LateInteractionReranker lateInteractionReranker(RerankProperties properties) {
        return new LateInteractionReranker(properties.batchSize(), properties.maxLength());
    }

    @Bean
    RerankDepth rerankDepth(RerankProperties properties) {
        return new RerankDepth(properties.maxDepth(), properties.probeDepth());
    }
}
