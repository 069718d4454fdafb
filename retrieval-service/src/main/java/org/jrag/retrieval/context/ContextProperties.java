package org.jrag.retrieval.context;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code rag.retrieval.context.*}: the token budget of an answer's context when the request does not set one. */
@ConfigurationProperties("rag.retrieval.context")
public record ContextProperties(int tokens) {

    public ContextProperties {
        if (tokens < 1) {
            throw new IllegalArgumentException("rag.retrieval.context.tokens must be >= 1, got: " + tokens);
        }
    }
}
