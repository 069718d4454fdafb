package org.jrag.retrieval.answer;

import org.jrag.tracing.RequestIdPropagation;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/** The HTTP client every call to generation-service goes through: its base URL and timeouts, the request id. */
public final class GenerationHttp {

    private GenerationHttp() {}

    public static RestClient client(RestClient.Builder builder, GenerationProperties properties) {
        var requestFactory = new SimpleClientHttpRequestFactory();
        requestFactory.setConnectTimeout(properties.connectTimeout());
        requestFactory.setReadTimeout(properties.readTimeout());
        return builder.clone()
                .baseUrl(properties.baseUrl().toString())
                .requestFactory(requestFactory)
                .requestInterceptor(new RequestIdPropagation())
                .build();
    }
}
