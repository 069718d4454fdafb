package org.jrag.gateway.console;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jrag.gateway.access.OidcDiscovery;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /console/sign-in}: how the admin console signs a user in, read by the console at start-up. With a client
 * configured ({@link ConsoleProperties}), the identity provider's authorization, token and end-session endpoints from
 * its discovery document, which the gateway reads itself (the browser need not reach it for that); else {@code
 * enabled: false}. An identity provider that cannot be read is a 503 problem.
 */
@RestController
@EnableConfigurationProperties(ConsoleProperties.class)
class ConsoleSignInController {

    private final ConsoleProperties properties;
    private final OidcDiscovery discovery;

    ConsoleSignInController(ConsoleProperties properties, OidcDiscovery discovery) {
        if (properties.signsIn() && !discovery.configured()) {
            throw new IllegalArgumentException("rag.gateway.console.client-id (RAG_GATEWAY_CONSOLE_CLIENT_ID) is set"
                    + " without rag.gateway.access.jwt.issuer (RAG_GATEWAY_JWT_ISSUER): the console signs users in"
                    + " with the identity provider whose tokens the gateway accepts");
        }
        this.properties = properties;
        this.discovery = discovery;
    }

    @GetMapping("/console/sign-in")
    ResponseEntity<?> signIn() {
        if (!properties.signsIn()) {
            return ResponseEntity.ok(Map.of("enabled", false));
        }
        try {
            String authorization = discovery.endpoint("authorization_endpoint");
            String token = discovery.endpoint("token_endpoint");
            if (authorization.isBlank() || token.isBlank()) {
                throw new IOException("the identity provider's discovery document names no authorization_endpoint or"
                        + " token_endpoint");
            }
            var signIn = new LinkedHashMap<String, Object>();
            signIn.put("enabled", true);
            signIn.put("clientId", properties.clientId());
            signIn.put("scope", properties.scope());
            signIn.put("authorizationEndpoint", authorization);
            signIn.put("tokenEndpoint", token);
            String endSession = discovery.endpoint("end_session_endpoint");
            if (!endSession.isBlank()) {
                signIn.put("endSessionEndpoint", endSession);
            }
            return ResponseEntity.ok(signIn);
        } catch (IOException e) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.SERVICE_UNAVAILABLE, "the identity provider cannot be read now: " + e.getMessage());
            problem.setType(URI.create("https://jrag.dev/problems/identity-provider-unavailable"));
            problem.setTitle("Identity provider unavailable");
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(problem);
        }
    }
}
