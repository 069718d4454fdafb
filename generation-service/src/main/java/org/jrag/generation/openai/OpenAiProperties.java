package org.jrag.generation.openai;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits of the OpenAI-compatible endpoints. The defaults live in {@code application.yml}.
 *
 * @param requestTimeout how long one request may generate before it is cancelled (504, or an error event on a
 *     stream)
 * @param retryAfter the {@code Retry-After} a 429 suggests when the engine's queue is full
 * @param maxChoices the largest {@code n} (times prompts) one request may ask for
 */
@ConfigurationProperties("rag.generation.openai")
public record OpenAiProperties(Duration requestTimeout, Duration retryAfter, int maxChoices) {

    public OpenAiProperties {
        if (requestTimeout == null || requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException(
                    "rag.generation.openai.request-timeout must be > 0, got: " + requestTimeout);
        }
        if (retryAfter == null || retryAfter.isNegative()) {
            throw new IllegalArgumentException("rag.generation.openai.retry-after must be >= 0, got: " + retryAfter);
        }
        if (maxChoices < 1) {
            throw new IllegalArgumentException("rag.generation.openai.max-choices must be >= 1, got: " + maxChoices);
        }
    }
}
