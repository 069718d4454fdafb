package org.jrag.generation.extractive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BreakIteratorSentenceSplitterTests {

    private final SentenceSplitter splitter = new BreakIteratorSentenceSplitter();

    @Test
    void splitsEachPassageIntoTrimmedSentencesRememberingTheirOrigin() {
        // given
        var passages = List.of(
                passage(1, "  The cat sat on the mat.  It was a sunny day!\nWas the dog asleep?  "),
                passage(2, "The coffee cost $3.50 at the shop. Then he left the shop."));

        // when
        List<Sentence> sentences = splitter.split(passages);

        // then
        assertThat(sentences)
                .containsExactly(
                        new Sentence(0, 0, "The cat sat on the mat."),
                        new Sentence(0, 1, "It was a sunny day!"),
                        new Sentence(0, 2, "Was the dog asleep?"),
                        new Sentence(1, 0, "The coffee cost $3.50 at the shop."),
                        new Sentence(1, 1, "Then he left the shop."));
    }

    @Test
    void dropsFragmentsOfFewerThanThreeWords() {
        // given
        var passages = List.of(passage(1, "Introduction\n\nOk. Yes, indeed. The answer is forty two.\n\n- - -"));

        // when
        List<Sentence> sentences = splitter.split(passages);

        // then
        assertThat(sentences).extracting(Sentence::text).containsExactly("The answer is forty two.");
    }

    @Test
    void endsSentencesAtBlankLinesAndCollapsesWhitespace() {
        // given
        var passages = List.of(passage(1, "# Getting started with jrag\n\nInstall the   service\nwith Maven first."));

        // when
        List<Sentence> sentences = splitter.split(passages);

        // then
        assertThat(sentences).containsExactly(new Sentence(0, 0, "Install the service with Maven first."));
    }

    @Test
    void leavesOutMarkdownHeadingsAndEndsTheSentenceBeforeThem() {
        // given: a heading with no blank line around it, as a chunk boundary can leave it
        var passages = List.of(passage(
                1,
                "It runs two retrievers side by side.\n## Keeping the index in step\n"
                        + "The service tails the change log."));

        // when
        List<Sentence> sentences = splitter.split(passages);

        // then
        assertThat(sentences)
                .extracting(Sentence::text)
                .containsExactly("It runs two retrievers side by side.", "The service tails the change log.");
    }

    @Test
    void returnsNothingForPassagesWithoutSentences() {
        assertThat(splitter.split(List.of(passage(1, ""), passage(2, "  Hi.  "))))
                .isEmpty();
    }

    private static Passage passage(long chunkId, String text) {
        return new Passage(100 + chunkId, chunkId, "title " + chunkId, text);
    }
}
