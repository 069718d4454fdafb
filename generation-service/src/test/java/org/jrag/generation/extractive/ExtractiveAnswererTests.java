package org.jrag.generation.extractive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jrag.embedding.TextEmbedder;
import org.jrag.embedding.TextTokenizer;
import org.junit.jupiter.api.Test;

class ExtractiveAnswererTests {

    private final BagOfWordsEmbedder embedder = new BagOfWordsEmbedder();
    private final ExtractiveAnswerer answerer = new ExtractiveAnswerer(
            new BreakIteratorSentenceSplitter(), new EmbeddingSentenceRanker(embedder), new ExtractiveProperties(0.3));

    private static final Passage CATS = new Passage(
            10L, 1L, "Cats", "Cats sleep sixteen hours a day. Cats purr when content. Dogs chase cats around.");
    private static final Passage PARIS =
            new Passage(20L, 2L, "Paris", "Paris is the capital of France. The Seine river flows through Paris.");
    private static final Passage RUST = new Passage(30L, 3L, "Rust", "Iron rusts when exposed to wet air.");

    @Test
    void quotesTheSentencesMostSimilarToTheQuestion() {
        // when
        Answer answer = answerer.answer(new AnswerRequest("capital of France", List.of(CATS, PARIS, RUST), 1));

        // then
        assertThat(answer.answer()).isEqualTo("Paris is the capital of France.");
        assertThat(answer.mode()).isEqualTo("extractive");
        assertThat(answer.citations())
                .containsExactly(new Citation(20L, 2L, "Paris", "Paris is the capital of France."));
    }

    @Test
    void matchesAFollowUpTogetherWithTheUsersPreviousQuestion() {
        var history = List.of(
                new ConversationTurn("user", "Which river flows through Paris?"),
                new ConversationTurn("assistant", "The Seine [1]."));
        var followUp = new AnswerRequest(
                "and the capital?", List.of(CATS, PARIS, RUST), 1, null, null, null, null, history, null);

        Answer answer = answerer.answer(followUp);

        // "capital" alone would match no better than chance; with the previous question it finds Paris's passage
        assertThat(answer.citations()).extracting(Citation::chunkId).containsExactly(2L);
    }

    @Test
    void ordersChosenSentencesByPassageThenPositionNotByScore() {
        // given: the second passage's last sentence scores highest, the first passage's last sentence next
        var request = new AnswerRequest("seine river flows dogs chase", List.of(CATS, PARIS), 2);

        // when
        Answer answer = answerer.answer(request);

        // then
        assertThat(answer.answer()).isEqualTo("Dogs chase cats around. The Seine river flows through Paris.");
        assertThat(answer.citations()).extracting(Citation::chunkId).containsExactly(1L, 2L);
    }

    @Test
    void citesEachChunkOnceWithAllItsQuotedSentences() {
        // when
        Answer answer = answerer.answer(new AnswerRequest("cats purr sleep hours", List.of(CATS, RUST), 2));

        // then
        assertThat(answer.answer()).isEqualTo("Cats sleep sixteen hours a day. Cats purr when content.");
        assertThat(answer.citations())
                .containsExactly(
                        new Citation(10L, 1L, "Cats", "Cats sleep sixteen hours a day. Cats purr when content."));
    }

    @Test
    void quotesAtMostMaxSentences() {
        // when
        Answer three = answerer.answer(new AnswerRequest("cats", List.of(CATS), 3));
        Answer one = answerer.answer(new AnswerRequest("cats", List.of(CATS), 1));

        // then
        assertThat(three.answer())
                .isEqualTo("Cats sleep sixteen hours a day. Cats purr when content. Dogs chase cats around.");
        assertThat(one.answer()).isEqualTo("Cats purr when content.");
    }

    @Test
    void leavesOutSentencesBelowTheFloor() {
        // when: only one sentence shares a word with the question
        Answer answer = answerer.answer(new AnswerRequest("iron rusts in wet air", List.of(CATS, RUST), 3));

        // then
        assertThat(answer.answer()).isEqualTo("Iron rusts when exposed to wet air.");
        assertThat(answer.citations()).extracting(Citation::chunkId).containsExactly(3L);
    }

