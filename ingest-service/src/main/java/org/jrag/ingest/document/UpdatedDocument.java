package org.jrag.ingest.document;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A document after a patch of its metadata, and the change-log sequence number of its UPSERT, which retrieval's index
 * status reaches once it searches the new title, tags and date.
 */
public record UpdatedDocument(@JsonUnwrapped DocumentView document, long changeSeq) {}
