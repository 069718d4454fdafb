package org.jrag.ingest.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jrag.ingest.chunking.ChunkSpan;

/**
 * Adds what the document knows about each chunk's place to the chunk's metadata: the heading path of the section the
 * chunk starts in ({@code section}), the pages it spans ({@code pages}), and the document's filter keys ({@code tags},
 * {@code published_at}), next to whatever the chunker put there.
 */
final class ChunkAnnotation {

    private ChunkAnnotation() {}

    static List<ChunkSpan> annotate(List<ChunkSpan> chunks, ParsedDocument parsed, DocumentMetadata metadata) {
        return annotate(chunks, parsed, metadata.chunkFilters());
    }

    /** As above, with the document's filter keys as stored ({@code tags}, {@code published_at}). */
    static List<ChunkSpan> annotate(List<ChunkSpan> chunks, ParsedDocument parsed, Map<String, Object> filters) {
        var annotated = new ArrayList<ChunkSpan>(chunks.size());
        for (ChunkSpan chunk : chunks) {
            var facts = new LinkedHashMap<String, Object>(chunk.metadata());
            String section = sectionOf(parsed.sections(), chunk);
            if (section != null) {
                facts.put("section", section);
            }
            List<Integer> pages = pagesOf(parsed.pages(), chunk);
            if (!pages.isEmpty()) {
                facts.put("pages", pages);
            }
            facts.putAll(filters);
            annotated.add(chunk.with(chunk.parent(), chunk.embedded(), facts));
        }
        return annotated;
    }

    /** The section holding the chunk's first character, else the first section the chunk reaches into. */
    private static String sectionOf(List<DocumentSection> sections, ChunkSpan chunk) {
        String reached = null;
        for (DocumentSection section : sections) {
            if (section.startOffset() <= chunk.startOffset() && chunk.startOffset() < section.endOffset()) {
                return section.path();
            }
            if (reached == null
                    && section.startOffset() < chunk.endOffset()
                    && chunk.startOffset() < section.endOffset()) {
                reached = section.path();
            }
        }
        return reached;
    }

    private static List<Integer> pagesOf(List<DocumentPage> pages, ChunkSpan chunk) {
        var numbers = new ArrayList<Integer>(2);
        for (DocumentPage page : pages) {
            if (page.startOffset() < chunk.endOffset() && chunk.startOffset() < page.endOffset()) {
                numbers.add(page.number());
            }
        }
        return numbers;
    }
}
