package org.jrag.retrieval.dense;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code rag.retrieval.dense.hnsw.*}: the build parameters the chunk embeddings' HNSW index should have. The schema
 * migration creates it with pgvector's defaults (m 16, ef_construction 64); when these differ from the index's
 * {@code pg_class.reloptions}, the service rebuilds it ({@link HnswIndex}) at start-up if {@code rebuildOnStartup},
 * and on {@code POST /v1/index/hnsw/rebuild} in any case.
 */
@ConfigurationProperties("rag.retrieval.dense.hnsw")
public record HnswIndexProperties(
        @DefaultValue("16") int m,
        @DefaultValue("64") int efConstruction,
        @DefaultValue("true") boolean rebuildOnStartup) {

    public HnswIndexProperties {
        try {
            new HnswParameters(m, efConstruction);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("rag.retrieval.dense.hnsw: " + e.getMessage(), e);
        }
    }

    public HnswParameters parameters() {
        return new HnswParameters(m, efConstruction);
    }
}
