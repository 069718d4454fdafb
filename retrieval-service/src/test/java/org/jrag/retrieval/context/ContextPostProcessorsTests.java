package org.jrag.retrieval.context;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jrag.embedding.TextTokenizer;
import org.jrag.embedding.TokenSpan;
import org.junit.jupiter.api.Test;

/** Each context stage on its own, over a document whose content is {@link #CONTENT}. */
class ContextPostProcessorsTests {

    /** 0         1         2         3         4         5 */
    /** 012345678901234567890123456789012345678901234567890123 */
    private static final String CONTENT = "Alpha one. Bravo two. Charlie three. Delta four. Echo.";

    /** One token per whitespace-separated word. */
    private static final TextTokenizer WORDS = new TextTokenizer() {
        @Override
        public List<TokenSpan> tokenize(String text) {
            List<TokenSpan> spans = new ArrayList<>();
            Matcher m = Pattern.compile("\\S+").matcher(text);
            while (m.find()) {
                spans.add(new TokenSpan(m.start(), m.end()));
            }
            return spans;
        }

        @Override
        public int maxTokens() {
            return 512;
        }

        @Override
        public int specialTokens() {
            return 0;
        }
    };

    @Test
    void replacesChildrenByTheirParentOnceAtTheBestChildsPlace() {
        // given children 11 and 12 of parent 100, and chunk 20 without a parent
        ContextChunk parent = slice(100, 1, 0, 36, 0);
        var expansion = new ParentChunkExpansion(ids -> Map.of(11L, parent, 12L, parent));

        // when
        List<ContextChunk> expanded = expansion.process(
                List.of(slice(12, 1, 11, 21, 0.9), slice(20, 2, 0, 10, 0.8), slice(11, 1, 0, 10, 0.7)));

        // then
        assertThat(expanded).extracting(ContextChunk::chunkId).containsExactly(100L, 20L);
        assertThat(expanded.getFirst().text()).isEqualTo("Alpha one. Bravo two. Charlie three.");
        assertThat(expanded.getFirst().score()).isEqualTo(0.9);
    }

    @Test
    void widensToTheStoredWindowKeepingItVerbatimOnlyWithOffsets() {
        var expansion = new SentenceWindowExpansion(ids -> Map.of(
                1L, new SentenceWindows.Window("Alpha one. Bravo two.", 0, 21),
                2L, new SentenceWindows.Window("Charlie three. Delta four.", null, null)));

        List<ContextChunk> expanded = expansion.process(
                List.of(slice(1, 1, 11, 21, 0.9), slice(2, 1, 22, 36, 0.8), slice(3, 1, 49, 54, 0.1)));

        assertThat(expanded.get(0)).isEqualTo(new ContextChunk(1, 1, "doc", "Alpha one. Bravo two.", 0, 21, 0.9, true));
        assertThat(expanded.get(1))
                .isEqualTo(new ContextChunk(2, 1, "doc", "Charlie three. Delta four.", 22, 36, 0.8, false));
        assertThat(expanded.get(2)).isEqualTo(slice(3, 1, 49, 54, 0.1));
    }

    @Test
    void stitchesOverlappingPassagesOfADocumentAndDropsRepeatedText() {
        // given [0,21) and [11,36) overlap, [37,48) does not; another document; a repeated non-verbatim window
        ContextChunk window = new ContextChunk(9, 1, "doc", "Alpha one. Bravo two.", 0, 10, 0.05, false);
        List<ContextChunk> chunks = List.of(
                slice(2, 1, 11, 36, 0.9),
                slice(5, 2, 0, 10, 0.8),
                slice(1, 1, 0, 21, 0.7),
                slice(3, 1, 37, 48, 0.6),
                window,
                window);

        // when
        List<ContextChunk> merged = new OverlapMerge().process(chunks);

        // then the merged passage takes the best part's place, id and score
        assertThat(merged)
                .containsExactly(
                        new ContextChunk(2, 1, "doc", "Alpha one. Bravo two. Charlie three.", 0, 36, 0.9, true),
                        slice(5, 2, 0, 10, 0.8),
                        slice(3, 1, 37, 48, 0.6),
                        window);
    }

    @Test
    void keepsTheBestPassagesThatFitTheTokenBudget() {
        // given 3 + 2 + 4 words (tokens) best first
        List<ContextChunk> chunks =
                List.of(text(1, "one two three", 0.9), text(2, "four five six seven", 0.8), text(3, "eight nine", 0.7));

        // then a budget of 5 keeps the first and skips the second for the third
        assertThat(new TokenBudget(WORDS, 5).process(chunks))
                .extracting(ContextChunk::chunkId)
                .containsExactly(1L, 3L);
        // and a budget smaller than the best passage cuts it at a token boundary
        assertThat(new TokenBudget(WORDS, 2).process(chunks))
                .singleElement()
                .satisfies(c -> assertThat(c.text()).isEqualTo("one two"));
    }

    @Test
    void putsTheBestAtBothEndsAndTheWeakestInTheMiddle() {
        assertThat(LostInTheMiddleOrdering.reorder(List.of(1, 2, 3, 4, 5, 6))).containsExactly(1, 3, 5, 6, 4, 2);
        assertThat(LostInTheMiddleOrdering.reorder(List.of(1, 2, 3, 4, 5))).containsExactly(1, 3, 5, 4, 2);
        assertThat(LostInTheMiddleOrdering.reorder(List.of(1))).containsExactly(1);
        assertThat(LostInTheMiddleOrdering.reorder(List.<Integer>of())).isEmpty();
    }

    private static ContextChunk slice(long id, long documentId, int start, int end, double score) {
        return new ContextChunk(id, documentId, "doc", CONTENT.substring(start, end), start, end, score, true);
    }

    private static ContextChunk text(long id, String text, double score) {
        return new ContextChunk(id, id, "doc", text, 0, text.length(), score, true);
    }
}
