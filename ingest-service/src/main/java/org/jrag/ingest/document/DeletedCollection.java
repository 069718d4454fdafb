package org.jrag.ingest.document;

/**
 * What deleting a collection removed: its documents and their chunks, and the queued jobs that were to ingest into it
 * (failed). {@code changeSeq} is the change-log sequence number of the last document's DELETE, which retrieval's
 * index status reaches once it no longer finds them; null when the collection held no documents.
 */
public record DeletedCollection(
        String name, long documentsDeleted, long chunksDeleted, int jobsFailed, Long changeSeq) {}
