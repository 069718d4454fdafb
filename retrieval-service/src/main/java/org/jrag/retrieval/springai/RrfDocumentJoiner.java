package org.jrag.retrieval.springai;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jrag.retrieval.fusion.FusedChunk;
import org.jrag.retrieval.fusion.ReciprocalRankFusion;
import org.jrag.retrieval.search.ScoredChunk;
import org.springframework.ai.document.Document;
import org.springframework.ai.rag.Query;
import org.springframework.ai.rag.retrieval.join.DocumentJoiner;

/**
 * Reciprocal rank fusion as Spring AI's {@link DocumentJoiner} (which by default only concatenates). The joiner
 * receives lists of documents without the name of the retriever behind each list, so the name is read from each
 * document's {@link RagKeys#RETRIEVER} metadata (unnamed lists are {@code list-1}, {@code list-2}, ...): per-retriever
 * weights need it. Lists for several (expanded) queries are all fused together. Documents are chunks, keyed by their
 * numeric id; the result carries the fused score and each retriever's rank and score.
 */
public final class RrfDocumentJoiner implements DocumentJoiner {

    private final ReciprocalRankFusion fusion;
    private final Map<String, Double> weights;

    public RrfDocumentJoiner(ReciprocalRankFusion fusion, Map<String, Double> weights) {
        this.fusion = fusion;
        this.weights = Map.copyOf(weights);
    }

    @Override
    public List<Document> join(Map<Query, List<List<Document>>> documentsForQuery) {
        Map<String, List<ScoredChunk>> rankings = new LinkedHashMap<>();
        Map<Long, Document> byId = new HashMap<>();
        int unnamed = 0;
        for (List<List<Document>> lists : documentsForQuery.values()) {
            for (List<Document> list : lists) {
                String name =
                        list.isEmpty() || !(list.getFirst().getMetadata().get(RagKeys.RETRIEVER) instanceof String s)
                                ? "list-" + ++unnamed
                                : s;
                // the same retriever for a second query: a separate ranking under a distinct name
                String key = rankings.containsKey(name) ? name + "#" + rankings.size() : name;
                rankings.put(
                        key,
                        list.stream()
                                .map(d -> {
                                    byId.putIfAbsent(Long.parseLong(d.getId()), d);
                                    return new ScoredChunk(
                                            Long.parseLong(d.getId()), d.getScore() == null ? 0 : d.getScore());
                                })
                                .toList());
            }
        }
        return fusion.fuse(rankings, weights).stream()
                .map(fused -> explained(byId.get(fused.chunkId()), fused))
                .toList();
    }

    private static Document explained(Document document, FusedChunk fused) {
        Map<String, Object> metadata = new HashMap<>(document.getMetadata());
        metadata.remove(RagKeys.RETRIEVER);
        metadata.remove(RagKeys.RANK);
        metadata.remove(RagKeys.RETRIEVER_SCORE);
        metadata.put(RagKeys.RANKS, fused.ranks());
        metadata.put(RagKeys.SCORES, fused.scores());
        metadata.put(RagKeys.FUSED_SCORE, fused.score());
        return document.mutate().metadata(metadata).score(fused.score()).build();
    }
}
