package org.jrag.gateway.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class JwtAuthenticatorTests {

    static final String ISSUER = "https://id.example.com/realms/acme";

    private static final RSAKey RSA = rsa("k1");
    private static final ECKey EC = ec("k2");
    private static final JWKSource<SecurityContext> KEYS =
            new ImmutableJWKSet<>(new JWKSet(List.of(RSA.toPublicJWK(), EC.toPublicJWK())));

    private static AccessProperties.Jwt settings(
            String audience, String rolesClaim, List<String> writerRoles, List<String> roleCollections) {
        return new AccessProperties.Jwt(
                ISSUER, null, audience, null, rolesClaim, writerRoles, roleCollections, null, null, null, null);
    }

    private final JwtAuthenticator plain =
            new JwtAuthenticator(settings(null, null, List.of("rag-writer"), List.of()), KEYS);

    @Test
    void aValidTokenNamesItsUserWhoReadsUnlessItHoldsAWriterRole() throws Exception {
        Caller reader = plain.authenticate(
                token(RSA, claims -> claims.claim("preferred_username", "alice").claim("roles", List.of("staff"))));
        assertThat(reader).isEqualTo(Caller.user("alice", true, Optional.empty(), Set.of("staff")));
        // who reads documents as its roles and its name
        assertThat(reader.principals()).contains(Set.of("staff", "user:alice"));
        assertThat(reader.client()).isEqualTo("user alice");
        assertThat(reader.meterKey()).isEqualTo("token");

        Caller writer = plain.authenticate(token(
                EC,
                claims -> claims.claim("preferred_username", "bob").claim("roles", List.of("staff", "rag-writer"))));
        assertThat(writer).isEqualTo(Caller.user("bob", false, Optional.empty(), Set.of("staff", "rag-writer")));

        // no name claim: the subject
        assertThat(plain.authenticate(token(RSA, claims -> {})).name()).isEqualTo("user-1");
    }

    @Test
    void readsRolesFromANestedClaimOrASpaceSeparatedString() throws Exception {
        var keycloak =
                new JwtAuthenticator(settings(null, "realm_access.roles", List.of("rag-writer"), List.of()), KEYS);
        assertThat(keycloak.authenticate(token(
                                RSA, claims -> claims.claim("realm_access", Map.of("roles", List.of("rag-writer")))))
                        .readOnly())
                .isFalse();
        assertThat(keycloak.authenticate(token(RSA, claims -> claims.claim("roles", List.of("rag-writer"))))
                        .readOnly())
                .isTrue();

        var scopes = new JwtAuthenticator(settings(null, "scope", List.of("rag:write"), List.of()), KEYS);
        assertThat(scopes.authenticate(token(RSA, claims -> claims.claim("scope", "openid rag:write profile")))
                        .readOnly())
                .isFalse();
    }

    @Test
    void aUserUsesTheCollectionsOfItsRolesAndOneWithoutSuchARoleIsRefused() throws Exception {
        var teams = new JwtAuthenticator(
                settings(null, "groups", List.of(), List.of("team-a=docs|faq", "team-b=handbook", "rag-admin=*")),
                KEYS);
        assertThat(teams.authenticate(token(RSA, claims -> claims.claim("groups", List.of("team-a", "team-b"))))
                        .collections())
                .contains(Set.of("docs", "faq", "handbook"));
        assertThat(teams.authenticate(token(RSA, claims -> claims.claim("groups", List.of("team-b", "rag-admin"))))
                        .collections())
                .isEmpty();
        assertRejected(
                () -> teams.authenticate(token(RSA, claims -> claims.claim("groups", List.of("contractors")))),
                403,
                "token-without-collections",
                "the token of user 'user-1' holds none of the roles that grant collections (rag-admin, team-a, team-b)"
                        + " in its claim 'groups'");
    }

    @Test
    void refusesExpiredTokensAndThoseOfAnotherIssuerOrAudience() throws Exception {
        assertRejected(
                () -> plain.authenticate(token(
                        RSA,
                        claims -> claims.expirationTime(Date.from(Instant.now().minusSeconds(120))))),
                401,
                "token-invalid",
                "the token was refused: it has expired");
        assertRejected(
                () -> plain.authenticate(token(RSA, claims -> claims.issuer("https://evil.example.com"))),
                401,
                "token-invalid",
                "the token was refused: it was issued by 'https://evil.example.com', not by '" + ISSUER + "'");
        assertRejected(
                () -> plain.authenticate(token(RSA, claims -> claims.expirationTime(null))),
                401,
                "token-invalid",
                "the token was refused: JWT missing required claims: [exp]");
        assertRejected(
                () -> plain.authenticate(token(
                        RSA,
                        claims -> claims.notBeforeTime(Date.from(Instant.now().plusSeconds(600))))),
                401,
                "token-invalid",
                "the token was refused: JWT before use time");

        var forJrag = new JwtAuthenticator(settings("jrag", null, List.of(), List.of()), KEYS);
        assertRejected(
                () -> forJrag.authenticate(token(RSA, claims -> claims.audience("payroll"))),
                401,
                "token-invalid",
                "the token was refused: it is for the audience [payroll], not 'jrag'");
        assertThat(forJrag.authenticate(token(RSA, claims -> claims.audience(List.of("account", "jrag")))))
                .isNotNull()
                .satisfies(caller -> assertThat(caller.name()).isEqualTo("user-1"));
    }

    @Test
    void refusesForgedUnsignedAndSharedSecretTokens() throws Exception {
        // the issuer's key id, another key
        assertRejected(
                () -> plain.authenticate(token(rsa("k1"), claims -> {})),
                401,
                "token-invalid",
                "the token was refused: its signature does not verify");
        // a key the issuer does not publish
        assertRejected(
                () -> plain.authenticate(token(rsa("k9"), claims -> {})),
                401,
                "token-invalid",
                "the token was refused: it is not signed with an accepted algorithm (RS*, PS*, ES*) by one of the"
                        + " issuer's keys");
        // HS256 with a secret anyone could guess, and no signature at all
        String shared = sign(
                new MACSigner("a-secret-of-at-least-thirty-two-bytes!!"),
                new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("k1").build(),
                claims(claims -> {}));
        assertRejected(() -> plain.authenticate(shared), 401, "token-invalid", null);
        String unsigned = new PlainJWT(claims(claims -> {})).serialize();
        assertThat(JwtAuthenticator.looksLikeJwt(unsigned)).isTrue();
        assertRejected(() -> plain.authenticate(unsigned), 401, "token-invalid", null);
    }

    @Test
    void anUnreachableIdentityProviderIs503AndNotAskedAgainAtEveryRequest() throws Exception {
        var hits = new AtomicInteger();
        HttpServer down = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        down.createContext("/", exchange -> {
            hits.incrementAndGet();
            exchange.sendResponseHeaders(500, -1);
            exchange.close();
        });
        down.start();
        try {
            String base = "http://127.0.0.1:" + down.getAddress().getPort();
            // by discovery: one try, then refused at once until the retry time has passed
            var discovering = JwtAuthenticator.remote(new AccessProperties.Jwt(
                    base + "/realms/acme", null, null, null, null, List.of(), List.of(), null, null, null, null));
            String token = token(RSA, claims -> claims.issuer(base + "/realms/acme"));
            for (int i = 0; i < 3; i++) {
                assertRejected(() -> discovering.authenticate(token), 503, "identity-provider-unavailable", null);
            }
            assertThat(hits.get()).isEqualTo(1);

            // by a key URL: the fetches the rate limit holds back are an outage too, not a key the issuer lacks
            hits.set(0);
            var fetching = JwtAuthenticator.remote(new AccessProperties.Jwt(
                    base + "/realms/acme",
                    base + "/certs",
                    null,
                    null,
                    null,
                    List.of(),
                    List.of(),
                    null,
                    null,
                    null,
                    null));
            for (int i = 0; i < 4; i++) {
                assertRejected(() -> fetching.authenticate(token), 503, "identity-provider-unavailable", null);
            }
            assertThat(hits.get()).isLessThanOrEqualTo(4);
        } finally {
            down.stop(0);
        }
    }

    @Test
    void tellsJwtsFromApiKeys() {
        assertThat(JwtAuthenticator.looksLikeJwt(token(RSA, claims -> {}))).isTrue();
        assertThat(JwtAuthenticator.looksLikeJwt("secret-of-alice")).isFalse();
        assertThat(JwtAuthenticator.looksLikeJwt("a.b.c")).isFalse();
        assertThat(JwtAuthenticator.looksLikeJwt("eyJhbGciOiJSUzI1NiJ9.e30.c2ln.more"))
                .isFalse();
        assertThat(JwtAuthenticator.looksLikeJwt("sk-proj.abc.def")).isFalse();
    }

    @Test
    void refusesMalformedRoleCollections() {
        assertThatThrownBy(() -> JwtAuthenticator.parseRoleCollections(List.of("team-a")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rag.gateway.access.jwt.role-collections entry 'team-a' must be role=collection|collection"
                        + " or role=*");
        assertThatThrownBy(() -> JwtAuthenticator.parseRoleCollections(List.of("team-a=Docs")))
                .hasMessage("rag.gateway.access.jwt.role-collections entry for 'team-a' holds 'Docs', which cannot be"
                        + " a collection's name");
        assertThatThrownBy(() -> JwtAuthenticator.parseRoleCollections(List.of("team-a=docs", "team-a=faq")))
                .hasMessage("rag.gateway.access.jwt.role-collections names 'team-a' twice");
        assertThatThrownBy(() -> new AccessProperties.Jwt(
                        null,
                        "https://id.example.com/keys",
                        null,
                        null,
                        null,
                        List.of(),
                        List.of(),
                        null,
                        null,
                        null,
                        null))
                .hasMessageStartingWith("rag.gateway.access.jwt.issuer must be set to accept tokens");
        assertThatThrownBy(() -> new AccessProperties.Jwt(
                        "https://id.example.com",
                        null,
                        null,
                        null,
                        null,
                        List.of(),
                        List.of(),
                        "jrag",
                        null,
                        null,
                        null))
                .hasMessage("rag.gateway.access.jwt.introspection-client-id and introspection-client-secret go"
                        + " together: set both, or neither");
        var introspecting = new AccessProperties.Jwt(
                "https://id.example.com", null, null, null, null, List.of(), List.of(), "jrag", "secret", null, null);
        assertThat(introspecting.introspects()).isTrue();
        assertThat(introspecting.introspectionCache()).isEqualTo(java.time.Duration.ofSeconds(60));
        assertThat(introspecting.toString()).doesNotContain("secret");
    }

    private static void assertRejected(Attempt attempt, int status, String slug, String detail) {
        assertThatThrownBy(attempt::run).isInstanceOfSatisfying(JwtAuthenticator.TokenRejectedException.class, e -> {
            assertThat(e.status()).isEqualTo(status);
            assertThat(e.slug()).isEqualTo(slug);
            if (detail != null) {
                assertThat(e.getMessage()).isEqualTo(detail);
            }
        });
    }

    @FunctionalInterface
    private interface Attempt {
        void run() throws Exception;
    }

    /** A token as the issuer would sign it with {@code key}, for user-1, valid for 5 minutes, then changed. */
    static String token(RSAKey key, Consumer<JWTClaimsSet.Builder> change) {
        try {
            return sign(
                    new RSASSASigner(key),
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(key.getKeyID())
                            .build(),
                    claims(change));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    static String token(ECKey key, Consumer<JWTClaimsSet.Builder> change) {
        try {
            return sign(
                    new ECDSASigner(key),
                    new JWSHeader.Builder(JWSAlgorithm.ES256)
                            .keyID(key.getKeyID())
                            .build(),
                    claims(change));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JWTClaimsSet claims(Consumer<JWTClaimsSet.Builder> change) {
        var claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject("user-1")
                .issueTime(new Date())
                .expirationTime(Date.from(Instant.now().plusSeconds(300)));
        change.accept(claims);
        return claims.build();
    }

    private static String sign(JWSSigner signer, JWSHeader header, JWTClaimsSet claims) {
        try {
            var jwt = new SignedJWT(header, claims);
            jwt.sign(signer);
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    static RSAKey rsa(String kid) {
        try {
            return new RSAKeyGenerator(2048).keyID(kid).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    static ECKey ec(String kid) {
        try {
            return new ECKeyGenerator(Curve.P_256).keyID(kid).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
