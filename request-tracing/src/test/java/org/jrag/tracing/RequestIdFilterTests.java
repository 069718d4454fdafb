package org.jrag.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class RequestIdFilterTests {

    private final RequestIdFilter filter = new RequestIdFilter();

    @Test
    void createsAnIdWhenNoneIsGiven() throws Exception {
        // given
        var request = new MockHttpServletRequest("GET", "/v1/search");
        var response = new MockHttpServletResponse();
        var seen = new AtomicReference<HttpServletRequest>();
        var mdcDuringRequest = new AtomicReference<String>();

        // when
        filter.doFilter(request, response, (req, res) -> {
            seen.set((HttpServletRequest) req);
            mdcDuringRequest.set(MDC.get(RequestTracing.MDC_KEY));
        });

        // then
        String id = response.getHeader(RequestTracing.HEADER);
        assertThat(id).matches("[0-9a-f-]{36}");
        assertThat(seen.get().getHeader(RequestTracing.HEADER)).isEqualTo(id);
        assertThat(Collections.list(seen.get().getHeaderNames())).contains(RequestTracing.HEADER);
        assertThat(mdcDuringRequest.get()).isEqualTo(id);
        assertThat(MDC.get(RequestTracing.MDC_KEY)).isNull();
    }

    @Test
    void keepsAnAcceptableGivenId() throws Exception {
        var request = new MockHttpServletRequest("GET", "/");
        request.addHeader(RequestTracing.HEADER, "client-42.a");
        var response = new MockHttpServletResponse();
        var seen = new AtomicReference<String>();

        filter.doFilter(
                request, response, (req, res) -> seen.set(((HttpServletRequest) req).getHeader(RequestTracing.HEADER)));

        assertThat(response.getHeader(RequestTracing.HEADER)).isEqualTo("client-42.a");
        assertThat(seen.get()).isEqualTo("client-42.a");
    }

    @Test
    void replacesAnIdThatCouldInjectIntoLogs() throws Exception {
        var request = new MockHttpServletRequest("GET", "/");
        request.addHeader(RequestTracing.HEADER, "abc\n{\"level\":\"ERROR\"}");
        var response = new MockHttpServletResponse();

        filter.doFilter(request, response, (req, res) -> {});

        assertThat(response.getHeader(RequestTracing.HEADER)).matches("[0-9a-f-]{36}");
    }
}
