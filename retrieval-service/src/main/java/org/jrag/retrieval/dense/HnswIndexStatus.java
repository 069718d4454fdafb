package org.jrag.retrieval.dense;

/**
 * Body of {@code GET /v1/index/hnsw} and of a rebuild: the parameters the index was built with ({@code null} when the
 * index does not exist yet: the schema is migrated by ingest-service), the configured ones, and whether this call
 * rebuilt it.
 */
public record HnswIndexStatus(String index, HnswParameters built, HnswParameters configured, boolean rebuilt) {}
