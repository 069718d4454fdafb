package org.jrag.retrieval.context;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Sentence-window retrieval: a chunk indexed as one sentence matches precisely, but reads better with its neighbours,
 * which ingest stores as {@code metadata.window}. The window replaces the text; with offsets it stays verbatim (and
 * can be merged with overlapping windows), without them it is kept as it is.
 */
public final class SentenceWindowExpansion implements ContextPostProcessor {

    private final SentenceWindows windows;

    public SentenceWindowExpansion(SentenceWindows windows) {
        this.windows = windows;
    }

    @Override
    public List<ContextChunk> process(List<ContextChunk> chunks) {
        Map<Long, SentenceWindows.Window> windowOf =
                windows.windowsOf(chunks.stream().map(ContextChunk::chunkId).toList());
        List<ContextChunk> expanded = new ArrayList<>(chunks.size());
        for (ContextChunk chunk : chunks) {
            SentenceWindows.Window window = windowOf.get(chunk.chunkId());
            if (window == null || window.text() == null || window.text().isBlank()) {
                expanded.add(chunk);
                continue;
            }
            boolean located = window.startOffset() != null
                    && window.endOffset() != null
                    && window.endOffset() - window.startOffset()
                            == window.text().length();
            expanded.add(new ContextChunk(
                    chunk.chunkId(),
                    chunk.documentId(),
                    chunk.title(),
                    window.text(),
                    located ? window.startOffset() : chunk.startOffset(),
                    located ? window.endOffset() : chunk.endOffset(),
                    chunk.score(),
                    located));
        }
        return expanded;
    }
}
