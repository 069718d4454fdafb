package org.jrag.gateway.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway accepting the access tokens of an identity provider (a local server publishing a Keycloak-like realm's
 * discovery document and signing keys) beside an API key, before a stub service: roles in {@code realm_access.roles},
 * {@code rag-writer} may write, {@code team-docs} uses the collection docs and {@code rag-admin} every collection.
 */
@SpringBootTest(
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {
            "rag.gateway.access.api-keys=alice:secret-of-alice",
            "rag.gateway.access.jwt.audience=jrag",
            "rag.gateway.access.jwt.roles-claim=realm_access.roles",
            "rag.gateway.access.jwt.role-collections=team-docs=docs,rag-admin=*",
            "rag.gateway.access.requests-per-second=0",
            "rag.gateway.console.client-id=jrag-console"
        })
@ExtendWith(OutputCaptureExtension.class)
class GatewayTokenIT {

    private static final RSAKey FIRST_KEY = JwtAuthenticatorTests.rsa("realm-key-1");
    private static final RSAKey SECOND_KEY = JwtAuthenticatorTests.rsa("realm-key-2");

    /** The keys the identity provider publishes now. */
    private static final AtomicReference<List<JWK>> PUBLISHED = new AtomicReference<>(List.of(FIRST_KEY.toPublicJWK()));

    private static final AtomicInteger DISCOVERY_READS = new AtomicInteger();
    private static final AtomicInteger KEY_READS = new AtomicInteger();
    private static final HttpServer IDENTITY_PROVIDER = identityProvider();
    private static final String ISSUER =
            "http://127.0.0.1:" + IDENTITY_PROVIDER.getAddress().getPort() + "/realms/acme";

    private static final RecordingService SERVICE = new RecordingService("{}");

