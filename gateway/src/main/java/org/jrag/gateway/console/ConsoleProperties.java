package org.jrag.gateway.console;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code rag.gateway.console.*}: signing in to the admin console with the identity provider whose access tokens the
 * gateway accepts ({@code rag.gateway.access.jwt.issuer}), by OpenID Connect's authorization code flow with PKCE.
 *
 * @param clientId the console's client at the identity provider: a public client (no secret) whose valid redirect URI
 *     is the console's address ({@code https://rag.example.com/}) and whose web origin is the console's origin, so the
 *     browser may call the token endpoint; blank: no sign-in, an API key or token is pasted instead
 * @param scope the scopes the console asks for ({@code openid profile} by default); add one that puts the gateway's
 *     audience into the token where the identity provider needs it to
 */
@ConfigurationProperties("rag.gateway.console")
public record ConsoleProperties(String clientId, String scope) {

    public ConsoleProperties {
        clientId = clientId == null || clientId.isBlank() ? null : clientId.strip();
        scope = scope == null || scope.isBlank() ? "openid profile" : scope.strip();
    }

    /** Whether the console signs users in. */
    public boolean signsIn() {
        return clientId != null;
    }
}
