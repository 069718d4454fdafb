package org.jrag.retrieval.dense;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code rag.retrieval.dense.*}: {@code efSearch}, the HNSW candidate list size (pgvector's {@code hnsw.ef_search}),
 * set on every pooled connection (see the datasource's connection-init-sql) and overridable per search. The index's
 * build parameters ({@code m}, {@code ef_construction}) are {@link HnswIndexProperties}.
 */
@ConfigurationProperties("rag.retrieval.dense")
public record DenseProperties(int efSearch) {

    public DenseProperties {
        if (efSearch < 1 || efSearch > PgvectorChunkRetriever.MAX_EF_SEARCH) {
            throw new IllegalArgumentException("rag.retrieval.dense.ef-search must be in [1, "
                    + PgvectorChunkRetriever.MAX_EF_SEARCH + "], got: " + efSearch);
        }
    }
}
