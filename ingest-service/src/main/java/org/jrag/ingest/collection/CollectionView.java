package org.jrag.ingest.collection;

import java.time.Instant;

/** A collection as the API shows it. */
public record CollectionView(String name, String description, Instant createdAt, long documentCount) {}
