package org.jrag.tracing;

import java.io.IOException;
import org.slf4j.MDC;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/** Carries the current request id (from the MDC) to the service being called. Add it to every inter-service client. */
public final class RequestIdPropagation implements ClientHttpRequestInterceptor {

    @Override
    public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
            throws IOException {
        String id = MDC.get(RequestTracing.MDC_KEY);
        if (id != null && !request.getHeaders().containsHeader(RequestTracing.HEADER)) {
            request.getHeaders().set(RequestTracing.HEADER, id);
        }
        return execution.execute(request, body);
    }
}
