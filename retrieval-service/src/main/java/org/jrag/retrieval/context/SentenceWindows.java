package org.jrag.retrieval.context;

import java.util.Collection;
import java.util.Map;

/** Finds the sentence windows ({@code chunk.metadata.window}) stored with chunks: chunk id to window, none absent. */
@FunctionalInterface
public interface SentenceWindows {

    Map<Long, Window> windowsOf(Collection<Long> chunkIds);

    /** The text around a chunk; offsets into the document when ingest stored them, else null. */
    record Window(String text, Integer startOffset, Integer endOffset) {}
}