    @Test
    void refusesWhenNoSentenceClearsTheFloor() {
        assertThatThrownBy(() -> answerer.answer(new AnswerRequest("quantum chromodynamics", List.of(CATS, PARIS))))
                .isInstanceOf(NoSupportedAnswerException.class)
                .hasMessageStartingWith("No sentence in the 2 passages is similar enough to the question")
                .hasMessageContaining("below the floor of 0.30");
    }

    @Test
    void refusesPassagesWithoutQuotableSentences() {
        assertThatThrownBy(() -> answerer.answer(new AnswerRequest("cats", List.of(new Passage(1L, 1L, null, "Hi.")))))
                .isInstanceOf(NoSupportedAnswerException.class)
                .hasMessage("None of the 1 passages holds a sentence of at least 3 words to quote");
    }

    @Test
    void refusesAnEmptyPassageList() {
        assertThatThrownBy(() -> answerer.answer(new AnswerRequest("cats", List.of())))
                .isInstanceOf(NoPassagesException.class)
                .hasMessageStartingWith("passages must not be empty");
    }

    @Test
    void embedsTheQuestionAsAQueryAndAllSentencesInOneBatch() {
        // when
        answerer.answer(new AnswerRequest("capital of France", List.of(CATS, PARIS, RUST)));

        // then
        assertThat(embedder.queries).containsExactly("capital of France");
        assertThat(embedder.batchSizes).containsExactly(6);
    }

    @Test
    void rejectsInvalidRequests() {
        assertThatThrownBy(() -> new AnswerRequest(" ", List.of(CATS)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("question must not be blank");
        assertThatThrownBy(() -> new AnswerRequest("q", List.of(CATS), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxSentences must be between 1 and 10, got: 0");
        assertThatThrownBy(() -> new AnswerRequest("q", List.of(CATS), 11))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxSentences must be between 1 and 10, got: 11");
        assertThat(new AnswerRequest("q", null).maxSentences()).isEqualTo(3);
    }

    /**
     * Deterministic stand-in for bge: a normalised bag of words over a fixed vocabulary (lower-cased, a
     * trailing "s" removed), so cosine similarity counts shared words.
     */
    private static final class BagOfWordsEmbedder implements TextEmbedder {

        private static final List<String> VOCABULARY = List.of(
                "cat", "sleep", "sixteen", "hour", "day", "purr", "content", "dog", "chase", "around", "pari",
                "capital", "france", "seine", "river", "flow", "iron", "rust", "exposed", "wet", "air");
        private static final Set<String> STOP_WORDS = Set.of("the", "of", "a", "is", "when", "to", "in", "through");

        final List<String> queries = new ArrayList<>();
        final List<Integer> batchSizes = new ArrayList<>();

        @Override
        public String modelName() {
            return "bag-of-words";
        }

        @Override
        public int dimension() {
            return VOCABULARY.size();
        }

        @Override
        public float[] embedQuery(String query) {
            queries.add(query);
            return embed(query);
        }

        @Override
        public List<float[]> embedPassages(List<String> passages) {
            batchSizes.add(passages.size());
            return passages.stream().map(BagOfWordsEmbedder::embed).toList();
        }

        @Override
        public TextTokenizer tokenizer() {
            throw new UnsupportedOperationException("not needed by the answerer");
        }

        @Override
        public void close() {}

        private static float[] embed(String text) {
            float[] vector = new float[VOCABULARY.size()];
            for (String word : text.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
                if (word.isEmpty() || STOP_WORDS.contains(word)) {
                    continue;
                }
                String stem = word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
                int index = VOCABULARY.indexOf(stem);
                if (index >= 0) {
                    vector[index] += 1f;
                }
            }
            double norm = 0;
            for (float v : vector) {
                norm += v * v;
            }
            if (norm > 0) {
                for (int i = 0; i < vector.length; i++) {
                    vector[i] /= (float) Math.sqrt(norm);
                }
            }
            return vector;
        }
    }
}
