package org.jrag.ingest.oauth;

import java.net.URI;
import java.util.List;

/**
 * An OAuth 2.0 client that gets access tokens with the client-credentials grant, as Microsoft 365's app-only access
 * does ({@code token-url: https://login.microsoftonline.com/<tenant>/oauth2/v2.0/token}).
 *
 * @param scope the scope asked for; null: the one the service using it asks for by default
 */
public record OAuth2Client(URI tokenUrl, String clientId, String clientSecret, String scope) {

    public OAuth2Client {
        if (tokenUrl == null || !List.of("http", "https").contains(tokenUrl.getScheme())) {
            throw new IllegalArgumentException("oauth2.token-url must be an http or https URL, got: " + tokenUrl);
        }
        if (clientId == null || clientId.isBlank() || clientSecret == null || clientSecret.isBlank()) {
            throw new IllegalArgumentException("oauth2 needs client-id and client-secret");
        }
        scope = scope == null || scope.isBlank() ? null : scope.strip();
    }

    /** The scope to ask for: the configured one, else {@code fallback}. */
    public String scopeOr(String fallback) {
        return scope == null ? fallback : scope;
    }

    /** Leaves the secret out. */
    @Override
    public String toString() {
        return "OAuth2Client[tokenUrl=" + tokenUrl + ", clientId=" + clientId + ", scope=" + scope + "]";
    }
}
