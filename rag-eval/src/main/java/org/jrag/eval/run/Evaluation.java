package org.jrag.eval.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.jrag.eval.beir.BeirDataset;
import org.jrag.eval.beir.BeirQuery;
import org.jrag.eval.metrics.RankingMetrics;
import org.jrag.eval.service.RetrievalClient;
import org.jrag.eval.service.RetrievalClient.Hit;

/**
 * Runs every query of a dataset through retrieval-service and scores the rankings against the judgements. Queries run
 * {@code concurrency} at a time; scores are averaged over all judged queries (a query with no hit scores 0).
 */
public final class Evaluation {

    /** Depth of every search: Recall@100 needs 100 documents, and chunks of one document only shorten the list. */
    public static final int TOP_K = 100;

    private final RetrievalClient retrieval;
    private final BeirDataset dataset;
    private final String collection;
    private final Map<Long, List<String>> beirIds;
    private final int concurrency;

    public Evaluation(
            RetrievalClient retrieval,
            BeirDataset dataset,
            String collection,
            Map<Long, List<String>> beirIds,
            int concurrency) {
        this.retrieval = retrieval;
        this.dataset = dataset;
        this.collection = collection;
        this.beirIds = Map.copyOf(beirIds);
        this.concurrency = concurrency;
    }

    /** Scores one mode through the service. */
    public ModeScores score(EvalMode mode) {
        long started = System.nanoTime();
        Map<String, List<String>> rankings = forEachQuery(query ->
                DocumentRanking.of(retrieval.search(query.text(), collection, TOP_K, mode.requestFields()), beirIds));
        return score(mode.name(), rankings, seconds(started));
    }

    /** Scores rankings produced elsewhere (the in-process reference), with the same metrics. */
    public ModeScores score(String name, Function<BeirQuery, List<String>> ranker) {
        long started = System.nanoTime();
        return score(name, forEachQuery(ranker), seconds(started));
    }

    /**
     * Mean top-10 chunk overlap of HNSW dense search at {@code efSearch} with exact dense search. Checks first that the
     * planner answers the HNSW side with the index, and throws {@link HnswPlanCheck.NoHnswIndexException} when not.
     */
    public HnswRecall hnswRecall(Integer efSearch) {
        long started = System.nanoTime();
        Map<String, Object> approximate = new LinkedHashMap<>(Map.of("mode", "dense"));
        if (efSearch != null) {
            approximate.put("efSearch", efSearch);
        }
        if (!dataset.queries().isEmpty()) {
            String probe = dataset.queries().getFirst().text();
            HnswPlanCheck.requireIndexScan(retrieval.explainDense(probe, collection, 10, approximate), efSearch);
        }
        Map<String, Double> overlaps = forEachQuery(query -> RankingMetrics.overlapAtK(
                chunkIds(retrieval.search(query.text(), collection, 10, approximate)),
                chunkIds(retrieval.search(query.text(), collection, 10, Map.of("mode", "dense", "exact", true))),
                10));
        double mean = overlaps.values().stream()
                .mapToDouble(Double::doubleValue)
                .average()
                .orElse(0);
        return new HnswRecall(efSearch, mean, overlaps.size(), seconds(started));
    }

    private ModeScores score(String name, Map<String, List<String>> rankings, double seconds) {
        double ndcg = 0;
        double recall = 0;
        double mrr = 0;
        for (BeirQuery query : dataset.queries()) {
            List<String> ranking = rankings.get(query.id());
            Map<String, Integer> judged = dataset.qrels().get(query.id());
            ndcg += RankingMetrics.ndcgAtK(ranking, judged, 10);
            recall += RankingMetrics.recallAtK(ranking, judged, 100);
            mrr += RankingMetrics.reciprocalRankAtK(ranking, judged, 10);
        }
        int n = dataset.queries().size();
        return new ModeScores(name, ndcg / n, recall / n, mrr / n, n, seconds);
    }

    private <T> Map<String, T> forEachQuery(Function<BeirQuery, T> task) {
        try (ExecutorService pool = Executors.newFixedThreadPool(concurrency)) {
            Map<String, Future<T>> futures = new LinkedHashMap<>();
            for (BeirQuery query : dataset.queries()) {
                futures.put(query.id(), pool.submit(() -> task.apply(query)));
            }
            Map<String, T> results = new LinkedHashMap<>();
            for (var entry : futures.entrySet()) {
                results.put(entry.getKey(), entry.getValue().get());
            }
            return results;
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("evaluation interrupted", e);
        }
    }

    private static List<String> chunkIds(List<Hit> hits) {
        List<String> ids = new ArrayList<>(hits.size());
        hits.forEach(hit -> ids.add(Long.toString(hit.chunkId())));
        return ids;
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
