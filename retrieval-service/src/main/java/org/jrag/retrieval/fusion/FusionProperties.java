package org.jrag.retrieval.fusion;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code rag.retrieval.fusion.*}: the RRF constant k (60 in the paper; larger flattens the rank curve). */
@ConfigurationProperties("rag.retrieval.fusion")
public record FusionProperties(int k) {

    public FusionProperties {
        if (k < 1) {
            throw new IllegalArgumentException("rag.retrieval.fusion.k must be >= 1, got: " + k);
        }
    }
}
