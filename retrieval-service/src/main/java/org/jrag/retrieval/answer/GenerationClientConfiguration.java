package org.jrag.retrieval.answer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.support.RestClientAdapter;
import org.springframework.web.service.invoker.HttpServiceProxyFactory;

/**
 * Builds the generation-service clients (answers whole and as events): timeouts from properties, the request id
 * propagated on every call.
 */
@Configuration(proxyBeanMethods = false)
class GenerationClientConfiguration {

    @Bean
    GenerationClient generationClient(RestClient.Builder builder, GenerationProperties properties) {
        return HttpServiceProxyFactory.builderFor(RestClientAdapter.create(GenerationHttp.client(builder, properties)))
                .build()
                .createClient(GenerationClient.class);
    }

    @Bean
    AnswerStreams answerStreams(RestClient.Builder builder, GenerationProperties properties) {
        return new AnswerStreams(GenerationHttp.client(builder, properties));
    }
}
