package org.jrag.retrieval.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * One hit of a search with its explanation: the rank and score each retriever gave it (a retriever that did not
 * find it is absent), {@code fusedScore}, the (weighted) RRF score in hybrid mode, and {@code rerankScore} when a
 * re-ranker scored it. {@code score} is what the results are ordered by: the re-rank score when re-ranked, else the
 * fused score in hybrid mode, else the retriever's own score. Results below the re-rank depth follow the re-ranked
 * ones in fused order, without a {@code rerankScore}. {@code highlights}, when the search asked for them, are where the
 * query's terms occur in {@code text}. {@code origin} says where the chunk comes from (left out when nothing is known).
 */
public record SearchResult(
        long chunkId,
        long documentId,
        String collection,
        String title,
        String text,
        int startOffset,
        int endOffset,
        double score,
        Map<String, Integer> ranks,
        Map<String, Double> scores,
        @JsonInclude(JsonInclude.Include.NON_NULL) Double fusedScore,
        @JsonInclude(JsonInclude.Include.NON_NULL) Double rerankScore,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<Highlight> highlights,
        @JsonInclude(JsonInclude.Include.NON_NULL) ChunkOrigin origin) {

    public SearchResult(
            long chunkId,
            long documentId,
            String collection,
            String title,
            String text,
            int startOffset,
            int endOffset,
            double score,
            Map<String, Integer> ranks,
            Map<String, Double> scores) {
        this(
                chunkId,
                documentId,
                collection,
                title,
                text,
                startOffset,
                endOffset,
                score,
                ranks,
                scores,
                null,
                null,
                null,
                null);
    }
}
