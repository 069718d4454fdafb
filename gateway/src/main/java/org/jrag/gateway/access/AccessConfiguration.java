package org.jrag.gateway.access;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Registers the {@link AccessFilter} right after the request-id filter, so its refusals carry a request id. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AccessProperties.class)
class AccessConfiguration {

    private static final Logger log = LoggerFactory.getLogger(AccessConfiguration.class);

    /** The identity provider's discovery document, read once for the token checks and the console's sign-in. */
    @Bean
    OidcDiscovery oidcDiscovery(AccessProperties properties) {
        return new OidcDiscovery(properties.jwt().issuer());
    }

    @Bean
    FilterRegistrationBean<AccessFilter> accessFilter(
            AccessProperties properties, OidcDiscovery discovery, MeterRegistry meters) {
        ApiKeys keys = ApiKeys.parse(properties.apiKeys());
        if (keys.required()) {
            log.info("API keys required on /v1/**: {} configured", keys.size());
        }
        RateLimits limits = RateLimits.of(
                properties.requestsPerSecond(),
                properties.burst(),
                properties.keyRates(),
                keys.names(),
                System::nanoTime);
        if (!properties.keyRates().isEmpty()) {
            log.info("API keys with rate limits of their own: {}", properties.keyRates());
        }
        var permissions = new KeyPermissions(properties.readOnlyKeys(), keys.names());
        if (!properties.readOnlyKeys().isEmpty()) {
            log.info("Read-only API keys (may read and ask, not change data): {}", properties.readOnlyKeys());
        }
        var scopes = CollectionScopes.parse(properties.keyCollections(), keys.names());
        if (!properties.keyCollections().isEmpty()) {
            log.info("API keys limited to collections: {}", properties.keyCollections());
        }
        var principals = KeyPrincipals.parse(properties.keyPrincipals(), keys.names());
        if (!properties.keyPrincipals().isEmpty()) {
            log.info("API keys that read documents as principals: {}", properties.keyPrincipals());
        }
        JwtAuthenticator tokens = null;
        AccessProperties.Jwt jwt = properties.jwt();
        if (jwt.enabled()) {
            tokens = JwtAuthenticator.remote(jwt, discovery);
            log.info(
                    "Access tokens accepted on /v1/** from issuer {} (keys: {}; audience: {}; roles claim '{}', writer"
                            + " roles {}, role collections {})",
                    jwt.issuer(),
                    jwt.jwkSetUri() != null ? jwt.jwkSetUri() : "by OpenID Connect discovery",
                    jwt.audience() != null ? jwt.audience() : "any",
                    jwt.rolesClaim(),
                    jwt.writerRoles(),
                    jwt.roleCollections().isEmpty() ? "none (every collection)" : jwt.roleCollections());
            if (jwt.introspects()) {
                log.info(
                        "Opaque access tokens asked about at {} as client {} (answers kept {})",
                        jwt.introspectionUri() != null
                                ? jwt.introspectionUri()
                                : "the discovered introspection endpoint",
                        jwt.introspectionClientId(),
                        jwt.introspectionCache());
            }
        }
        if (!keys.required() && tokens == null) {
            log.warn("No API keys or access tokens configured (rag.gateway.access.api-keys, RAG_GATEWAY_API_KEYS;"
                    + " rag.gateway.access.jwt.issuer, RAG_GATEWAY_JWT_ISSUER): /v1/** is open to anyone who can"
                    + " reach the gateway");
        }
        var registration = new FilterRegistrationBean<>(
                new AccessFilter(keys, permissions, scopes, principals, tokens, limits, meters));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        registration.addUrlPatterns("/v1/*");
        return registration;
    }
}
