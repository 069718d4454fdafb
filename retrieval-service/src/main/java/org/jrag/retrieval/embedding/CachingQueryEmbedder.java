package org.jrag.retrieval.embedding;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jrag.embedding.TextEmbedder;
import org.jrag.embedding.TextTokenizer;

/**
 * A {@link TextEmbedder} that remembers query vectors: embedding a query costs tens of milliseconds on a CPU, most of
 * a search's time, and search traffic repeats its queries. The cache is a bounded LRU keyed by the model, its query
 * instruction and the query with surrounding whitespace stripped and inner runs of whitespace collapsed to one
 * space (a BERT tokenizer splits on whitespace, so that normalisation never changes the vector). Passages are not
 * cached. Hits and misses are counted in {@code rag.retrieval.query.embedding.cache{result=hit|miss}}.
 */
public final class CachingQueryEmbedder implements TextEmbedder {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private record Key(String model, String instruction, String query) {}

    private final TextEmbedder delegate;
    private final String instruction;
    private final Map<Key, float[]> cache;
    private final Counter hits;
    private final Counter misses;

    /**
     * @param instruction the query instruction {@code delegate} applies (part of the key, so that two configurations
     *     of one model never share vectors)
     * @param size the most query vectors kept
     */
    public CachingQueryEmbedder(TextEmbedder delegate, String instruction, int size, MeterRegistry registry) {
        if (size < 1) {
            throw new IllegalArgumentException("size must be >= 1, got: " + size);
        }
        this.delegate = delegate;
        this.instruction = instruction == null ? "" : instruction;
        this.cache = new LinkedHashMap<>(Math.min(size, 1024), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, float[]> eldest) {
                return size() > size;
            }
        };
        String name = "rag.retrieval.query.embedding.cache";
        String description = "Query embeddings served from the cache (hit) or computed (miss)";
        this.hits = Counter.builder(name)
                .tag("result", "hit")
                .description(description)
                .register(registry);
        this.misses = Counter.builder(name)
                .tag("result", "miss")
                .description(description)
                .register(registry);
        Gauge.builder("rag.retrieval.query.embedding.cache.size", this, CachingQueryEmbedder::cached)
                .description("Query embeddings held in the cache")
                .register(registry);
    }

    /** The query as the cache keys it: stripped, with every run of whitespace one space. */
    static String normalize(String query) {
        return WHITESPACE.matcher(query.strip()).replaceAll(" ");
    }

    @Override
    public float[] embedQuery(String query) {
        if (query == null || query.isBlank()) {
            throw new IllegalArgumentException("query must not be blank");
        }
        String normalized = normalize(query);
        var key = new Key(delegate.modelName(), instruction, normalized);
        float[] vector;
        synchronized (cache) {
            vector = cache.get(key);
        }
        if (vector != null) {
            hits.increment();
        } else {
            // computed outside the lock: two first requests for one query may both embed it, and that is all
            misses.increment();
            vector = delegate.embedQuery(normalized);
            synchronized (cache) {
                cache.put(key, vector);
            }
        }
        // callers own what they get (HyDE mixes vectors), the cache keeps its own copy
        return vector.clone();
    }

    /** Query vectors held now. */
    public int cached() {
        synchronized (cache) {
            return cache.size();
        }
    }

    /** Forgets every cached vector (the start-up warm-up's made-up queries, for one). */
    public void clear() {
        synchronized (cache) {
            cache.clear();
        }
    }

    @Override
    public String modelName() {
        return delegate.modelName();
    }

    @Override
    public int dimension() {
        return delegate.dimension();
    }

    @Override
    public List<float[]> embedPassages(List<String> passages) {
        return delegate.embedPassages(passages);
    }

    @Override
    public String queryText(String query) {
        return delegate.queryText(query);
    }

    @Override
    public String passageText(String passage) {
        return delegate.passageText(passage);
    }

    @Override
    public TextTokenizer tokenizer() {
        return delegate.tokenizer();
    }

    @Override
    public void close() {
        delegate.close();
    }
}
