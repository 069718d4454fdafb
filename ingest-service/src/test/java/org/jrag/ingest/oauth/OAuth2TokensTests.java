package org.jrag.ingest.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class OAuth2TokensTests {

    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final HttpServer server = server();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-04T10:00:00Z"));
    private final OAuth2Tokens tokens =
            new OAuth2Tokens(HttpClient.newHttpClient(), JsonMapper.builder().build(), clock);

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void keepsATokenUntilAMinuteBeforeItExpiresOnePerClientAndScope() throws IOException {
        OAuth2Client client = client("s3cr3t", null);

        String first = tokens.token(client, "https://graph.microsoft.com/.default");
        clock.advance(Duration.ofMinutes(58)); // expires_in 3600: good for two minutes more
        String kept = tokens.token(client, "https://graph.microsoft.com/.default");
        String otherScope = tokens.token(client, "https://storage.azure.com/.default");
        clock.advance(Duration.ofSeconds(61)); // within the last minute
        String renewed = tokens.token(client, "https://graph.microsoft.com/.default");

        assertThat(kept).isEqualTo(first);
        assertThat(otherScope).isNotEqualTo(first);
        assertThat(renewed).isNotIn(first, otherScope);
        assertThat(requests).hasSize(3);
        assertThat(requests.get(0))
                .isEqualTo("client_id=jrag-ingest&client_secret=s3cr3t&grant_type=client_credentials"
                        + "&scope=https://graph.microsoft.com/.default");
    }

    @Test
    void asksForTheClientsOwnScopeWhenItNamesOne() throws IOException {
        tokens.token(client("s3cr3t", "api://jrag/.default"), "https://graph.microsoft.com/.default");

        assertThat(requests).singleElement().asString().endsWith("&scope=api://jrag/.default");
    }

    @Test
    void aRefusalIsAnErrorWithTheProvidersAnswer() {
        assertThatThrownBy(() -> tokens.token(client("wrong", null), "https://graph.microsoft.com/.default"))
                .isInstanceOf(IOException.class)
                .hasMessage("cannot get an access token from " + tokenUrl() + ": 401 {\"error\":\"invalid_client\"}");
    }

    private OAuth2Client client(String secret, String scope) {
        return new OAuth2Client(tokenUrl(), "jrag-ingest", secret, scope);
    }

    private URI tokenUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/tenant/oauth2/v2.0/token");
    }

    private HttpServer server() {
        try {
            var created = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            created.createContext("/tenant/oauth2/v2.0/token", exchange -> {
                try (exchange) {
                    String form = URLDecoder.decode(
                            new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8),
                            StandardCharsets.UTF_8);
                    requests.add(form);
                    byte[] body = form.contains("client_secret=s3cr3t&")
                            ? ("{\"token_type\":\"Bearer\",\"expires_in\":3600,\"access_token\":\"token-"
                                            + requests.size() + "\"}")
                                    .getBytes(StandardCharsets.UTF_8)
                            : "{\"error\":\"invalid_client\"}".getBytes(StandardCharsets.UTF_8);
                    exchange.getResponseHeaders().set("Content-Type", "application/json");
                    exchange.sendResponseHeaders(form.contains("client_secret=s3cr3t&") ? 200 : 401, body.length);
                    exchange.getResponseBody().write(body);
                }
            });
            created.start();
            return created;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
