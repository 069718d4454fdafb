package org.jrag.eval.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.jrag.eval.beir.BeirDocument;
import org.jrag.eval.service.RetrievalClient.Hit;
import org.junit.jupiter.api.Test;

class DocumentRankingTests {

    @Test
    void eachDocumentTakesTheRankOfItsBestChunk() {
        // given chunks of documents 7, 8, 7, 9 (9 was not uploaded by this evaluation), 8
        List<Hit> hits = List.of(
                new Hit(70, 7, 9.0),
                new Hit(80, 8, 8.0),
                new Hit(71, 7, 7.0),
                new Hit(90, 9, 6.0),
                new Hit(81, 8, 5.0));
        Map<Long, List<String>> beirIds = Map.of(7L, List.of("doc-a"), 8L, List.of("doc-b", "doc-b-copy"));

        // when
        List<String> ranking = DocumentRanking.of(hits, beirIds);

        // then
        assertThat(ranking).containsExactly("doc-a", "doc-b", "doc-b-copy", "jrag:9");
    }

    @Test
    void uploadBodyIsTitleBlankLineText() {
        assertThat(CorpusIngest.body(new BeirDocument("1", "Title", "Text."))).isEqualTo("Title\n\nText.");
        assertThat(CorpusIngest.body(new BeirDocument("1", "", "Text."))).isEqualTo("Text.");
    }
}
