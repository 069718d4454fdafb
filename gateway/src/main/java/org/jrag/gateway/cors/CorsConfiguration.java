package org.jrag.gateway.cors;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;

/**
 * Cross-origin calls of {@code /v1/**} from the configured origins' pages: a preflight is answered here, before the
 * API-key check (browsers send no credentials with it), and every answer to such a page, refusals included, carries
 * the headers that let its script read it. Credentials travel as bearer tokens or API keys, never cookies, so none are
 * allowed; the request id, {@code Retry-After} and {@code Location} are exposed to scripts.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CorsProperties.class)
class CorsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CorsConfiguration.class);

    @Bean
    FilterRegistrationBean<CorsFilter> corsFilter(CorsProperties properties) {
        var cors = new org.springframework.web.cors.CorsConfiguration();
        cors.setAllowedOriginPatterns(properties.allowedOrigins());
        cors.setAllowedMethods(List.of("GET", "HEAD", "POST", "PATCH", "DELETE"));
        cors.setAllowedHeaders(List.of(
                "Authorization",
                "X-API-Key",
                "Content-Type",
                "Accept",
                "X-Request-Id",
                "Last-Event-ID",
                "traceparent"));
        cors.setExposedHeaders(List.of("X-Request-Id", "Retry-After", "Location", "WWW-Authenticate"));
        cors.setAllowCredentials(false);
        cors.setMaxAge(properties.maxAge());
        var source = new UrlBasedCorsConfigurationSource();
        if (!properties.allowedOrigins().isEmpty()) {
            source.registerCorsConfiguration("/v1/**", cors);
            log.info("Cross-origin calls of /v1/** allowed from {}", properties.allowedOrigins());
        }
        var registration = new FilterRegistrationBean<>(new CorsFilter(source));
        // before the access filter (HIGHEST_PRECEDENCE + 10): a preflight brings no API key
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
        registration.addUrlPatterns("/v1/*");
        return registration;
    }
}
