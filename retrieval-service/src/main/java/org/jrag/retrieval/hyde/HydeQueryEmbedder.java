package org.jrag.retrieval.hyde;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jrag.embedding.TextEmbedder;

/**
 * The dense query vector with HyDE: {@code normalize(weight * e(passage) + (1 - weight) * e(query))}, where the
 * passage is the generator's draft, embedded as a passage (no query instruction). Drafting costs a generation call,
 * so each query's draft and its embedding are kept in a bounded LRU cache; an unavailable draft is not cached, so
 * HyDE starts working as soon as generation-service can write. Thread-safe.
 */
public final class HydeQueryEmbedder {

    private final HypotheticalDocumentGenerator generator;
    private final TextEmbedder embedder;
    private final Map<String, Drafted> cache;

    public HydeQueryEmbedder(HypotheticalDocumentGenerator generator, TextEmbedder embedder, int cacheSize) {
        if (cacheSize < 1) {
            throw new IllegalArgumentException("cacheSize must be >= 1, got: " + cacheSize);
        }
        this.generator = generator;
        this.embedder = embedder;
        this.cache = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Drafted> eldest) {
                return size() > cacheSize;
            }
        };
    }

    /** The vector the dense search should use, and what HyDE did. */
    public Result embed(String query, float[] queryEmbedding, double weight) {
        if (!(weight >= 0 && weight <= 1)) {
            throw new IllegalArgumentException("hydeWeight must be in [0, 1], got: " + weight);
        }
        Drafted drafted;
        synchronized (cache) {
            drafted = cache.get(query);
        }
        if (drafted == null) {
            switch (generator.draft(query)) {
                case Hypothesis.Unavailable(String reason) -> {
                    return new Result(queryEmbedding, HydeReport.unavailable(reason));
                }
                case Hypothesis.Drafted(String passage) -> {
                    drafted = new Drafted(
                            passage, embedder.embedPassages(List.of(passage)).getFirst());
                    synchronized (cache) {
                        cache.put(query, drafted);
                    }
                }
            }
        }
        return new Result(
                mix(drafted.embedding(), queryEmbedding, weight), HydeReport.applied(drafted.passage(), weight));
    }

    /** Number of cached drafts (for tests and metrics). */
    public int cached() {
        synchronized (cache) {
            return cache.size();
        }
    }

    /** {@code normalize(w * a + (1 - w) * b)}; both inputs are unit length. */
    static float[] mix(float[] passage, float[] query, double weight) {
        float[] mixed = new float[query.length];
        double norm = 0;
        for (int i = 0; i < mixed.length; i++) {
            mixed[i] = (float) (weight * passage[i] + (1 - weight) * query[i]);
            norm += mixed[i] * mixed[i];
        }
        float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < mixed.length; i++) {
            mixed[i] *= scale;
        }
        return mixed;
    }

    /** The vector to search with and the report for the response. */
    public record Result(float[] embedding, HydeReport report) {}

    private record Drafted(String passage, float[] embedding) {}
}
