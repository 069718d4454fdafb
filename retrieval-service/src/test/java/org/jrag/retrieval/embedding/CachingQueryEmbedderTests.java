package org.jrag.retrieval.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import java.util.List;
import org.jrag.embedding.TextEmbedder;
import org.jrag.embedding.TextTokenizer;
import org.junit.jupiter.api.Test;

class CachingQueryEmbedderTests {

    /** Embeds a query as [length, number of calls so far], recording what it was asked. */
    private static final class CountingEmbedder implements TextEmbedder {
        final List<String> queries = new ArrayList<>();

        @Override
        public String modelName() {
            return "counting";
        }

        @Override
        public int dimension() {
            return 2;
        }

        @Override
        public float[] embedQuery(String query) {
            queries.add(query);
            return new float[] {query.length(), queries.size()};
        }

        @Override
        public List<float[]> embedPassages(List<String> passages) {
            return passages.stream().map(p -> new float[] {p.length(), -1}).toList();
        }

        @Override
        public TextTokenizer tokenizer() {
            throw new UnsupportedOperationException("not needed here");
        }

        @Override
        public void close() {}
    }

    private final CountingEmbedder model = new CountingEmbedder();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    private double count(String result) {
        return registry.get("rag.retrieval.query.embedding.cache")
                .tag("result", result)
                .counter()
                .count();
    }

    @Test
    void embedsAQueryOnceAndServesRepeatsDifferingOnlyInWhitespaceFromTheCache() {
        var cached = new CachingQueryEmbedder(model, "Represent: ", 10, registry);

        float[] first = cached.embedQuery("which planet  is\tlargest");
        float[] again = cached.embedQuery("  which planet is largest \n");

        assertThat(model.queries).containsExactly("which planet is largest");
        assertThat(again).containsExactly(first);
        assertThat(count("miss")).isEqualTo(1);
        assertThat(count("hit")).isEqualTo(1);
        assertThat(registry.get("rag.retrieval.query.embedding.cache.size")
                        .gauge()
                        .value())
                .isEqualTo(1);
    }

    @Test
    void handsOutCopiesSoACallerCannotChangeTheCachedVector() {
        var cached = new CachingQueryEmbedder(model, "", 10, registry);

        cached.embedQuery("mars")[0] = 99;

        assertThat(cached.embedQuery("mars")).containsExactly(4, 1);
    }

    @Test
    void evictsTheLeastRecentlyUsedQueryBeyondItsSize() {
        var cached = new CachingQueryEmbedder(model, "", 2, registry);
        cached.embedQuery("a");
        cached.embedQuery("b");
        cached.embedQuery("a"); // b is now the least recently used

        cached.embedQuery("c");
        cached.embedQuery("a");
        cached.embedQuery("b");

        assertThat(model.queries).containsExactly("a", "b", "c", "b");
        assertThat(cached.cached()).isEqualTo(2);
        assertThat(count("hit")).isEqualTo(2);
        assertThat(count("miss")).isEqualTo(4);
    }

    @Test
    void clearForgetsEveryVectorSoTheNextQueryIsEmbeddedAgain() {
        var cached = new CachingQueryEmbedder(model, "", 10, registry);
        cached.embedQuery("a");
        cached.embedQuery("b");

        cached.clear();
        cached.embedQuery("a");

        assertThat(cached.cached()).isEqualTo(1);
        assertThat(model.queries).containsExactly("a", "b", "a");
        assertThat(count("miss")).isEqualTo(3);
    }

    @Test
    void passagesAreNeverCachedAndCaseIsKept() {
        var cached = new CachingQueryEmbedder(model, "", 10, registry);

        cached.embedPassages(List.of("x"));
        cached.embedPassages(List.of("x"));
        cached.embedQuery("Mars");
        cached.embedQuery("mars");

        assertThat(model.queries).containsExactly("Mars", "mars");
    }

    @Test
    void rejectsABlankQueryAndANonPositiveSize() {
        var cached = new CachingQueryEmbedder(model, "", 10, registry);

        assertThatThrownBy(() -> cached.embedQuery(" \t"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("query must not be blank");
        assertThatThrownBy(() -> new CachingQueryEmbedder(model, "", 0, new SimpleMeterRegistry()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("size must be >= 1, got: 0");
    }
}
