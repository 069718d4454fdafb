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
 * Guards {@code /v1/**}: with API keys or access tokens configured, a request must bring a known key ({@code
 * Authorization: Bearer} or {@code X-API-Key}) or a valid token ({@code Authorization: Bearer}, {@link
 * JwtAuthenticator}), else 401; a read-only caller may only read and ask ({@link KeyPermissions}) and a scoped one use
 * only its collections ({@link CollectionScopes}), else 403; a user, or a key given principals ({@link KeyPrincipals}),
 * is passed on with who it reads documents as ({@link ScopedRequest#PRINCIPALS_HEADER}); then each client (its key's
 * or user's name, or its address when nothing is configured) takes a token from its rate-limit bucket, else 429 with
 * {@code Retry-After}. The answers are RFC 9457 problem details, counted in {@code
 * rag_gateway_rejected_total{reason}}. Health, metrics and API docs stay open. Every request passed on that changes
 * stored data or the index is logged on {@code org.jrag.gateway.audit}: the client (key name, user name or address),
 * method, path and status.
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
    private final KeyPrincipals principals;
    private final JwtAuthenticator tokens;
    private final RateLimits limits;
    private final MeterRegistry meters;

    /** {@code tokens} null: no access tokens accepted. */
    AccessFilter(
            ApiKeys keys,
            KeyPermissions permissions,
            CollectionScopes scopes,
            KeyPrincipals principals,
            JwtAuthenticator tokens,
            RateLimits limits,
            MeterRegistry meters) {
        this.keys = keys;
        this.permissions = permissions;
        this.scopes = scopes;
        this.principals = principals;
        this.tokens = tokens;
        this.limits = limits;
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
        String meterKey = "anonymous";
        String keyName = null;
        if (keys.required() || tokens != null) {
            Caller caller = caller(request, response);
            if (caller == null) {
                return; // refused
            }
            if (caller.readOnly() && !KeyPermissions.readsOnly(request.getMethod(), request.getRequestURI())) {
                reject(
                        response,
                        request,
                        403,
                        caller.slugPrefix() + "-read-only",
                        caller.credential() + " is read-only",
                        caller.described() + " may only read and ask; " + request.getMethod() + " "
                                + request.getRequestURI() + " changes stored data or the index");
                return;
            }
            if (caller.collections().isPresent()) {
                request = scoped(request, response, caller, caller.collections().get());
                if (request == null) {
                    return; // refused, or answered here
                }
            }
            if (caller.principals().isPresent()) {
                request = ScopedRequest.principals(request, caller.principals().get());
            }
            client = caller.client();
            meterKey = caller.meterKey();
            keyName = caller.token() ? null : caller.name();
        }
        long waitNanos = limits.acquire(client, keyName);
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
        chain.doFilter(request, response);
        Counter.builder("rag.gateway.requests")
                .description("Requests the gateway passed on, by API key (or 'anonymous' without keys), API and"
                        + " status class: what each team uses")
                .tag("key", meterKey)
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
     * Who sent the request: the key its secret names, or the user its access token stands for; null when it brought
     * neither (then it has been refused).
     */
    private Caller caller(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> secret = presented(request);
        if (secret.isEmpty()) {
            String what = tokens == null
                    ? "an API key"
                    : keys.required() ? "an API key or an access token" : "an access token";
            String sent = tokens == null ? "<key>" : keys.required() ? "<key or token>" : "<token>";
            reject(
                    response,
                    request,
                    401,
                    "api-key-missing",
                    tokens == null ? "API key missing" : "Credentials missing",
                    "this gateway requires " + what + ": send it as 'Authorization: Bearer " + sent + "'"
                            + (keys.required() ? " or '" + API_KEY_HEADER + ": <key>'" : ""));
            return null;
        }
        if (tokens != null && JwtAuthenticator.looksLikeJwt(secret.get())) {
            return user(secret.get(), false, request, response);
        }
        Optional<String> name = keys.nameOf(secret.get());
        if (name.isEmpty() && tokens != null && tokens.introspects()) {
            return user(secret.get(), true, request, response); // an opaque access token
        }
        if (name.isEmpty()) {
            reject(
                    response,
                    request,
                    401,
                    keys.required() ? "api-key-invalid" : "token-invalid",
                    keys.required() ? "API key invalid" : "Token invalid",
                    keys.required()
                            ? "the API key sent is not one this gateway knows"
                            : "this gateway takes access tokens (JWTs) and no API keys; what was sent is not a JWT");
            return null;
        }
        return Caller.key(
                name.get(), permissions.readOnly(name.get()), scopes.scopeOf(name.get()), principals.of(name.get()));
    }

    /** The user a token stands for; null when it was refused (the response says why). */
    private Caller user(String token, boolean opaque, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        try {
            return opaque ? tokens.authenticateOpaque(token) : tokens.authenticate(token);
        } catch (JwtAuthenticator.TokenRejectedException e) {
            if (e.status() == 401) {
                // RFC 6750: the client learns that its token, not the request, is what failed
                response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
            }
            String detail = opaque && e.status() == 401 && keys.required()
                    ? e.getMessage() + "; nor is it an API key this gateway knows"
                    : e.getMessage();
            reject(response, request, e.status(), e.slug(), e.title(), detail);
            return null;
        }
    }

    /**
     * A scoped caller's request, checked against its collections: the request to pass on (with its body cached when it
     * was read), or null when it has been refused.
     */
    private HttpServletRequest scoped(
            HttpServletRequest request, HttpServletResponse response, Caller caller, Set<String> scope)
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
                    caller.described() + " is limited to some collections: send the path plain (no escapes, dot"
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
                    caller.slugPrefix() + "-out-of-scope",
                    "Outside the " + (caller.token() ? "token" : "API key") + "'s collections",
                    refusal.get() + " the collections of " + caller.described() + " ("
                            + String.join(", ", scope.stream().sorted().toList()) + ")");
            return null;
        }
        return ScopedRequest.collections(request, bytes, scope);
    }

    /** The APIs requests are counted by: the first segment of the path after {@code /v1/}. */
    private static final Set<String> APIS = Set.of(
            "collections",
            "jobs",
            "embeddings",
            "folders",
            "buckets",
            "mailboxes",
            "drives",
            "containers",
            "repositories",
            "spaces",
            "projects",
            "guides",
            "gdrives",
            "kbs",
            "sites",
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
        if (status == 401 && !response.containsHeader(HttpHeaders.WWW_AUTHENTICATE)) {
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
