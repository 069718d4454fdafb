package org.jrag.ingest.gdrive;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Access tokens of Google service accounts: an assertion signed with the account's key (a JWT, RS256: the account as
 * issuer, the scope, the token endpoint as audience, an hour's lifetime, and the user it acts for where it has
 * domain-wide delegation) exchanged at the token endpoint (RFC 7523's JWT bearer grant), each kept until a minute before
 * it expires or the API refuses it, one per account key, user and scope.
 */
final class GoogleTokens {

    private static final Duration EARLY = Duration.ofMinutes(1);
    private static final Duration LIFETIME = Duration.ofHours(1);
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private record Token(String value, Instant expires) {}

    /** One account's key (a rotated key is another account here), the user it acts for, the scope. */
    private record Key(ServiceAccount account, String subject, String scope) {}

    private final HttpClient http;
    private final JsonMapper json;
    private final Clock clock;
    private final Map<Key, Token> tokens = new ConcurrentHashMap<>();

    GoogleTokens(HttpClient http, JsonMapper json, Clock clock) {
        this.http = http;
        this.json = json;
        this.clock = clock;
    }

    /** A token of the account (acting for {@code subject} where not null) for {@code scope}. */
    String token(ServiceAccount account, String subject, String scope) throws IOException {
        var key = new Key(account, subject, scope);
        Token kept = tokens.get(key);
        if (kept != null && clock.instant().isBefore(kept.expires().minus(EARLY))) {
            return kept.value();
        }
        Token fresh = request(account, subject, scope);
        tokens.put(key, fresh);
        return fresh.value();
    }

    /** Forgets the token kept for the account, user and scope (one the API refused: revoked, or its key deleted). */
    void forget(ServiceAccount account, String subject, String scope) {
        tokens.remove(new Key(account, subject, scope));
    }

    private Token request(ServiceAccount account, String subject, String scope) throws IOException {
        String form =
                "grant_type=" + URLEncoder.encode("urn:ietf:params:oauth:grant-type:jwt-bearer", StandardCharsets.UTF_8)
                        + "&assertion=" + assertion(account, subject, scope);
        HttpRequest request = HttpRequest.newBuilder(account.tokenUri())
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
            throw new IOException("interrupted while asking " + account.tokenUri() + " for an access token", e);
        }
        String refusal =
                "cannot get an access token for " + account.clientEmail() + " from " + account.tokenUri() + ": ";
        JsonNode body;
        try {
            body = json.readTree(response.body());
        } catch (JacksonException e) {
            throw new IOException(refusal + response.statusCode() + " " + abbreviated(response.body()), e);
        }
        if (response.statusCode() != 200) {
            String error = body.path("error").asString("");
            String description = body.path("error_description").asString("");
            throw new IOException(refusal + response.statusCode() + " "
                    + (error.isEmpty()
                            ? abbreviated(response.body())
                            : error + (description.isEmpty() ? "" : ": " + description)));
        }
        String token = body.path("access_token").asString("");
        if (token.isEmpty()) {
            throw new IOException(refusal + "the answer holds no access_token");
        }
        return new Token(
                token, clock.instant().plusSeconds(body.path("expires_in").asLong(3600)));
    }

    /** The signed assertion: header and claims in base64url, then their RS256 signature. */
    private String assertion(ServiceAccount account, String subject, String scope) throws IOException {
        Instant now = clock.instant();
        var claims = new LinkedHashMap<String, Object>();
        claims.put("iss", account.clientEmail());
        claims.put("scope", scope);
        claims.put("aud", account.tokenUri().toString());
        claims.put("iat", now.getEpochSecond());
        claims.put("exp", now.plus(LIFETIME).getEpochSecond());
        if (subject != null) {
            claims.put("sub", subject);
        }
        ObjectNode header = json.createObjectNode().put("alg", "RS256").put("typ", "JWT");
        String signed = BASE64URL.encodeToString(json.writeValueAsBytes(header)) + "."
                + BASE64URL.encodeToString(json.writeValueAsBytes(claims));
        try {
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(account.privateKey());
            rs256.update(signed.getBytes(StandardCharsets.US_ASCII));
            return signed + "." + BASE64URL.encodeToString(rs256.sign());
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot sign an assertion for " + account.clientEmail() + ": " + e.getMessage(), e);
        }
    }

    private static String abbreviated(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "..." : body;
    }
}
