package org.jrag.gateway.cors;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jrag.gateway.access.RecordingService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The gateway with an API key and one origin allowed to call it from the browser, before a stub service. */
@SpringBootTest(
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {
            "rag.gateway.access.api-keys=portal:secret-of-portal",
            "rag.gateway.cors.allowed-origins=https://portal.example.com",
            "rag.gateway.access.requests-per-second=0"
        })
class GatewayCorsIT {

    private static final String PORTAL = "https://portal.example.com";
    private static final RecordingService SERVICE = new RecordingService("{}");

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        SERVICE.routeAllServicesHere(registry);
    }

    @AfterAll
    static void stopStub() {
        SERVICE.close();
    }

    @Test
    void answersTheAllowedOriginsPreflightWithoutAKeyAndRefusesOthers() throws Exception {
        int received = SERVICE.headers.size();

        HttpResponse<String> preflight = send(HttpRequest.newBuilder(uri("/v1/ask"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", PORTAL)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization, content-type"));
        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin"))
                .contains(PORTAL);
        assertThat(preflight
                        .headers()
                        .firstValue("Access-Control-Allow-Methods")
                        .orElseThrow())
                .contains("POST");
        assertThat(preflight
                        .headers()
                        .firstValue("Access-Control-Allow-Headers")
                        .orElseThrow())
                .containsIgnoringCase("authorization");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Credentials"))
                .isEmpty();

        HttpResponse<String> elsewhere = send(HttpRequest.newBuilder(uri("/v1/ask"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://evil.example.net")
                .header("Access-Control-Request-Method", "POST"));
        assertThat(elsewhere.statusCode()).isEqualTo(403);
        assertThat(elsewhere.headers().firstValue("Access-Control-Allow-Origin"))
                .isEmpty();
        assertThat(SERVICE.headers).hasSize(received);
    }

    @Test
    void letsThePagesScriptReadAnswersAndRefusalsAlike() throws Exception {
        HttpResponse<String> answered = send(HttpRequest.newBuilder(uri("/v1/ask"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"question\": \"q\"}"))
                .header("Content-Type", "application/json")
                .header("Origin", PORTAL)
                .header("Authorization", "Bearer secret-of-portal"));
        assertThat(answered.statusCode()).isEqualTo(200);
        assertThat(answered.headers().firstValue("Access-Control-Allow-Origin")).contains(PORTAL);
        assertThat(answered.headers()
                        .firstValue("Access-Control-Expose-Headers")
                        .orElseThrow())
                .contains("X-Request-Id");

        HttpResponse<String> refused = send(HttpRequest.newBuilder(uri("/v1/ask"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"question\": \"q\"}"))
                .header("Content-Type", "application/json")
                .header("Origin", PORTAL));
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("Access-Control-Allow-Origin")).contains(PORTAL);

        // the console and other same-origin callers send no Origin: nothing changes for them
        HttpResponse<String> sameOrigin =
                send(HttpRequest.newBuilder(uri("/v1/models")).header("Authorization", "Bearer secret-of-portal"));
        assertThat(sameOrigin.statusCode()).isEqualTo(200);
        assertThat(sameOrigin.headers().firstValue("Access-Control-Allow-Origin"))
                .isEmpty();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
