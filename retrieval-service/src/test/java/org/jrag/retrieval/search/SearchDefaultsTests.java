package org.jrag.retrieval.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchDefaultsTests {

    private static final SearchDefaults RERANKED_BM25 =
            new SearchDefaults(SearchMode.BM25, Map.of("bm25", 2.0), null, null, true, 500, null, 0.2);

    @Test
    void severalCollectionsShareTheOptionsEveryOneOfThemSetsAlike() {
        var alsoReranked = new SearchDefaults(SearchMode.BM25, Map.of("bm25", 1.0), true, null, true, null, 40, 0.2);

        assertThat(SearchDefaults.common(List.of(RERANKED_BM25, alsoReranked)))
                .isEqualTo(new SearchDefaults(SearchMode.BM25, null, null, null, true, null, null, 0.2));
        assertThat(SearchDefaults.common(List.of(RERANKED_BM25, SearchDefaults.NONE)))
                .isEqualTo(SearchDefaults.NONE);
        assertThat(SearchDefaults.common(List.of(RERANKED_BM25))).isEqualTo(RERANKED_BM25);
        assertThat(SearchDefaults.common(List.of())).isEqualTo(SearchDefaults.NONE);
    }

    @Test
    void aRequestTakesTheDefaultsOnlyForWhatItLeavesUnset() {
        var request = new SearchRequest(
                "q", "docs", null, null, 3, null, Map.of("dense", 3.0), null, 0.9, null, null, 100, null, null, null);

        SearchRequest defaulted = request.withDefaults(RERANKED_BM25);

        assertThat(defaulted.mode()).isEqualTo(SearchMode.BM25);
        assertThat(defaulted.weights()).isEqualTo(Map.of("dense", 3.0));
        assertThat(defaulted.hyde()).isNull();
        assertThat(defaulted.hydeWeight()).isEqualTo(0.9);
        assertThat(defaulted.rerank()).isTrue();
        assertThat(defaulted.rerankBudgetMs()).isEqualTo(500);
        assertThat(defaulted.efSearch()).isEqualTo(100);
        assertThat(defaulted.diversity()).isEqualTo(0.2);
        assertThat(defaulted.topK()).isEqualTo(3);
    }

    @Test
    void withoutDefaultsARequestReadsAsTheServiceDefaults() {
        SearchRequest plain = new SearchRequest("q", null, null, null).withDefaults(SearchDefaults.NONE);

        assertThat(plain.mode()).isEqualTo(SearchMode.HYBRID);
        assertThat(plain.weights()).isEmpty();
        assertThat(plain.diversity()).isZero();
        assertThat(plain.rerank()).isNull();
        assertThat(plain.topK()).isEqualTo(SearchRequest.DEFAULT_TOP_K);
    }
}
