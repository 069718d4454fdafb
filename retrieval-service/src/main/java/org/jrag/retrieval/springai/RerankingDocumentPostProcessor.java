package org.jrag.retrieval.springai;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jrag.retrieval.rerank.Reranker;
import org.springframework.ai.document.Document;
import org.springframework.ai.rag.Query;
import org.springframework.ai.rag.postretrieval.document.DocumentPostProcessor;

/**
 * Re-ranking as Spring AI's {@link DocumentPostProcessor}: the first {@code depth} documents are re-scored by the
 * {@link Reranker} against the query text and sorted by that score (kept in {@link RagKeys#RERANK_SCORE} and as the
 * document score); the rest follow unchanged.
 */
public final class RerankingDocumentPostProcessor implements DocumentPostProcessor {

    private final Reranker reranker;
    private final int depth;

    public RerankingDocumentPostProcessor(Reranker reranker, int depth) {
        if (depth < 1) {
            throw new IllegalArgumentException("depth must be >= 1, got: " + depth);
        }
        this.reranker = reranker;
        this.depth = depth;
    }

    @Override
    public List<Document> process(Query query, List<Document> documents) {
        int n = Math.min(depth, documents.size());
        List<Document> head = documents.subList(0, n);
        double[] scores = reranker.score(
                query.text(), head.stream().map(Document::getText).toList());
        List<Document> reranked = new ArrayList<>(documents.size());
        for (int i = 0; i < n; i++) {
            Map<String, Object> metadata = new HashMap<>(head.get(i).getMetadata());
            metadata.put(RagKeys.RERANK_SCORE, scores[i]);
            reranked.add(
                    head.get(i).mutate().metadata(metadata).score(scores[i]).build());
        }
        reranked.sort(Comparator.comparingDouble((Document d) -> d.getScore()).reversed());
        reranked.addAll(documents.subList(n, documents.size()));
        return reranked;
    }
}
