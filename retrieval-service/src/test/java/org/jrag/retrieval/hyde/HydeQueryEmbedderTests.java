package org.jrag.retrieval.hyde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jrag.embedding.TextEmbedder;
import org.jrag.embedding.TextTokenizer;
import org.junit.jupiter.api.Test;

class HydeQueryEmbedderTests {

    private final List<String> embedded = new ArrayList<>();
    private final AtomicInteger drafts = new AtomicInteger();

    /** Embeds every passage as the unit vector (0, 1). */
    private final TextEmbedder embedder = new TextEmbedder() {
        @Override
        public String modelName() {
            return "fake";
        }

        @Override
        public int dimension() {
            return 2;
        }

        @Override
        public float[] embedQuery(String query) {
            return new float[] {1, 0};
        }

        @Override
        public List<float[]> embedPassages(List<String> passages) {
            embedded.addAll(passages);
            return passages.stream().map(p -> new float[] {0, 1}).toList();
        }

        @Override
        public TextTokenizer tokenizer() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void close() {}
    };

    @Test
    void mixesThePassageEmbeddingWithTheQuerysAndCachesTheDraft() {
        // given a generator that drafts one passage per query
        var hyde = new HydeQueryEmbedder(
                query -> {
                    drafts.incrementAndGet();
                    return new Hypothesis.Drafted("draft for " + query);
                },
                embedder,
                2);

        // when the same query comes twice
        HydeQueryEmbedder.Result first = hyde.embed("q1", new float[] {1, 0}, 0.5);
        HydeQueryEmbedder.Result again = hyde.embed("q1", new float[] {1, 0}, 1.0);

        // then (0.5, 0.5) normalised, then the passage alone; drafted and embedded once
        assertThat(first.embedding()[0]).isCloseTo((float) Math.sqrt(0.5), within(1e-6f));
        assertThat(first.embedding()[1]).isCloseTo((float) Math.sqrt(0.5), within(1e-6f));
        assertThat(again.embedding()).containsExactly(0f, 1f);
        assertThat(first.report()).isEqualTo(HydeReport.applied("draft for q1", 0.5));
        assertThat(drafts).hasValue(1);
        assertThat(embedded).containsExactly("draft for q1");
    }

    @Test
    void evictsTheLeastRecentlyUsedDraft() {
        var hyde = new HydeQueryEmbedder(
                query -> {
                    drafts.incrementAndGet();
                    return new Hypothesis.Drafted("draft for " + query);
                },
                embedder,
                2);

        hyde.embed("q1", new float[] {1, 0}, 0.5);
        hyde.embed("q2", new float[] {1, 0}, 0.5);
        hyde.embed("q1", new float[] {1, 0}, 0.5); // q1 is now the most recent
        hyde.embed("q3", new float[] {1, 0}, 0.5); // evicts q2
        hyde.embed("q1", new float[] {1, 0}, 0.5);
        hyde.embed("q2", new float[] {1, 0}, 0.5);

        assertThat(hyde.cached()).isEqualTo(2);
        assertThat(embedded).containsExactly("draft for q1", "draft for q2", "draft for q3", "draft for q2");
    }

    @Test
    void keepsTheQueryVectorAndDoesNotCacheWhenUnavailable() {
        var hyde = new HydeQueryEmbedder(
                query -> {
                    drafts.incrementAndGet();
                    return new Hypothesis.Unavailable("generation-service runs in extractive mode");
                },
                embedder,
                2);
        float[] query = {1, 0};

        HydeQueryEmbedder.Result result = hyde.embed("q1", query, 0.5);
        hyde.embed("q1", query, 0.5);

        assertThat(result.embedding()).isSameAs(query);
        assertThat(result.report()).isEqualTo(HydeReport.unavailable("generation-service runs in extractive mode"));
        assertThat(drafts).hasValue(2);
        assertThat(hyde.cached()).isZero();
    }
}
