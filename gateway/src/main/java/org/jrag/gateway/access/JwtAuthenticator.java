package org.jrag.gateway.access;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.jwk.source.RateLimitReachedException;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks the access tokens of an OpenID Connect identity provider and says who sent them: a token must be a JWT signed
 * (RSA or EC; never {@code none} or a shared secret) by one of the issuer's published keys, carry the configured
 * {@code iss} (and {@code aud}, when one is configured), a {@code sub}, an {@code exp} not past (a minute of clock
 * skew allowed) and no {@code nbf} in the future. Its roles decide what the user may do: write with a writer role,
 * else only read and ask; use the collections its roles map to, when a mapping is configured. The issuer's keys are
 * fetched when first needed, cached and fetched again when a token names a key not seen yet (a key rotation).
 */
final class JwtAuthenticator {

    /** Signature algorithms accepted: public-key ones only, so that no token is checked with a shared secret. */
    static final Set<JWSAlgorithm> ALGORITHMS = Set.of(
            JWSAlgorithm.RS256,
            JWSAlgorithm.RS384,
            JWSAlgorithm.RS512,
            JWSAlgorithm.PS256,
            JWSAlgorithm.PS384,
            JWSAlgorithm.PS512,
            JWSAlgorithm.ES256,
            JWSAlgorithm.ES384,
            JWSAlgorithm.ES512);

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration FETCH_TIMEOUT = Duration.ofSeconds(5);

    /** Why a token was refused: the problem's status (401, 403, or 503 when the keys cannot be fetched) and words. */
    static final class TokenRejectedException extends Exception {

        private final int status;
        private final String slug;
        private final String title;

        TokenRejectedException(int status, String slug, String title, String detail) {
            super(detail);
            this.status = status;
            this.slug = slug;
            this.title = title;
        }

        int status() {
            return status;
        }

        String slug() {
            return slug;
        }

        String title() {
            return title;
        }
    }

    private final AccessProperties.Jwt settings;
    private final DefaultJWTProcessor<SecurityContext> processor;
    private final Map<String, Optional<Set<String>>> roleCollections;
    private final TokenIntrospection introspection;

    /**
     * @param keys the issuer's signing keys
     * @throws IllegalArgumentException when a role-collections entry is malformed
     */
    JwtAuthenticator(AccessProperties.Jwt settings, JWKSource<SecurityContext> keys) {
        this(settings, keys, null);
    }

