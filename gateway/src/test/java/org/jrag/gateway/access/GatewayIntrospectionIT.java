package org.jrag.gateway.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway accepting opaque access tokens by asking the identity provider about them (RFC 7662): a local server
 * plays a Keycloak-like realm whose discovery document names its introspection endpoint, which answers the gateway's
 * client ({@code jrag-gateway}) alone; an API key works beside the tokens.
 */
@SpringBootTest(
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {
            "rag.gateway.access.api-keys=alice:secret-of-alice",
            "rag.gateway.access.jwt.audience=jrag",
            "rag.gateway.access.jwt.roles-claim=realm_access.roles",
            "rag.gateway.access.jwt.role-collections=team-docs=docs,rag-admin=*",
            "rag.gateway.access.jwt.introspection-client-id=jrag-gateway",
            "rag.gateway.access.jwt.introspection-client-secret=s3cret+/=",
            "rag.gateway.access.requests-per-second=0"
        })
@ExtendWith(OutputCaptureExtension.class)
class GatewayIntrospectionIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** How often each token was asked about. */
    private static final Map<String, Integer> ASKED = new ConcurrentHashMap<>();
    /** Whether the identity provider takes the gateway's client credentials (it may have rotated them). */
    private static final AtomicBoolean CREDENTIALS_VALID = new AtomicBoolean(true);

    private static final HttpServer IDENTITY_PROVIDER = identityProvider();
    private static final String ISSUER =
            "http://127.0.0.1:" + IDENTITY_PROVIDER.getAddress().getPort() + "/realms/acme";

    private static final RecordingService SERVICE = new RecordingService("{}");
    private static final List<Map<String, List<String>>> RECEIVED = SERVICE.headers;

    private final HttpClient http = HttpClient.newHttpClient();

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
    void anActiveOpaqueTokenStandsForItsUserAndIsAskedAboutOnce(CapturedOutput output) throws Exception {
        var created = send("POST", "/v1/collections", "{\"name\": \"faq\"}", "opaque-wanda");
        assertThat(created.statusCode()).isEqualTo(200);
        assertThat(RECEIVED.getLast().get("X-jrag-principals")).containsExactly("rag-admin,rag-writer,user%3Awanda");
        assertThat(send("GET", "/v1/collections", null, "opaque-wanda").statusCode())
                .isEqualTo(200);
        assertThat(ASKED.get("opaque-wanda")).isEqualTo(1); // the answer is kept

        // a reader's token keeps the reader to its team's collection and to reading
        assertThat(send("GET", "/v1/collections/docs/documents", null, "opaque-rita")
                        .statusCode())
                .isEqualTo(200);
        assertThat(RECEIVED.getLast().get("X-jrag-collections")).containsExactly("docs");
        assertThat(send("POST", "/v1/collections/docs/documents", "{}", "opaque-rita")
                        .statusCode())
                .isEqualTo(403);

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!output.getOut().contains("user wanda POST /v1/collections -> 200")) {
            assertThat(System.nanoTime()).as("the audit line was logged").isLessThan(deadline);
        }
    }

    @Test
    void refusesRevokedAndForeignTokensBeforeTheService() throws Exception {
        int received = RECEIVED.size();

        var revoked = send("GET", "/v1/collections", null, "opaque-revoked");
        assertThat(revoked.statusCode()).isEqualTo(401);
        assertThat(revoked.headers().firstValue("WWW-Authenticate")).contains("Bearer error=\"invalid_token\"");
        assertThat(detail(revoked))
                .isEqualTo("the token was refused: the identity provider says it is not active (expired, revoked or"
                        + " never issued); nor is it an API key this gateway knows");
        assertThat(detail(send("GET", "/v1/collections", null, "opaque-foreign")))
                .isEqualTo("the token was refused: it was issued by 'https://elsewhere.example/realms/acme', not by '"
                        + ISSUER + "'; nor is it an API key this gateway knows");
        assertThat(detail(send("GET", "/v1/collections", null, "opaque-other-app")))
                .isEqualTo("the token was refused: it is for the audience [payroll], not 'jrag'; nor is it an API key"
                        + " this gateway knows");
        assertThat(RECEIVED).hasSize(received);
    }

    @Test
    void apiKeysWorkWithoutAskingAndAnIdentityProviderThatRefusesTheGatewayIsAnOutage() throws Exception {
        var key = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/collections"))
                        .header(AccessFilter.API_KEY_HEADER, "secret-of-alice")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(key.statusCode()).isEqualTo(200);
        assertThat(ASKED).doesNotContainKey("secret-of-alice");

        CREDENTIALS_VALID.set(false);
        try {
            var refused = send("GET", "/v1/collections", null, "opaque-nora");
            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(detail(refused))
                    .isEqualTo("the token could not be checked with the issuer '" + ISSUER + "': its introspection"
                            + " endpoint " + ISSUER + "/protocol/openid-connect/token/introspect answered 401 (check"
                            + " rag.gateway.access.jwt.introspection-client-id and -secret)");
        } finally {
            CREDENTIALS_VALID.set(true);
        }
    }

    private String detail(HttpResponse<String> response) {
        return JSON.readTree(response.body()).path("detail").asString();
    }

    private HttpResponse<String> send(String method, String path, String body, String bearer) throws Exception {
        return BearerRequests.send(http, port, method, path, body, bearer);
    }

    /** What the realm says of each token it issued. */
    private static Map<String, Object> describe(String token, String issuer) {
        long exp = Instant.now().plusSeconds(300).getEpochSecond();
        return switch (token) {
            case "opaque-wanda" -> user(issuer, "wanda", List.of("rag-admin", "rag-writer"), "jrag", exp);
            case "opaque-rita" -> user(issuer, "rita", List.of("team-docs"), "jrag", exp);
            case "opaque-nora" -> user(issuer, "nora", List.of("team-docs"), "jrag", exp);
            case "opaque-foreign" ->
                user("https://elsewhere.example/realms/acme", "rita", List.of("team-docs"), "jrag", exp);
            case "opaque-other-app" -> user(issuer, "rita", List.of("team-docs"), "payroll", exp);
            default -> Map.of("active", false);
        };
    }

    private static Map<String, Object> user(String issuer, String name, List<String> roles, String aud, long exp) {
        return Map.of(
                "active",
                true,
                "iss",
                issuer,
                "sub",
                "id-of-" + name,
                "preferred_username",
                name,
                "aud",
                List.of(aud),
                "exp",
                exp,
                "realm_access",
                Map.of("roles", roles));
    }

    private static HttpServer identityProvider() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/acme";
            String endpoints = base + "/protocol/openid-connect";
            server.createContext(
                    "/realms/acme/.well-known/openid-configuration",
                    exchange -> respond(
                            exchange,
                            200,
                            Map.of(
                                    "issuer", base,
                                    "jwks_uri", endpoints + "/certs",
                                    "introspection_endpoint", endpoints + "/token/introspect")));
            server.createContext("/realms/acme/protocol/openid-connect/token/introspect", exchange -> {
                // RFC 6749 2.3.1: the client's id and secret form-encoded, then joined and base64-encoded
                String expected = "Basic "
                        + Base64.getEncoder()
                                .encodeToString("jrag-gateway:s3cret%2B%2F%3D".getBytes(StandardCharsets.UTF_8));
                if (!CREDENTIALS_VALID.get()
                        || !expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                    respond(exchange, 401, Map.of("error", "invalid_client"));
                    return;
                }
                String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                String token = null;
                for (String pair : form.split("&")) {
                    if (pair.startsWith("token=")) {
                        token = URLDecoder.decode(pair.substring(6), StandardCharsets.UTF_8);
                    }
                }
                ASKED.merge(token, 1, Integer::sum);
                respond(exchange, 200, describe(token, base));
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void respond(HttpExchange exchange, int status, Map<String, Object> body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
