package org.jrag.gateway.access;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code rag.gateway.access.*}: who may call {@code /v1/**} through the gateway, and how often.
 *
 * @param apiKeys {@code name:secret} entries (environment: {@code RAG_GATEWAY_API_KEYS=alice:s3cret,bob:t0ken}); a
 *     request must bring one of the secrets as {@code Authorization: Bearer <secret>} (what OpenAI clients send) or
 *     {@code X-API-Key: <secret>}. Empty: the API is open (the gateway says so at start-up).
 * @param readOnlyKeys names of keys that may only read and ask, not change stored data or the index (environment:
 *     {@code RAG_GATEWAY_READ_ONLY_KEYS=chatbot}); every other key may do everything
 * @param keyCollections {@code key=collection|collection} entries: the collections a key may use, and no other
 *     (environment: {@code RAG_GATEWAY_KEY_COLLECTIONS=chatbot=docs|faq}); a key without an entry may use every one
 * @param keyPrincipals {@code key=principal|principal} entries: the principals a key reads documents as (environment:
 *     {@code RAG_GATEWAY_KEY_PRINCIPALS=chatbot=staff|public}), so that it sees the documents whose readers name one
 *     of them or nobody; a key without an entry reads every document (a chat backend may then send {@code
 *     X-Jrag-Principals} itself, for the user it acts for)
 * @param requestsPerSecond the sustained rate each client may send (per API key, or per address when there are no
 *     keys); 0 turns rate limiting off
 * @param burst how many requests a client may send at once above that rate
 * @param keyRates {@code key=perSecond/burst} entries (environment: {@code
 *     RAG_GATEWAY_KEY_RATES=chatbot=5/10,pipeline=0}): keys with a rate of their own instead ({@code 0}: no limit; the
 *     burst, when left out, twice the rate)
 * @param jwt access tokens of an OpenID Connect identity provider, accepted beside the API keys
 */
@ConfigurationProperties("rag.gateway.access")
public record AccessProperties(
        List<String> apiKeys,
        List<String> readOnlyKeys,
        List<String> keyCollections,
        List<String> keyPrincipals,
        double requestsPerSecond,
        int burst,
        List<String> keyRates,
        Jwt jwt) {

    /**
     * {@code rag.gateway.access.jwt.*}: the signed JWT access tokens an identity provider (Keycloak, Entra ID, Okta,
     * Dex, ...) issues to its users, accepted as {@code Authorization: Bearer <token>} beside the API keys.
     *
     * @param issuer the {@code iss} the tokens must carry; blank: tokens are not accepted
     * @param jwkSetUri where the issuer publishes its signing keys; blank: found from the issuer's OpenID Connect
     *     discovery document ({@code <issuer>/.well-known/openid-configuration}) at the first token
     * @param audience an {@code aud} the tokens must hold; blank: any (set it, so that a token issued for another
     *     application is refused)
     * @param nameClaim the claim that names the user (audit lines, rate limits), {@code sub} when a token lacks it
     * @param rolesClaim the claim holding the user's roles or groups: a list of strings, or one string of
     *     space-separated names ({@code scope}); a dotted path reaches into objects ({@code realm_access.roles})
     * @param writerRoles roles that may change stored data; a user holding none may only read and ask
     * @param roleCollections {@code role=collection|collection} entries ({@code role=*}: every collection): a user
     *     uses the collections of the roles it holds; empty: every user uses every collection; set: a user holding
     *     none of these roles is refused
     * @param introspectionClientId the gateway's client at the identity provider, for token introspection (RFC 7662):
     *     set, a bearer token that is neither a JWT nor an API key is asked about at the issuer's introspection
     *     endpoint (an opaque access token); blank: such tokens are refused
     * @param introspectionClientSecret that client's secret
     * @param introspectionUri the introspection endpoint; blank: the discovery document's {@code
     *     introspection_endpoint}
     * @param introspectionCache how long an introspected token's answer is kept (never past its {@code exp}); a token
     *     revoked meanwhile is refused after at most this long
     */
    public record Jwt(
            String issuer,
            String jwkSetUri,
            String audience,
            String nameClaim,
            String rolesClaim,
            List<String> writerRoles,
            List<String> roleCollections,
            String introspectionClientId,
            String introspectionClientSecret,
            String introspectionUri,
            Duration introspectionCache) {

        public Jwt {
            issuer = blankToNull(issuer);
            jwkSetUri = blankToNull(jwkSetUri);
            audience = blankToNull(audience);
            nameClaim = nameClaim == null || nameClaim.isBlank() ? "preferred_username" : nameClaim.strip();
            rolesClaim = rolesClaim == null || rolesClaim.isBlank() ? "roles" : rolesClaim.strip();
            writerRoles = stripped(writerRoles);
            roleCollections = stripped(roleCollections);
            introspectionClientId = blankToNull(introspectionClientId);
            introspectionClientSecret = blankToNull(introspectionClientSecret);
            introspectionUri = blankToNull(introspectionUri);
            introspectionCache = introspectionCache == null ? Duration.ofSeconds(60) : introspectionCache;
            if (issuer == null
                    && (jwkSetUri != null
                            || audience != null
                            || !roleCollections.isEmpty()
                            || introspectionClientId != null)) {
                throw new IllegalArgumentException("rag.gateway.access.jwt.issuer must be set to accept tokens;"
                        + " jwk-set-uri, audience, role-collections or introspection-client-id is set without it");
            }
            if ((introspectionClientId == null) != (introspectionClientSecret == null)) {
                throw new IllegalArgumentException("rag.gateway.access.jwt.introspection-client-id and"
                        + " introspection-client-secret go together: set both, or neither");
            }
            if (introspectionCache.isNegative()) {
                throw new IllegalArgumentException(
                        "rag.gateway.access.jwt.introspection-cache must be >= 0, got: " + introspectionCache);
            }
        }

        /** Whether opaque tokens are asked about at the identity provider. */
        public boolean introspects() {
            return introspectionClientId != null;
        }

        static final Jwt NONE = new Jwt(null, null, null, null, null, List.of(), List.of(), null, null, null, null);

        @Override
        public String toString() {
            // the record's own would print the client secret into logs
            return "Jwt[issuer=" + issuer + ", introspectionClientId=" + introspectionClientId + "]";
        }

        /** Whether access tokens are accepted. */
        public boolean enabled() {
            return issuer != null;
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }

        private static List<String> stripped(List<String> values) {
            return values == null
                    ? List.of()
                    : values.stream()
                            .map(String::strip)
                            .filter(v -> !v.isEmpty())
                            .toList();
        }
    }

    public AccessProperties {
        jwt = jwt == null ? Jwt.NONE : jwt;
        keyRates = keyRates == null
                ? List.of()
                : keyRates.stream().filter(entry -> !entry.isBlank()).toList();
        apiKeys = apiKeys == null ? List.of() : List.copyOf(apiKeys);
        readOnlyKeys = readOnlyKeys == null
                ? List.of()
                : readOnlyKeys.stream()
                        .map(String::strip)
                        .filter(name -> !name.isEmpty())
                        .toList();
        keyCollections = keyCollections == null
                ? List.of()
                : keyCollections.stream().filter(entry -> !entry.isBlank()).toList();
        keyPrincipals = keyPrincipals == null
                ? List.of()
                : keyPrincipals.stream().filter(entry -> !entry.isBlank()).toList();
        if (!(requestsPerSecond >= 0)) {
            throw new IllegalArgumentException(
                    "rag.gateway.access.requests-per-second must be >= 0 (0: no limit), got: " + requestsPerSecond);
        }
        if (requestsPerSecond > 0 && burst < 1) {
            throw new IllegalArgumentException("rag.gateway.access.burst must be >= 1, got: " + burst);
        }
    }
}
