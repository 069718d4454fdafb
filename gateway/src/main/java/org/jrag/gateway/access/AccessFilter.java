package org.jrag.gateway.access;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Guards {@code /v1/**}: with API keys configured, a request must bring a known one ({@code Authorization: Bearer}
 * or {@code X-API-Key}), else 401, and a read-only key only what reads ({@link KeyPermissions}), else 403; then each
 * client (its key's name, or its address when no keys are configured)
 * takes a token from its rate-limit bucket, else 429 with {@code Retry-After}. Both answers are RFC 9457 problem
 * details, counted in {@code rag_gateway_rejected_total{reason}}. Health, metrics and API docs stay open.
 */
final class AccessFilter extends OncePerRequestFilter {

    static final String API_KEY_HEADER = "X-API-Key";
    private static final String BEARER = "Bearer ";
    private static final String TYPE_BASE = "https://jrag.dev/problems/";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ApiKeys keys;
    private final KeyPermissions permissions;
    private final RateLimiter limiter;
    private final MeterRegistry meters;

    /** {@code limiter} null: no rate limit. */
    AccessFilter(ApiKeys keys, KeyPermissions permissions, RateLimiter limiter, MeterRegistry meters) {
        this.keys = keys;
        this.permissions = permissions;
        this.limiter = limiter;
        this.meters = meters;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/v1/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String client = "address " + request.getRemoteAddr();
        if (keys.required()) {
            Optional<String> secret = presented(request);
            if (secret.isEmpty()) {
                reject(
                        response,
                        request,
                        401,
                        "api-key-missing",
                        "API key missing",
                        "this gateway requires an API key: send it as 'Authorization: Bearer <key>' or '"
                                + API_KEY_HEADER + ": <key>'");
                return;
            }
            Optional<String> name = keys.nameOf(secret.get());
            if (name.isEmpty()) {
                reject(
                        response,
                        request,
                        401,
                        "api-key-invalid",
                        "API key invalid",
                        "the API key sent is not one this gateway knows");
                return;
            }
            if (!permissions.allows(name.get(), request.getMethod(), request.getRequestURI())) {
                reject(
                        response,
                        request,
                        403,
                        "api-key-read-only",
                        "API key is read-only",
                        "the API key '" + name.get() + "' may only read and ask; " + request.getMethod() + " "
                                + request.getRequestURI() + " changes stored data or the index");
                return;
            }
            client = "key " + name.get();
        }
        if (limiter != null) {
            long waitNanos = limiter.acquire(client);
            if (waitNanos > 0) {
                long seconds = Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
                response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
                reject(
                        response,
                        request,
                        429,
                        "rate-limited",
                        "Too many requests",
                        "the rate limit of " + client + " is used up; retry after " + seconds + " s");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** The secret from {@code Authorization: Bearer} or {@code X-API-Key}, if either is there and not blank. */
    private static Optional<String> presented(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            String secret = authorization.substring(BEARER.length()).strip();
            if (!secret.isEmpty()) {
                return Optional.of(secret);
            }
        }
        String header = request.getHeader(API_KEY_HEADER);
        return header == null || header.isBlank() ? Optional.empty() : Optional.of(header.strip());
    }

    private void reject(
            HttpServletResponse response,
            HttpServletRequest request,
            int status,
            String slug,
            String title,
            String detail)
            throws IOException {
        Counter.builder("rag.gateway.rejected")
                .description("Requests the gateway refused before routing them, by reason")
                .tag("reason", slug)
                .register(meters)
                .increment();
        if (status == 401) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", TYPE_BASE + slug);
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(JSON.writeValueAsBytes(problem));
    }
}
