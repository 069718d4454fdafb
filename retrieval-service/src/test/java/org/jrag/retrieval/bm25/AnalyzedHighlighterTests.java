package org.jrag.retrieval.bm25;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.jrag.retrieval.search.Highlight;
import org.junit.jupiter.api.Test;

class AnalyzedHighlighterTests {

    private final AnalyzedHighlighter english =
            new AnalyzedHighlighter(new Bm25Index(new ByteBuffersDirectory(), 0.9f, 0.4f));

    @Test
    void marksTheTextsTermsAsBm25MatchesThemStemsAndCaseIncluded() {
        String text = "The Index was rebuilt: indexing HNSW graphs keeps the indexes fresh.";

        List<Highlight> highlights = english.highlight("how are the indexes of HNSW built?", text, null);

        assertThat(highlights)
                .extracting(h -> text.substring(h.start(), h.end()))
                .containsExactly("Index", "indexing", "HNSW", "indexes");
    }

    @Test
    void stopWordsAndUnmatchedQueriesMarkNothing() {
        assertThat(english.highlight("the of and", "the cat of the house and more", null))
                .isEmpty();
        assertThat(english.highlight("zeppelin", "Nothing about airships here.", null))
                .isEmpty();
        assertThat(english.highlight("anything", "", null)).isEmpty();
    }

    @Test
    void theStandardAnalyzerMatchesWholeWordsOnly() {
        String text = "Runner runs a run; naïve Café.";

        assertThat(english.highlight("run café", text, "standard"))
                .extracting(h -> text.substring(h.start(), h.end()))
                .containsExactly("run", "Café");
    }

    @Test
    void aCollectionsLanguageStemsItsTextAndQueries() {
        String text = "Die Katzen schlafen, eine Katze spielt mit den Häusern.";

        assertThat(english.highlight("katze haus", text, "german"))
                .extracting(h -> text.substring(h.start(), h.end()))
                .containsExactly("Katzen", "Katze", "Häusern");
        // a language this service does not know: the default analysis
        assertThat(english.highlight("katze", text, "klingon"))
                .extracting(h -> text.substring(h.start(), h.end()))
                .containsExactly("Katze");
    }
}
