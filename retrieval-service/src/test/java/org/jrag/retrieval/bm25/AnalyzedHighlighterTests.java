package org.jrag.retrieval.bm25;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jrag.retrieval.search.Highlight;
import org.junit.jupiter.api.Test;

class AnalyzedHighlighterTests {

    private final AnalyzedHighlighter english = new AnalyzedHighlighter(Bm25Analyzer.ENGLISH.create());

    @Test
    void marksTheTextsTermsAsBm25MatchesThemStemsAndCaseIncluded() {
        String text = "The Index was rebuilt: indexing HNSW graphs keeps the indexes fresh.";

        List<Highlight> highlights = english.highlight("how are the indexes of HNSW built?", text);

        assertThat(highlights)
                .extracting(h -> text.substring(h.start(), h.end()))
                .containsExactly("Index", "indexing", "HNSW", "indexes");
    }

    @Test
    void stopWordsAndUnmatchedQueriesMarkNothing() {
        assertThat(english.highlight("the of and", "the cat of the house and more"))
                .isEmpty();
        assertThat(english.highlight("zeppelin", "Nothing about airships here."))
                .isEmpty();
        assertThat(english.highlight("anything", "")).isEmpty();
    }

    @Test
    void theStandardAnalyzerMatchesWholeWordsOnly() {
        var standard = new AnalyzedHighlighter(Bm25Analyzer.STANDARD.create());
        String text = "Runner runs a run; naïve Café.";

        assertThat(standard.highlight("run café", text))
                .extracting(h -> text.substring(h.start(), h.end()))
                .containsExactly("run", "Café");
    }
}
