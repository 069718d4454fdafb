package org.jrag.gateway.access;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An OpenID Connect issuer's discovery document ({@code <issuer>/.well-known/openid-configuration}): read at the first
 * call that needs it (the signing keys' {@code jwks_uri}, the console's sign-in endpoints) and kept. A read that fails
 * is not tried again for {@link #RETRY}, so that callers fail at once while the identity provider is down instead of
 * each waiting for it.
 */
public final class OidcDiscovery {

    /** How long a failed read is not tried again. */
    static final Duration RETRY = Duration.ofSeconds(10);

    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String issuer;
    private JsonNode document;

    /** Why the last read failed, and until when (nanoTime) it is not tried again; null after a success. */
    private String failure;

    private long retryAt;

    /** @param issuer the issuer, or null when no identity provider is configured */
    OidcDiscovery(String issuer) {
        this.issuer = issuer;
    }

    /** Whether an identity provider is configured. */
    public boolean configured() {
        return issuer != null;
    }

    /**
     * The issuer's discovery document.
     *
     * @throws IOException saying why it could not be read (or, within {@link #RETRY} of a failure, why it could not
     *     be read then)
     */
    public synchronized JsonNode document() throws IOException {
        if (issuer == null) {
            throw new IllegalStateException("no identity provider is configured (rag.gateway.access.jwt.issuer)");
        }
        if (document != null) {
            return document;
        }
        long now = System.nanoTime();
        if (failure != null && now - retryAt < 0) {
            throw new IOException(failure + " (tried again within " + RETRY.toSeconds() + " s)");
        }
        try {
            document = read();
            failure = null;
            return document;
        } catch (IOException e) {
            failure = e.getMessage();
            retryAt = now + RETRY.toNanos();
            throw e;
        }
    }

    /** A URL the document names ({@code jwks_uri}, {@code token_endpoint}), or empty text when it names none. */
    public String endpoint(String name) throws IOException {
        return document().path(name).asString("");
    }

    private JsonNode read() throws IOException {
        String discovery = (issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer)
                + "/.well-known/openid-configuration";
        HttpResponse<String> response;
        JsonNode read;
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build()) {
            response = http.send(
                    HttpRequest.newBuilder(URI.create(discovery))
                            .timeout(TIMEOUT)
                            .header("Accept", "application/json")
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            read = response.statusCode() == 200 ? JSON.readTree(response.body()) : null;
        } catch (IOException | IllegalArgumentException | JacksonException e) {
            throw new IOException("the discovery document " + discovery + " could not be read: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading " + discovery, e);
        }
        if (read == null) {
            throw new IOException("the discovery document " + discovery + " answered " + response.statusCode());
        }
        if (!issuer.equals(read.path("issuer").asString(""))) {
            throw new IOException("the discovery document " + discovery + " names the issuer '"
                    + read.path("issuer").asString("") + "', not '" + issuer + "'");
        }
        return read;
    }
}
