package org.jrag.ingest.collection;

/** Body of {@code POST /v1/collections}; checked when it becomes a {@link NewCollection}. */
record CreateCollectionRequest(String name, String description) {}
