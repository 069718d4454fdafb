package org.jrag.retrieval.answer;

import org.jrag.tracing.RequestIdPropagation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.support.RestClientAdapter;
import org.springframework.web.service.invoker.HttpServiceProxyFactory;

/** Builds the generation-service client: timeouts from properties, the request id propagated on every call. */
@Configuration(proxyBeanMethods = false)
class GenerationClientConfiguration {

    @Bean
    GenerationClient generationClient(RestClient.Builder builder, GenerationProperties properties) {
        var requestFactory = new SimpleClientHttpRequestFactory();
        requestFactory.setConnectTimeout(properties.connectTimeout());
        requestFactory.setReadTimeout(properties.readTimeout());
        RestClient restClient = builder.baseUrl(properties.baseUrl().toString())
                .requestFactory(requestFactory)
                .requestInterceptor(new RequestIdPropagation())
                .build();
        return HttpServiceProxyFactory.builderFor(RestClientAdapter.create(restClient))
                .build()
                .createClient(GenerationClient.class);
    }
}
