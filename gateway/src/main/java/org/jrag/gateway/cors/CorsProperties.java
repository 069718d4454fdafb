package org.jrag.gateway.cors;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code rag.gateway.cors.*}: the web origins whose pages may call {@code /v1/**} from the browser (a chat widget on
 * an intranet portal, a single-page app).
 *
 * @param allowedOrigins origins as browsers send them ({@code https://portal.example.com}), or patterns ({@code
 *     https://*.example.com}); empty: no cross-origin calls (browsers refuse them)
 * @param maxAge how long a browser may keep the answer to a preflight
 */
@ConfigurationProperties("rag.gateway.cors")
public record CorsProperties(List<String> allowedOrigins, Duration maxAge) {

    public CorsProperties {
        allowedOrigins = allowedOrigins == null
                ? List.of()
                : allowedOrigins.stream()
                        .map(String::strip)
                        .filter(origin -> !origin.isEmpty())
                        .toList();
        for (String origin : allowedOrigins) {
            if (origin.equals("*")) {
                throw new IllegalArgumentException("rag.gateway.cors.allowed-origins cannot be '*': name the origins"
                        + " (patterns such as https://*.example.com are accepted)");
            }
            if (!origin.startsWith("http://") && !origin.startsWith("https://")) {
                throw new IllegalArgumentException(
                        "rag.gateway.cors.allowed-origins holds '" + origin + "', which is no http(s) origin");
            }
        }
        maxAge = maxAge == null ? Duration.ofHours(1) : maxAge;
    }
}
