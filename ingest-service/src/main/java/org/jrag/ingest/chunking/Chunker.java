package org.jrag.ingest.chunking;

import java.util.List;

/** Splits a document's text into the passages that are embedded and retrieved, each pointing back into the text. */
@FunctionalInterface
public interface Chunker {

    /** The chunks of {@code text} in document order; none for a text without tokens. */
    List<ChunkSpan> chunk(String text);
}
