package org.jrag.retrieval.answer;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code rag.retrieval.generation.*}: where generation-service listens and how long to wait for it. */
@ConfigurationProperties("rag.retrieval.generation")
public record GenerationProperties(URI baseUrl, Duration connectTimeout, Duration readTimeout) {

    public GenerationProperties {
        if (baseUrl == null) {
            throw new IllegalArgumentException("rag.retrieval.generation.base-url must be set");
        }
        if (connectTimeout == null || connectTimeout.isNegative() || connectTimeout.isZero()) {
            throw new IllegalArgumentException(
                    "rag.retrieval.generation.connect-timeout must be > 0, got: " + connectTimeout);
        }
        if (readTimeout == null || readTimeout.isNegative() || readTimeout.isZero()) {
            throw new IllegalArgumentException(
                    "rag.retrieval.generation.read-timeout must be > 0, got: " + readTimeout);
        }
    }
}
