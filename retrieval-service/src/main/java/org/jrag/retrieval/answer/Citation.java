package org.jrag.retrieval.answer;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jrag.retrieval.search.ChunkOrigin;

/**
 * The passage an answer sentence came from; {@code text} is the cited sentence, {@code origin} where its chunk comes
 * from (this service adds it to generation-service's citation; left out when nothing is known).
 */
public record Citation(
        long documentId,
        long chunkId,
        String title,
        String text,
        @JsonInclude(JsonInclude.Include.NON_NULL) ChunkOrigin origin) {

    public Citation(long documentId, long chunkId, String title, String text) {
        this(documentId, chunkId, title, text, null);
    }

    /** This citation with its chunk's origin. */
    public Citation withOrigin(ChunkOrigin origin) {
        return new Citation(documentId, chunkId, title, text, origin);
    }
}
