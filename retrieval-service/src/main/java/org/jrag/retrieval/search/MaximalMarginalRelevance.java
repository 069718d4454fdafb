package org.jrag.retrieval.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Maximal marginal relevance (Carbonell and Goldstein, 1998): picks results one at a time, each the candidate that
 * best balances its own relevance against its likeness to those already picked, {@code lambda * relevance - (1 -
 * lambda) * max similarity}. Relevance is the candidate's place in the ranking, linear from 1 (first) towards 0 (last),
 * so it does not depend on how a retriever or the fusion scales its scores; similarity is the cosine of the chunks'
 * embeddings (a chunk without one is like nothing).
 */
final class MaximalMarginalRelevance {

    private MaximalMarginalRelevance() {}

    /**
     * The positions of the {@code k} candidates to keep, in the order picked.
     *
     * @param vectors the candidates' embeddings in ranking order (null where there is none)
     * @param lambda 1 keeps the ranking as it is, 0 picks by novelty alone after the first
     */
    static List<Integer> select(List<float[]> vectors, int k, double lambda) {
        int n = vectors.size();
        int keep = Math.min(k, n);
        var picked = new ArrayList<Integer>(keep);
        boolean[] taken = new boolean[n];
        double[] closest = new double[n]; // each candidate's highest similarity to a picked one
        Arrays.fill(closest, Double.NEGATIVE_INFINITY);
        while (picked.size() < keep) {
            int best = -1;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                if (taken[i]) {
                    continue;
                }
                double relevance = 1.0 - (double) i / n;
                double redundancy = picked.isEmpty() ? 0 : Math.max(0, closest[i]);
                double score = lambda * relevance - (1 - lambda) * redundancy;
                if (score > bestScore) {
                    bestScore = score;
                    best = i;
                }
            }
            taken[best] = true;
            picked.add(best);
            for (int i = 0; i < n; i++) {
                if (!taken[i]) {
                    closest[i] = Math.max(closest[i], cosine(vectors.get(i), vectors.get(best)));
                }
            }
        }
        return picked;
    }

    static double cosine(float[] a, float[] b) {
        if (a == null || b == null || a.length != b.length) {
            return 0;
        }
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }
}
