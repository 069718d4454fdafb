package org.jrag.retrieval.search;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code rag.retrieval.search.*}: in hybrid mode each retriever returns {@code candidates} chunks (at least topK),
 * so fusion can lift a chunk that one retriever ranked low but the other ranked high.
 */
@ConfigurationProperties("rag.retrieval.search")
public record SearchProperties(int candidates) {

    public SearchProperties {
        if (candidates < 1) {
            throw new IllegalArgumentException("rag.retrieval.search.candidates must be >= 1, got: " + candidates);
        }
    }
}
