package org.jrag.eval.metrics;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Per-query ranking metrics with the conventions of trec_eval (which BEIR runs through pytrec_eval): the ranking is
 * taken in the given order, a document counts once (its first occurrence), judgements are graded relevance where
 * {@code > 0} is relevant, and a document without a judgement is not relevant. Stateless pure functions.
 */
public final class RankingMetrics {

    private RankingMetrics() {}

    /**
     * nDCG@k, trec_eval's {@code ndcg_cut}: gain = the graded relevance (linear, not {@code 2^rel - 1}), discount
     * {@code log2(rank + 1)}; the ideal ranking sorts every judged-relevant document by relevance. 0 when nothing is
     * relevant.
     */
    public static double ndcgAtK(List<String> ranking, Map<String, Integer> judgements, int k) {
        requirePositive(k);
        double dcg = 0;
        List<String> top = distinctTop(ranking, k);
        for (int i = 0; i < top.size(); i++) {
            int relevance = judgements.getOrDefault(top.get(i), 0);
            if (relevance > 0) {
                dcg += relevance / log2(i + 2);
            }
        }
        List<Integer> ideal = new ArrayList<>();
        judgements.values().forEach(relevance -> {
            if (relevance > 0) {
                ideal.add(relevance);
            }
        });
        ideal.sort((a, b) -> Integer.compare(b, a));
        double idcg = 0;
        for (int i = 0; i < Math.min(k, ideal.size()); i++) {
            idcg += ideal.get(i) / log2(i + 2);
        }
        return idcg == 0 ? 0 : dcg / idcg;
    }

    /** Recall@k: the share of the judged-relevant documents found in the top k. 0 when nothing is relevant. */
    public static double recallAtK(List<String> ranking, Map<String, Integer> judgements, int k) {
        requirePositive(k);
        long relevant = judgements.values().stream().filter(r -> r > 0).count();
        if (relevant == 0) {
            return 0;
        }
        long found = distinctTop(ranking, k).stream()
                .filter(id -> judgements.getOrDefault(id, 0) > 0)
                .count();
        return (double) found / relevant;
    }

    /** MRR@k: 1 / rank of the first relevant document within the top k, 0 when none is. */
    public static double reciprocalRankAtK(List<String> ranking, Map<String, Integer> judgements, int k) {
        requirePositive(k);
        List<String> top = distinctTop(ranking, k);
        for (int i = 0; i < top.size(); i++) {
            if (judgements.getOrDefault(top.get(i), 0) > 0) {
                return 1.0 / (i + 1);
            }
        }
        return 0;
    }

    /**
     * Overlap@k of an approximate ranking with the exact one, the usual ANN recall: {@code |approx_k ∩ exact_k| /
     * |exact_k|}. 1 when the exact ranking is empty (nothing could be missed).
     */
    public static double overlapAtK(List<String> approximate, List<String> exact, int k) {
        requirePositive(k);
        List<String> truth = distinctTop(exact, k);
        if (truth.isEmpty()) {
            return 1;
        }
        Set<String> found = new HashSet<>(distinctTop(approximate, k));
        return (double) truth.stream().filter(found::contains).count() / truth.size();
    }

    /** The first k distinct ids in rank order (a repeated id keeps its first, best, rank). */
    static List<String> distinctTop(List<String> ranking, int k) {
        Set<String> seen = new HashSet<>();
        List<String> top = new ArrayList<>(Math.min(k, ranking.size()));
        for (String id : ranking) {
            if (top.size() == k) {
                break;
            }
            if (seen.add(id)) {
                top.add(id);
            }
        }
        return top;
    }

    private static double log2(int x) {
        return Math.log(x) / Math.log(2);
    }

    private static void requirePositive(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be >= 1, got: " + k);
        }
    }
}
