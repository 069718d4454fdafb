package org.jrag.retrieval.fusion;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jrag.retrieval.search.ScoredChunk;

/**
 * Reciprocal rank fusion: {@code score(d) = sum over rankings of 1 / (k + rank(d))}, rank 1-based. It needs only
 * ranks, so BM25 scores and cosine similarities never have to be put on one scale. Stateless and thread-safe.
 * Ordering is deterministic: fused score descending, then chunk id ascending.
 */
public final class ReciprocalRankFusion {

    public static final int DEFAULT_K = 60;

    private final int k;

    public ReciprocalRankFusion(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be >= 1, got: " + k);
        }
        this.k = k;
    }

    public int k() {
        return k;
    }

    /**
     * Fuses the rankings (retriever name to its chunks, best first). A chunk listed twice by one retriever counts
     * once, at its best rank. The maps of each result keep the order of {@code rankings}.
     */
    public List<FusedChunk> fuse(Map<String, List<ScoredChunk>> rankings) {
        return fuse(rankings, Map.of());
    }

    /**
     * Weighted RRF: {@code score(d) = sum over rankings of w(source) / (k + rank(d))}; a source missing from
     * {@code weights} weighs 1. A weight of 0 keeps the source in the explanation but out of the score.
     */
    public List<FusedChunk> fuse(Map<String, List<ScoredChunk>> rankings, Map<String, Double> weights) {
        weights.forEach((source, weight) -> {
            if (weight == null || !Double.isFinite(weight) || weight < 0) {
                throw new IllegalArgumentException(
                        "weight of " + source + " must be a finite number >= 0, got: " + weight);
            }
        });
        Map<Long, Accumulator> byChunk = new HashMap<>();
        rankings.forEach((source, ranking) -> {
            double weight = weights.getOrDefault(source, 1.0);
            for (int i = 0; i < ranking.size(); i++) {
                ScoredChunk chunk = ranking.get(i);
                byChunk.computeIfAbsent(chunk.chunkId(), Accumulator::new).add(source, i + 1, chunk.score(), k, weight);
            }
        });
        List<FusedChunk> fused = new ArrayList<>(byChunk.size());
        for (Accumulator a : byChunk.values()) {
            fused.add(new FusedChunk(
                    a.chunkId, a.score, Collections.unmodifiableMap(a.ranks), Collections.unmodifiableMap(a.scores)));
        }
        fused.sort(Comparator.comparingDouble(FusedChunk::score).reversed().thenComparingLong(FusedChunk::chunkId));
        return fused;
    }

    private static final class Accumulator {
        final long chunkId;
        final Map<String, Integer> ranks = new LinkedHashMap<>();
        final Map<String, Double> scores = new LinkedHashMap<>();
        double score;

        Accumulator(long chunkId) {
            this.chunkId = chunkId;
        }

        void add(String source, int rank, double sourceScore, int k, double weight) {
            if (ranks.putIfAbsent(source, rank) == null) {
                scores.put(source, sourceScore);
                score += weight / (k + rank);
            }
        }
    }
}
