package org.jrag.ingest.chunking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.jrag.embedding.TextTokenizer;
import org.junit.jupiter.api.Test;

class RecursiveChunkerTests {

    private final TextTokenizer tokenizer = new WhitespaceTokenizer(512);

    private static final String TEXT = """
            Alpha one two three. Alpha four five six.

            Beta one two. Beta three four five six seven eight nine ten eleven twelve. Beta end.

            Gamma is a single paragraph that is short.
            """;

    @Test
    void keepsWholeParagraphsTogetherWhenTheyFit() {
        // given: paragraphs of 8, 16 and 8 words
        var chunker = new RecursiveChunker(tokenizer, 16);

        // when
        List<ChunkSpan> chunks = chunker.chunk(TEXT);

        // then
        assertThat(chunks)
                .extracting(ChunkSpan::text)
                .containsExactly(
                        "Alpha one two three. Alpha four five six.",
                        "Beta one two. Beta three four five six seven eight nine ten eleven twelve. Beta end.",
                        "Gamma is a single paragraph that is short.");
        ChunkAssertions.offsetsAndSizesHold(tokenizer, TEXT, chunks, 16);
        ChunkAssertions.indexedChunksCoverEveryTokenOnce(tokenizer, TEXT, chunks);
    }

    @Test
    void packsNeighbouringParagraphsUpToTheBudget() {
        List<ChunkSpan> chunks = new RecursiveChunker(tokenizer, 40).chunk(TEXT);

        assertThat(chunks).hasSize(1);
        assertThat(chunks.getFirst().tokenCount()).isEqualTo(32);
        ChunkAssertions.indexedChunksCoverEveryTokenOnce(tokenizer, TEXT, chunks);
    }

    @Test
    void splitsAParagraphTooLongForTheBudgetAtSentences() {
        // the Beta paragraph's sentences hold 3, 11 and 2 words: 11 + 2 is over the budget
        List<ChunkSpan> chunks = new RecursiveChunker(tokenizer, 12).chunk(TEXT);

        assertThat(chunks)
                .extracting(ChunkSpan::text)
                .containsExactly(
                        "Alpha one two three. Alpha four five six.",
                        "Beta one two.",
                        "Beta three four five six seven eight nine ten eleven twelve.",
                        "Beta end.",
                        "Gamma is a single paragraph that is short.");
        ChunkAssertions.offsetsAndSizesHold(tokenizer, TEXT, chunks, 12);
        ChunkAssertions.indexedChunksCoverEveryTokenOnce(tokenizer, TEXT, chunks);
    }

    @Test
    void fallsBackToWordsForALongSentence() {
        // given: one sentence of 26 words on one line
        String text = "w ".repeat(25) + "end";

        List<ChunkSpan> chunks = new RecursiveChunker(tokenizer, 10).chunk(text);

        assertThat(chunks).extracting(ChunkSpan::tokenCount).containsExactly(10, 10, 6);
        ChunkAssertions.offsetsAndSizesHold(tokenizer, text, chunks, 10);
        ChunkAssertions.indexedChunksCoverEveryTokenOnce(tokenizer, text, chunks);
    }

    @Test
    void fallsBackToTokenWindowsForAWordLongerThanTheBudget() {
        // given: a tokenizer with one token per character, and a 26-character word between two short ones
        TextTokenizer perCharacter = new CharacterTokenizer();
        String text = "ab abcdefghijklmnopqrstuvwxyz cd";

        List<ChunkSpan> chunks = new RecursiveChunker(perCharacter, 10).chunk(text);

        assertThat(chunks)
                .extracting(ChunkSpan::text)
                .containsExactly("ab", "abcdefghij", "klmnopqrst", "uvwxyz", "cd");
        ChunkAssertions.offsetsAndSizesHold(perCharacter, text, chunks, 10);
        ChunkAssertions.indexedChunksCoverEveryTokenOnce(perCharacter, text, chunks);
    }

    @Test
    void coversALongIrregularDocumentWithoutLosingTokens() {
        var text = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            text.append("Sentence ")
                    .append(i)
                    .append(" has ")
                    .append("word ".repeat(i % 13))
                    .append("here. ");
            if (i % 7 == 0) {
                text.append("\n\n");
            }
            if (i % 11 == 0) {
                text.append("\n- list item ").append(i).append('\n');
            }
        }
        String document = text.toString();

        List<ChunkSpan> chunks = new RecursiveChunker(tokenizer, 50).chunk(document);

        ChunkAssertions.offsetsAndSizesHold(tokenizer, document, chunks, 50);
        ChunkAssertions.indexedChunksCoverEveryTokenOnce(tokenizer, document, chunks);
    }

    @Test
    void rejectsABudgetTheModelCannotRead() {
        assertThatThrownBy(() -> new RecursiveChunker(tokenizer, 511))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("chunkTokens must be between 1 and 510, got: 511");
    }
}
