package org.jrag.ingest.collection;

import org.jrag.ingest.chunking.ChunkingOptions;

/**
 * What ingestion needs of the collection it writes to: its id, which keys documents and chunks, and its chunking.
 *
 * @param chunking the collection's stored options, empty when it uses the service default
 */
public record CollectionTarget(long id, String name, ChunkingOptions chunking) {}
