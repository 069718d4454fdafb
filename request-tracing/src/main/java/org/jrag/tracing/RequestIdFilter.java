package org.jrag.tracing;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id: the caller's {@code X-Request-Id} when acceptable, else a new one. The id goes into the
 * logging MDC for the request's lifetime, back to the client in the response header, and into the request's own
 * headers, so that whatever forwards the request (the gateway's proxy) forwards the id too. One access-log line per
 * request (actuator probes excepted) records method, path, status and time under that id.
 */
public class RequestIdFilter extends OncePerRequestFilter {

    private static final Logger ACCESS = LoggerFactory.getLogger("org.jrag.tracing.access");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String id = RequestTracing.acceptOrCreate(request.getHeader(RequestTracing.HEADER));
        MDC.put(RequestTracing.MDC_KEY, id);
        response.setHeader(RequestTracing.HEADER, id);
        long start = System.nanoTime();
        try {
            chain.doFilter(new WithRequestId(request, id), response);
        } finally {
            if (ACCESS.isInfoEnabled() && !request.getRequestURI().startsWith("/actuator")) {
                ACCESS.info(
                        "{} {} -> {} in {} ms",
                        request.getMethod(),
                        request.getRequestURI(),
                        response.getStatus(),
                        (System.nanoTime() - start) / 1_000_000);
            }
            MDC.remove(RequestTracing.MDC_KEY);
        }
    }

    /** The request as received, with exactly one {@code X-Request-Id} header: the accepted id. */
    private static final class WithRequestId extends HttpServletRequestWrapper {

        private final String id;

        WithRequestId(HttpServletRequest request, String id) {
            super(request);
            this.id = id;
        }

        @Override
        public String getHeader(String name) {
            return RequestTracing.HEADER.equalsIgnoreCase(name) ? id : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return RequestTracing.HEADER.equalsIgnoreCase(name)
                    ? Collections.enumeration(List.of(id))
                    : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            List<String> names = new ArrayList<>();
            for (Enumeration<String> e = super.getHeaderNames(); e.hasMoreElements(); ) {
                String name = e.nextElement();
                if (!RequestTracing.HEADER.equalsIgnoreCase(name)) {
                    names.add(name);
                }
            }
            names.add(RequestTracing.HEADER);
            return Collections.enumeration(names);
        }
    }
}
