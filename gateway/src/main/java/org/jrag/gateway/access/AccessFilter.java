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
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Guards {@code /v1/**}: with API keys configured, a request must bring a known one ({@code Authorization: Bearer}
 * or {@code X-API-Key}), else 401; a read-only key may only read and ask ({@link KeyPermissions}) and a scoped key use
 * only its collections ({@link CollectionScopes}), else 403; then each client (its key's name, or its address when no
 * keys are configured) takes a token from its rate-limit bucket, else 429 with {@code Retry-After}. The answers are
 * RFC 9457 problem details, counted in {@code rag_gateway_rejected_total{reason}}. Health, metrics and API docs stay
 * open. Every request passed on that changes stored data or the index is logged on {@code org.jrag.gateway.audit}:
 * the client (key name or address), method, path and status.
 */
final class AccessFilter extends OncePerRequestFilter {

    static final String API_KEY_HEADER = "X-API-Key";
    private static final Logger AUDIT = LoggerFactory.getLogger("org.jrag.gateway.audit");
    private static final String BEARER = "Bearer ";
    private static final String TYPE_BASE = "https://jrag.dev/problems/";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Bodies read to check a scoped key: a duplicate member must not name one collection here and another there. */
    private static final JsonMapper STRICT_JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** The largest search, ask or chat body read to check a scoped key. */
    static final int MAX_CHECKED_BODY = 1 << 20;

    private final ApiKeys keys;
    private final KeyPermissions permissions;
    private final CollectionScopes scopes;
    private final RateLimiter limiter;
    private final MeterRegistry meters;

    /** {@code limiter} null: no rate limit. */
    AccessFilter(
            ApiKeys keys,
            KeyPermissions permissions,
            CollectionScopes scopes,
            RateLimiter limiter,
            MeterRegistry meters) {
        this.keys = keys;
        this.permissions = permissions;
        this.scopes = scopes;
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
            Optional<Set<String>> scope = scopes.scopeOf(name.get());
            if (scope.isPresent()) {
                request = scoped(request, response, name.get(), scope.get());
                if (request == null) {
                    return; // refused, or answered here
                }
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
        Counter.builder("rag.gateway.requests")
                .description("Requests the gateway passed on, by API key (or 'anonymous' without keys), API and"
                        + " status class: what each team uses")
                .tag("key", client.startsWith("key ") ? client.substring("key ".length()) : "anonymous")
                .tag("api", api(request.getRequestURI()))
                .tag("status", response.getStatus() / 100 + "xx")
                .register(meters)
                .increment();
        if (!KeyPermissions.readsOnly(request.getMethod(), request.getRequestURI())) {
            // who changed stored data or the index: one line per change passed on, on a logger of its own
            AUDIT.info("{} {} {} -> {}", client, request.getMethod(), request.getRequestURI(), response.getStatus());
        }
    }

    /**
     * A scoped key's request, checked against its collections: the request to pass on (with its body cached when it
     * was read), or null when it has been refused.
     */
    private HttpServletRequest scoped(
            HttpServletRequest request, HttpServletResponse response, String key, Set<String> scope)
            throws IOException {
        String method = request.getMethod();
        // the path as the services will see it (decoded, dot segments resolved) must be the path as sent: collection
        // names never need escaping, and a path that differs could name one collection here and another downstream
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!path.equals(request.getRequestURI())) {
            reject(
                    response,
                    request,
                    400,
                    "invalid-path",
                    "Invalid path",
                    "the API key '" + key + "' is limited to some collections: send the path plain (no escapes, dot"
                            + " segments or parameters)");
            return null;
        }
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        byte[] bytes = null;
        JsonNode body = null;
        if (CollectionScopes.needsBody(method, path)) {
            bytes = request.getInputStream().readNBytes(MAX_CHECKED_BODY + 1);
            if (bytes.length > MAX_CHECKED_BODY) {
                reject(
                        response,
                        request,
                        413,
                        "payload-too-large",
                        "Payload too large",
                        "a search, ask or chat body must be at most " + MAX_CHECKED_BODY + " bytes");
                return null;
            }
            try {
                body = STRICT_JSON.readTree(bytes);
            } catch (JacksonException e) {
                reject(
                        response,
                        request,
                        400,
                        "invalid-request",
                        "Invalid request",
                        "the request body is not valid JSON: " + e.getOriginalMessage());
                return null;
            }
        }
        Optional<String> refusal = CollectionScopes.refusal(scope, method, path, body);
        if (refusal.isPresent()) {
            reject(
                    response,
                    request,
                    403,
                    "api-key-out-of-scope",
                    "Outside the API key's collections",
                    refusal.get() + " the collections of the API key '" + key + "' ("
                            + String.join(", ", scope.stream().sorted().toList()) + ")");
            return null;
        }
        return new ScopedRequest(request, bytes, scope);
    }

    /** The APIs requests are counted by: the first segment of the path after {@code /v1/}. */
    private static final Set<String> APIS = Set.of(
            "collections",
            "jobs",
            "embeddings",
            "folders",
            "search",
            "ask",
            "asks",
            "index",
            "rag",
            "answers",
            "models",
            "chat",
            "completions");

    /** The API a path belongs to ({@code /v1/collections/docs/documents}: collections), or other. */
    static String api(String path) {
        String rest = path.startsWith("/v1/") ? path.substring("/v1/".length()) : "";
        int slash = rest.indexOf('/');
        String first = slash < 0 ? rest : rest.substring(0, slash);
        return APIS.contains(first) ? first : "other";
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