    /** Headers of every request the service received. */
    private static final List<Map<String, List<String>>> RECEIVED = SERVICE.headers;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        SERVICE.routeAllServicesHere(registry);
        registry.add("rag.gateway.access.jwt.issuer", () -> ISSUER);
    }

    @AfterAll
    static void stopServers() {
        SERVICE.close();
        IDENTITY_PROVIDER.stop(0);
    }

    @Test
    void aReaderUsesItsTeamsCollectionAndOnlyReads() throws Exception {
        String rita = token(FIRST_KEY, "rita", List.of("team-docs"), "jrag", 300);

        int received = RECEIVED.size();
        var listed = send("GET", "/v1/collections/docs/documents", null, rita);
        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(RECEIVED).hasSize(received + 1);
        Map<String, List<String>> passed = RECEIVED.getLast();
        assertThat(passed.get("X-jrag-collections")).containsExactly("docs");
        // who the user reads documents as: its roles and its name
        assertThat(passed.get("X-jrag-principals")).containsExactly("team-docs,user%3Arita");
        assertThat(passed).doesNotContainKey("Authorization");

        var elsewhere = send("POST", "/v1/search", "{\"query\": \"q\", \"collection\": \"faq\"}", rita);
        assertThat(elsewhere.statusCode()).isEqualTo(403);
        JsonNode problem = json.readTree(elsewhere.body());
        assertThat(problem.path("type").asString()).isEqualTo("https://jrag.dev/problems/token-out-of-scope");
        assertThat(problem.path("detail").asString())
                .isEqualTo("collection 'faq' is not one of the collections of the token of user 'rita' (docs)");

        var upload = send("POST", "/v1/collections/docs/documents", "{}", rita);
        assertThat(upload.statusCode()).isEqualTo(403);
        assertThat(json.readTree(upload.body()).path("type").asString())
                .isEqualTo("https://jrag.dev/problems/token-read-only");
        assertThat(RECEIVED).hasSize(received + 1);
    }

    @Test
    void aWriterChangesDataAndTheAuditLineNamesTheUser(CapturedOutput output) throws Exception {
        String wanda = token(FIRST_KEY, "wanda", List.of("rag-admin", "rag-writer"), "jrag", 300);

        assertThat(send("POST", "/v1/collections", "{\"name\": \"faq\"}", wanda).statusCode())
                .isEqualTo(200);
        assertThat(RECEIVED.getLast()).doesNotContainKey("X-jrag-collections");

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!output.getOut().contains("user wanda POST /v1/collections -> 200")) {
            assertThat(System.nanoTime()).as("the audit line was logged").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    @Test
    void refusesExpiredForeignAndUnmappedTokensBeforeTheService() throws Exception {
        int received = RECEIVED.size();

        var expired =
                send("GET", "/v1/collections", null, token(FIRST_KEY, "rita", List.of("team-docs"), "jrag", -120));
        assertThat(expired.statusCode()).isEqualTo(401);
        assertThat(expired.headers().firstValue("WWW-Authenticate")).contains("Bearer error=\"invalid_token\"");
        assertThat(json.readTree(expired.body()).path("detail").asString())
                .isEqualTo("the token was refused: it has expired");

        var foreign =
                send("GET", "/v1/collections", null, token(FIRST_KEY, "rita", List.of("team-docs"), "payroll", 300));
        assertThat(foreign.statusCode()).isEqualTo(401);
        assertThat(json.readTree(foreign.body()).path("detail").asString())
                .isEqualTo("the token was refused: it is for the audience [payroll], not 'jrag'");

        // signed with a key of the issuer's key id that is not the issuer's
        var forged = send(
                "GET",
                "/v1/collections",
                null,
                token(JwtAuthenticatorTests.rsa("realm-key-1"), "rita", List.of("rag-admin"), "jrag", 300));
        assertThat(forged.statusCode()).isEqualTo(401);

        var unmapped =
                send("GET", "/v1/collections", null, token(FIRST_KEY, "carl", List.of("contractors"), "jrag", 300));
        assertThat(unmapped.statusCode()).isEqualTo(403);
        assertThat(json.readTree(unmapped.body()).path("type").asString())
                .isEqualTo("https://jrag.dev/problems/token-without-collections");

        assertThat(RECEIVED).hasSize(received);
    }

    @Test
    void apiKeysWorkBesideTokens() throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/collections"))
                .header(AccessFilter.API_KEY_HEADER, "secret-of-alice")
                .build();
        assertThat(http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(200);

        var unknown = send("GET", "/v1/collections", null, "secret-of-mallory");
        assertThat(unknown.statusCode()).isEqualTo(401);
        assertThat(json.readTree(unknown.body()).path("type").asString())
                .isEqualTo("https://jrag.dev/problems/api-key-invalid");

        var none = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/collections"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(json.readTree(none.body()).path("detail").asString())
                .isEqualTo("this gateway requires an API key or an access token: send it as 'Authorization: Bearer"
                        + " <key or token>' or 'X-API-Key: <key>'");
    }

    @Test
    void findsTheKeysByDiscoveryAndFetchesThemAgainWhenTheIssuerRotatesThem() throws Exception {
        assertThat(send("GET", "/v1/collections", null, token(FIRST_KEY, "rita", List.of("team-docs"), "jrag", 300))
                        .statusCode())
                .isEqualTo(200);
        assertThat(DISCOVERY_READS.get()).isEqualTo(1);
        int keyReads = KEY_READS.get();

        PUBLISHED.set(List.of(FIRST_KEY.toPublicJWK(), SECOND_KEY.toPublicJWK()));
        assertThat(send("GET", "/v1/collections", null, token(SECOND_KEY, "rita", List.of("team-docs"), "jrag", 300))
                        .statusCode())
                .isEqualTo(200);
        assertThat(KEY_READS.get()).isEqualTo(keyReads + 1);
        assertThat(DISCOVERY_READS.get()).isEqualTo(1);
    }

    @Test
    void theConsoleLearnsWhereToSignUsInFromTheSameDiscoveryTheTokenChecksRead() throws Exception {
        HttpResponse<String> signIn = send("GET", "/console/sign-in", null, null);

        assertThat(signIn.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(signIn.body());
        assertThat(body.path("enabled").asBoolean()).isTrue();
        assertThat(body.path("clientId").asString()).isEqualTo("jrag-console");
        assertThat(body.path("scope").asString()).isEqualTo("openid profile");
        assertThat(body.path("authorizationEndpoint").asString()).isEqualTo(ISSUER + "/protocol/openid-connect/auth");
        assertThat(body.path("tokenEndpoint").asString()).isEqualTo(ISSUER + "/protocol/openid-connect/token");
        assertThat(body.path("endSessionEndpoint").asString()).isEqualTo(ISSUER + "/protocol/openid-connect/logout");
        // read once, whichever needed it first
        assertThat(send("GET", "/console/sign-in", null, null).statusCode()).isEqualTo(200);
        assertThat(DISCOVERY_READS.get()).isLessThanOrEqualTo(1);
    }

    /** A token of the realm for {@code user}, expiring in {@code seconds} (negative: expired). */
    private static String token(RSAKey key, String user, List<String> roles, String audience, long seconds) {
        return JwtAuthenticatorTests.token(
                key,
                claims -> claims.issuer(ISSUER)
                        .subject("id-of-" + user)
                        .audience(audience)
                        .claim("preferred_username", user)
                        .claim("realm_access", Map.of("roles", roles))
                        .expirationTime(Date.from(Instant.now().plusSeconds(seconds))));
    }

    private HttpResponse<String> send(String method, String path, String body, String bearer) throws Exception {
        return BearerRequests.send(http, port, method, path, body, bearer);
    }

    private static HttpServer identityProvider() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/acme";
            server.createContext("/realms/acme/.well-known/openid-configuration", exchange -> {
                DISCOVERY_READS.incrementAndGet();
                String endpoints = base + "/protocol/openid-connect";
                respond(exchange, """
                        {"issuer": "%s", "jwks_uri": "%s/certs", "authorization_endpoint": "%s/auth",
                         "token_endpoint": "%s/token", "end_session_endpoint": "%s/logout"}""".formatted(base, endpoints, endpoints, endpoints, endpoints));
            });
            server.createContext("/realms/acme/protocol/openid-connect/certs", exchange -> {
                KEY_READS.incrementAndGet();
                respond(exchange, new JWKSet(PUBLISHED.get()).toString());
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void respond(HttpExchange exchange, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }
}
