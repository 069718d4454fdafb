package org.jrag.ingest.oauth;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Access tokens for the stores that sign in with OAuth 2.0 (a Microsoft 365 mailbox by IMAP's XOAUTH2, a SharePoint or
 * OneDrive drive through Microsoft Graph): got from the identity provider's token endpoint with the client-credentials
 * grant (RFC 6749 4.4) and kept until a minute before they expire, one per client and scope, whichever kind of store
 * asks (one bean for them all).
 */
@Component
public final class OAuth2Tokens {

    private static final Duration EARLY = Duration.ofMinutes(1);

    private record Token(String value, Instant expires) {}

    private record Key(OAuth2Client client, String scope) {}

    private final HttpClient http;
    private final JsonMapper json;
    private final Clock clock;
    private final Map<Key, Token> tokens = new ConcurrentHashMap<>();

    @Autowired
    public OAuth2Tokens(JsonMapper json) {
        this(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build(), json, Clock.systemUTC());
    }

    public OAuth2Tokens(HttpClient http, JsonMapper json, Clock clock) {
        this.http = http;
        this.json = json;
        this.clock = clock;
    }

    /**
     * A token for the client and scope, the one kept while it is good for a minute more, else a new one.
     *
     * @param defaultScope the scope asked for when the client names none
     */
    public String token(OAuth2Client client, String defaultScope) throws IOException {
        var key = new Key(client, client.scopeOr(defaultScope));
        Token kept = tokens.get(key);
        if (kept != null && clock.instant().isBefore(kept.expires().minus(EARLY))) {
            return kept.value();
        }
        Token fresh = request(client, key.scope());
        tokens.put(key, fresh);
        return fresh.value();
    }

    private Token request(OAuth2Client client, String scope) throws IOException {
        String form = Map.of(
                        "grant_type",
                        "client_credentials",
                        "client_id",
                        client.clientId(),
                        "client_secret",
                        client.clientSecret(),
                        "scope",
                        scope)
                .entrySet()
                .stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .sorted()
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(client.tokenUrl())
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while asking " + client.tokenUrl() + " for an access token", e);
        }
        String refusal = "cannot get an access token from " + client.tokenUrl() + ": ";
        if (response.statusCode() != 200) {
            throw new IOException(refusal + response.statusCode() + " " + abbreviated(response.body()));
        }
        try {
            JsonNode body = json.readTree(response.body());
            String token = body.path("access_token").asString("");
            if (token.isEmpty()) {
                throw new IOException(refusal + "the answer holds no access_token");
            }
            long seconds = body.path("expires_in").asLong(3600);
            return new Token(token, clock.instant().plusSeconds(seconds));
        } catch (JacksonException e) {
            throw new IOException(refusal + "the answer is not JSON: " + abbreviated(response.body()), e);
        }
    }

    private static String abbreviated(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "..." : body;
    }
}
