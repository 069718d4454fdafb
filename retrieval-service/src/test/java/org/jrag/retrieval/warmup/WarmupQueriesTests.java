package org.jrag.retrieval.warmup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WarmupQueriesTests {

    @Test
    void queriesAreDistinctSoThatEachOneRunsTheEmbeddingModel() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2_500; i++) {
            assertThat(seen.add(WarmupQueries.query(i))).as("query %d", i).isTrue();
        }
    }

    @Test
    void queriesAreQuestionSizedPlainWords() {
        Set<Integer> lengths = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            String query = WarmupQueries.query(i);
            assertThat(query).matches("[a-z]+( [a-z]+)*");
            int words = query.split(" ").length;
            assertThat(words).isBetween(8, 15);
            lengths.add(words);
        }
        assertThat(lengths).hasSize(8);
    }

    @Test
    void theSameIndexGivesTheSameQuery() {
        assertThat(WarmupQueries.query(42)).isEqualTo(WarmupQueries.query(42));
        assertThat(WarmupQueries.query(42)).isNotEqualTo(WarmupQueries.query(43));
    }

    @Test
    void negativeIndexIsRejected() {
        assertThatThrownBy(() -> WarmupQueries.query(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("index must be >= 0, got: -1");
    }

    @Test
    void propertiesRejectNegativeSearchesAndNoConcurrency() {
        assertThat(new WarmupProperties(0, 1).searches()).isZero();
        assertThatThrownBy(() -> new WarmupProperties(-1, 1))
                .hasMessage("rag.retrieval.warmup.searches must be >= 0, got: -1");
        assertThatThrownBy(() -> new WarmupProperties(10, 0))
                .hasMessage("rag.retrieval.warmup.concurrency must be >= 1, got: 0");
    }

    @Test
    void warmUpSearchesAreSentInATraceThatIsNotSampled() {
        assertThat(SearchWarmup.unsampledTraceContext())
                .matches("00-[0-9a-f]{32}-[0-9a-f]{16}-00")
                .isNotEqualTo(SearchWarmup.unsampledTraceContext());
    }
}