    /**
     * @param keys the issuer's signing keys
     * @param introspection how opaque tokens are asked about, or null when they are refused
     * @throws IllegalArgumentException when a role-collections entry is malformed
     */
    JwtAuthenticator(AccessProperties.Jwt settings, JWKSource<SecurityContext> keys, TokenIntrospection introspection) {
        this.settings = settings;
        this.introspection = introspection;
        this.roleCollections = parseRoleCollections(settings.roleCollections());
        this.processor = new DefaultJWTProcessor<>();
        processor.setJWSTypeVerifier(
                new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT, new JOSEObjectType("at+jwt"), null));
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(ALGORITHMS, keys));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(
                settings.audience(),
                new JWTClaimsSet.Builder().issuer(settings.issuer()).build(),
                Set.of("sub", "exp")));
    }

    /** An authenticator that fetches the issuer's keys from its JWK set URI, or finds that URI by discovery. */
    static JwtAuthenticator remote(AccessProperties.Jwt settings, OidcDiscovery discovery) {
        return new JwtAuthenticator(
                settings,
                new IssuerKeys(settings, discovery),
                settings.introspects() ? new TokenIntrospection(settings, discovery, Clock.systemUTC()) : null);
    }

    /** Whether tokens that are not JWTs are asked about at the identity provider (introspection). */
    boolean introspects() {
        return introspection != null;
    }

    /** As {@link #remote(AccessProperties.Jwt, OidcDiscovery)}, with a discovery of its own. */
    static JwtAuthenticator remote(AccessProperties.Jwt settings) {
        return remote(settings, new OidcDiscovery(settings.issuer()));
    }

    /** Whether a bearer credential is a JWT (three base64url parts, the first a JSON header naming an algorithm). */
    static boolean looksLikeJwt(String credential) {
        int first = credential.indexOf('.');
        int second = first < 0 ? -1 : credential.indexOf('.', first + 1);
        if (first <= 0 || second < 0 || credential.indexOf('.', second + 1) >= 0) {
            return false;
        }
        try {
            byte[] header = Base64.getUrlDecoder().decode(credential.substring(0, first));
            return JSON.readTree(header).has("alg");
        } catch (IllegalArgumentException | JacksonException e) {
            return false;
        }
    }

    /**
     * The user the token stands for, with what the token's roles allow.
     *
     * @throws TokenRejectedException when the token does not verify (401), maps to no collection (403), or the
     *     issuer's keys cannot be fetched (503)
     */
    Caller authenticate(String token) throws TokenRejectedException {
        JWTClaimsSet claims;
        try {
            claims = processor.process(token, null);
        } catch (RateLimitReachedException e) {
            // a key id not among the issuer's keys, which were fetched again moments ago (at most twice in 30 s)
            throw new TokenRejectedException(
                    401,
                    "token-invalid",
                    "Token invalid",
                    "the token was refused: it names a signing key the issuer does not publish");
        } catch (KeySourceException e) {
            throw new TokenRejectedException(
                    503,
                    "identity-provider-unavailable",
                    "Identity provider unavailable",
                    "the signing keys of the issuer '" + settings.issuer() + "' could not be fetched: "
                            + e.getMessage());
        } catch (ParseException | BadJOSEException | com.nimbusds.jose.JOSEException e) {
            throw new TokenRejectedException(
                    401, "token-invalid", "Token invalid", "the token was refused: " + why(e, token));
        }
        return caller(claims.getClaims(), claims.getSubject());
    }

    /**
     * The user an opaque token stands for, as the identity provider describes it (token introspection), with what its
     * roles allow.
     *
     * @throws TokenRejectedException when the token is not active or not for this gateway (401), maps to no
     *     collection (403), or the identity provider cannot be asked (503)
     * @throws IllegalStateException when introspection is not configured
     */
    Caller authenticateOpaque(String token) throws TokenRejectedException {
        if (introspection == null) {
            throw new IllegalStateException("token introspection is not configured");
        }
        Map<String, Object> claims = introspection.claims(token);
        String subject = claims.get("sub") instanceof String sub ? sub : (String) claims.get("username");
        return caller(claims, subject);
    }

    private Caller caller(Map<String, Object> claims, String subject) throws TokenRejectedException {
        String name = claims.get(settings.nameClaim()) instanceof String s && !s.isBlank() ? s : subject;
        Set<String> roles = roles(claims);
        boolean writer = settings.writerRoles().stream().anyMatch(roles::contains);
        return Caller.user(name, !writer, collections(name, roles), roles);
    }

    /** The collections of the user's roles; empty when it may use every one. */
    private Optional<Set<String>> collections(String name, Set<String> roles) throws TokenRejectedException {
        if (roleCollections.isEmpty()) {
            return Optional.empty();
        }
        var collections = new TreeSet<String>();
        boolean mapped = false;
        for (String role : roles) {
            Optional<Set<String>> of = roleCollections.get(role);
            if (of != null) {
                if (of.isEmpty()) {
                    return Optional.empty(); // role=*: every collection
                }
                mapped = true;
                collections.addAll(of.get());
            }
        }
        if (!mapped) {
            throw new TokenRejectedException(
                    403,
                    "token-without-collections",
                    "No collections for this user",
                    "the token of user '" + name + "' holds none of the roles that grant collections ("
                            + String.join(", ", new TreeSet<>(roleCollections.keySet())) + ") in its claim '"
                            + settings.rolesClaim() + "'");
        }
        return Optional.of(Set.copyOf(collections));
    }

    /** The names in the roles claim: a list of strings, or one string of space-separated names. */
    private Set<String> roles(Map<String, Object> claims) {
        Object value = claims;
        for (String part : settings.rolesClaim().split("\\.")) {
            value = value instanceof Map<?, ?> map ? map.get(part) : null;
        }
        var roles = new LinkedHashSet<String>();
        if (value instanceof List<?> list) {
            for (Object role : list) {
                if (role instanceof String s) {
                    roles.add(s);
                }
            }
        } else if (value instanceof String s) {
            for (String role : s.strip().split("\\s+")) {
                if (!role.isEmpty()) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }

    /** Nimbus's words for what failed, made plain where they are terse. */
    private String why(Exception e, String token) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof BadJWTException && message.equals("Expired JWT")) {
            return "it has expired";
        }
        if (e instanceof BadJWTException && message.equals("JWT iss claim value rejected")) {
            return "it was issued by '"
                    + unverified(token).map(JWTClaimsSet::getIssuer).orElse(null) + "', not by '" + settings.issuer()
                    + "'";
        }
        if (e instanceof BadJWTException && message.equals("JWT aud claim rejected")) {
            return "it is for the audience "
                    + unverified(token).map(JWTClaimsSet::getAudience).orElse(List.of()) + ", not '"
                    + settings.audience() + "'";
        }
        if (message.contains("Another algorithm expected, or no matching key(s) found")) {
            return "it is not signed with an accepted algorithm (RS*, PS*, ES*) by one of the issuer's keys";
        }
        if (message.equals("Signed JWT rejected: Invalid signature")) {
            return "its signature does not verify";
        }
        return message;
    }

    /** The claims of a token that did not verify, only to say why in its refusal. */
    private static Optional<JWTClaimsSet> unverified(String token) {
        try {
            return Optional.of(JWTParser.parse(token).getJWTClaimsSet());
        } catch (ParseException unreadable) {
            return Optional.empty();
        }
    }

    /**
     * {@code role=collection|collection} entries; {@code role=*} grants every collection (held as an empty optional).
     */
    static Map<String, Optional<Set<String>>> parseRoleCollections(List<String> entries) {
        var parsed = new HashMap<String, Optional<Set<String>>>();
        for (String entry : entries) {
            int equals = entry.indexOf('=');
            String role = equals < 0 ? "" : entry.substring(0, equals).strip();
            String list = equals < 0 ? "" : entry.substring(equals + 1).strip();
            if (role.isEmpty() || list.isEmpty()) {
                throw new IllegalArgumentException("rag.gateway.access.jwt.role-collections entry '" + entry
                        + "' must be role=collection|collection or role=*");
            }
            Optional<Set<String>> collections;
            if (list.equals("*")) {
                collections = Optional.empty();
            } else {
                var names = new ArrayList<String>();
                for (String collection : list.split("\\|")) {
                    String name = collection.strip();
                    if (!CollectionScopes.isCollectionName(name)) {
                        throw new IllegalArgumentException("rag.gateway.access.jwt.role-collections entry for '" + role
                                + "' holds '" + name + "', which cannot be a collection's name");
                    }
                    names.add(name);
                }
                collections = Optional.of(Set.copyOf(names));
            }
            if (parsed.put(role, collections) != null) {
                throw new IllegalArgumentException(
                        "rag.gateway.access.jwt.role-collections names '" + role + "' twice");
            }
        }
        return Map.copyOf(parsed);
    }

    /**
     * The issuer's signing keys: from the configured JWK set URI, or from the {@code jwks_uri} of the issuer's
     * discovery document ({@link OidcDiscovery}), looked up at the first token (and again at the next one while that
     * fails). Nimbus's source then caches the keys (5 minutes, refreshed ahead), fetches them again for a key id not in
     * the cache, retries a failed fetch once and fetches at most every 30 seconds.
     */
    private static final class IssuerKeys implements JWKSource<SecurityContext> {

        private final AccessProperties.Jwt settings;
        private final OidcDiscovery discovery;
        private volatile JWKSource<SecurityContext> source;

        /** Whether the keys were fetched once: until then, a fetch held back by the rate limit is an outage. */
        private volatile boolean fetched;

        IssuerKeys(AccessProperties.Jwt settings, OidcDiscovery discovery) {
            this.settings = settings;
            this.discovery = discovery;
        }

        @Override
        public List<JWK> get(JWKSelector selector, SecurityContext context) throws KeySourceException {
            JWKSource<SecurityContext> keys = source;
            if (keys == null) {
                synchronized (this) {
                    if (source == null) {
                        source = build();
                    }
                    keys = source;
                }
            }
            try {
                List<JWK> found = keys.get(selector, context);
                fetched = true;
                return found;
            } catch (RateLimitReachedException e) {
                if (!fetched) {
                    throw new KeySourceException(
                            "they were not reachable at the last tries; tried again within 30 s", e);
                }
                throw e; // the keys are known, and none is the token's
            }
        }

        private JWKSource<SecurityContext> build() throws KeySourceException {
            return JWKSourceBuilder.<SecurityContext>create(
                            url(jwkSetUri()),
                            new DefaultResourceRetriever(
                                    (int) FETCH_TIMEOUT.toMillis(),
                                    (int) FETCH_TIMEOUT.toMillis(),
                                    JWKSourceBuilder.DEFAULT_HTTP_SIZE_LIMIT))
                    .retrying(true)
                    .build();
        }

        private String jwkSetUri() throws KeySourceException {
            if (settings.jwkSetUri() != null) {
                return settings.jwkSetUri();
            }
            try {
                String jwks = discovery.endpoint("jwks_uri");
                if (jwks.isBlank()) {
                    throw new KeySourceException(
                            "the discovery document of '" + settings.issuer() + "' has no jwks_uri");
                }
                return jwks;
            } catch (IOException e) {
                throw new KeySourceException(e.getMessage(), e);
            }
        }

        private static URL url(String uri) throws KeySourceException {
            try {
                return URI.create(uri).toURL();
            } catch (IllegalArgumentException | MalformedURLException e) {
                throw new KeySourceException("the JWK set URI '" + uri + "' is not a URL: " + e.getMessage(), e);
            }
        }
    }
}
