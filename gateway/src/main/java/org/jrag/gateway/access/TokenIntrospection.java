package org.jrag.gateway.access;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Asks the identity provider about tokens that are not JWTs (opaque access tokens), by OAuth 2.0 token introspection
 * (RFC 7662): the token goes to the issuer's {@code introspection_endpoint} (from the discovery document, or
 * configured) with the gateway's client credentials (HTTP Basic), and what comes back stands for the token's claims
 * when it is {@code active}, from the configured issuer, for the configured audience and not expired. An answer is kept
 * for up to {@code cacheFor} (never past the token's {@code exp}), by the token's SHA-256, so a busy client costs one
 * call a minute rather than one a request; a revoked token is then refused within that time.
 */
final class TokenIntrospection {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Object>> CLAIMS = new TypeReference<>() {};
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final int CACHED = 10_000;

    private record Kept(Map<String, Object> claims, Instant until) {}

    private final AccessProperties.Jwt settings;
    private final OidcDiscovery discovery;
    private final Clock clock;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final Map<String, Kept> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Kept> eldest) {
            return size() > CACHED;
        }
    };

    TokenIntrospection(AccessProperties.Jwt settings, OidcDiscovery discovery, Clock clock) {
        this.settings = settings;
        this.discovery = discovery;
        this.clock = clock;
    }

    /**
     * The claims of an active token.
     *
     * @throws JwtAuthenticator.TokenRejectedException 401 when the token is not active or not for this gateway, 503
     *     when the identity provider cannot be asked
     */
    Map<String, Object> claims(String token) throws JwtAuthenticator.TokenRejectedException {
        String key = sha256(token);
        Instant now = clock.instant();
        synchronized (cache) {
            Kept kept = cache.get(key);
            if (kept != null && kept.until().isAfter(now)) {
                return kept.claims();
            }
            cache.remove(key);
        }
        Map<String, Object> claims = ask(token);
        check(claims, now);
        Instant until = now.plus(settings.introspectionCache());
        if (claims.get("exp") instanceof Number exp
                && Instant.ofEpochSecond(exp.longValue()).isBefore(until)) {
            until = Instant.ofEpochSecond(exp.longValue());
        }
        synchronized (cache) {
            cache.put(key, new Kept(claims, until));
        }
        return claims;
    }

    private Map<String, Object> ask(String token) throws JwtAuthenticator.TokenRejectedException {
        String endpoint = endpoint();
        String credentials = Base64.getEncoder()
                .encodeToString(
                        (form(settings.introspectionClientId()) + ":" + form(settings.introspectionClientSecret()))
                                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response;
        try {
            response = http.send(
                    HttpRequest.newBuilder(URI.create(endpoint))
                            .timeout(TIMEOUT)
                            .header("Authorization", "Basic " + credentials)
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .header("Accept", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "token=" + form(token) + "&token_type_hint=access_token"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException | IllegalArgumentException e) {
            throw unavailable("its introspection endpoint " + endpoint + " could not be reached: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable("interrupted while asking " + endpoint);
        }
        if (response.statusCode() != 200) {
            throw unavailable("its introspection endpoint " + endpoint + " answered " + response.statusCode()
                    + (response.statusCode() == 401 || response.statusCode() == 403
                            ? " (check rag.gateway.access.jwt.introspection-client-id and -secret)"
                            : ""));
        }
        try {
            return JSON.readValue(response.body(), CLAIMS);
        } catch (JacksonException e) {
            throw unavailable("its introspection endpoint " + endpoint + " answered what is not a JSON object");
        }
    }

    private void check(Map<String, Object> claims, Instant now) throws JwtAuthenticator.TokenRejectedException {
        if (!Boolean.TRUE.equals(claims.get("active"))) {
            throw invalid("the identity provider says it is not active (expired, revoked or never issued)");
        }
        if (claims.get("iss") instanceof String issuer && !issuer.equals(settings.issuer())) {
            throw invalid("it was issued by '" + issuer + "', not by '" + settings.issuer() + "'");
        }
        if (settings.audience() != null) {
            Object aud = claims.get("aud");
            boolean ours = aud instanceof String one
                    ? one.equals(settings.audience())
                    : aud instanceof List<?> many && many.contains(settings.audience());
            if (!ours) {
                throw invalid(
                        "it is for the audience " + (aud == null ? "[]" : aud) + ", not '" + settings.audience() + "'");
            }
        }
        if (claims.get("exp") instanceof Number exp
                && !Instant.ofEpochSecond(exp.longValue()).isAfter(now)) {
            throw invalid("it has expired");
        }
        if (!(claims.get("sub") instanceof String) && !(claims.get("username") instanceof String)) {
            throw invalid("the identity provider names no subject (sub) or username for it");
        }
    }

    private String endpoint() throws JwtAuthenticator.TokenRejectedException {
        if (settings.introspectionUri() != null) {
            return settings.introspectionUri();
        }
        try {
            String found = discovery.endpoint("introspection_endpoint");
            if (found.isBlank()) {
                throw unavailable("its discovery document names no introspection_endpoint; set"
                        + " rag.gateway.access.jwt.introspection-uri");
            }
            return found;
        } catch (IOException e) {
            throw unavailable(e.getMessage());
        }
    }

    private JwtAuthenticator.TokenRejectedException unavailable(String why) {
        return new JwtAuthenticator.TokenRejectedException(
                503,
                "identity-provider-unavailable",
                "Identity provider unavailable",
                "the token could not be checked with the issuer '" + settings.issuer() + "': " + why);
    }

    private static JwtAuthenticator.TokenRejectedException invalid(String why) {
        return new JwtAuthenticator.TokenRejectedException(
                401, "token-invalid", "Token invalid", "the token was refused: " + why);
    }

    private static String form(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String sha256(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
