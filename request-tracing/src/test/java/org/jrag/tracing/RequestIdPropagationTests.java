package org.jrag.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.http.HttpMethod;
import org.springframework.mock.http.client.MockClientHttpRequest;
import org.springframework.mock.http.client.MockClientHttpResponse;

class RequestIdPropagationTests {

    @AfterEach
    void clearMdc() {
        MDC.clear();
    }

    @Test
    void copiesTheCurrentIdIntoTheOutgoingRequest() throws Exception {
        // given
        MDC.put(RequestTracing.MDC_KEY, "req-7");
        var request = new MockClientHttpRequest(HttpMethod.POST, URI.create("http://generation/v1/answers"));

        // when
        new RequestIdPropagation().intercept(request, new byte[0], (req, body) -> new MockClientHttpResponse());

        // then
        assertThat(request.getHeaders().getFirst(RequestTracing.HEADER)).isEqualTo("req-7");
    }

    @Test
    void addsNothingOutsideARequest() throws Exception {
        var request = new MockClientHttpRequest(HttpMethod.GET, URI.create("http://x/"));

        new RequestIdPropagation().intercept(request, new byte[0], (req, body) -> new MockClientHttpResponse());

        assertThat(request.getHeaders().containsHeader(RequestTracing.HEADER)).isFalse();
    }
}
