package org.jrag.retrieval.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Where a chunk comes from, for a reader to find it: the document's {@code source} (the uploaded file's path or name)
 * and {@code url} as the client gave them, the heading path of the section the chunk starts in, and the pages (PDF) or
 * slides (PPTX) it spans. Members the document does not have are left out.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ChunkOrigin(String source, String url, String section, List<Integer> pages) {

    public ChunkOrigin {
        pages = pages == null ? List.of() : List.copyOf(pages);
    }

    /** The origin, or null when nothing is known of it. */
    static ChunkOrigin of(String source, String url, String section, List<Integer> pages) {
        var origin = new ChunkOrigin(source, url, section, pages);
        return source == null
                        && url == null
                        && section == null
                        && origin.pages().isEmpty()
                ? null
                : origin;
    }
}
