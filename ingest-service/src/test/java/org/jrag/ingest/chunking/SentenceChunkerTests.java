package org.jrag.ingest.chunking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jrag.embedding.TextTokenizer;
import org.junit.jupiter.api.Test;

class SentenceChunkerTests {

    private final TextTokenizer tokenizer = new WhitespaceTokenizer(512);

    @Test
    void packsWholeSentencesUpToTheBudget() {
        // given: sentences of 4, 3, 5 and 2 words; Dr. and e.g. do not end a sentence
        String text = "Dr. Smith went home. It was late. We saw e.g. two owls there. The end.";

        // when
        List<ChunkSpan> chunks = new SentenceChunker(tokenizer, 8).chunk(text);

        // then
        assertThat(chunks)
                .extracting(ChunkSpan::text)
                .containsExactly("Dr. Smith went home. It was late.", "We saw e.g. two owls there. The end.");
        ChunkAssertions.offsetsAndSizesHold(tokenizer, text, chunks, 8);
        ChunkAssertions.indexedChunksCoverEveryTokenOnce(tokenizer, text, chunks);
    }

    @Test
    void headingsAndBlankLinesEndSentences() {
        String text = "# Install\nRun the script\n\nThen check the logs";

        List<ChunkSpan> chunks = new SentenceChunker(tokenizer, 3).chunk(text);

        assertThat(chunks)
                .extracting(ChunkSpan::text)
                .containsExactly("# Install", "Run the script", "Then check the", "logs");
        ChunkAssertions.indexedChunksCoverEveryTokenOnce(tokenizer, text, chunks);
    }

    @Test
    void cutsOnlyASentenceLongerThanTheBudget() {
        // (a full stop before a lower-case word ends no sentence, so the long one starts upper-case)
        String text = "Short one. Long " + "long ".repeat(11) + "sentence. Tail here.";

        List<ChunkSpan> chunks = new SentenceChunker(tokenizer, 5).chunk(text);

        assertThat(chunks).extracting(ChunkSpan::tokenCount).containsExactly(2, 5, 5, 3, 2);
        assertThat(chunks.getFirst().text()).isEqualTo("Short one.");
        assertThat(chunks.getLast().text()).isEqualTo("Tail here.");
        ChunkAssertions.offsetsAndSizesHold(tokenizer, text, chunks, 5);
        ChunkAssertions.indexedChunksCoverEveryTokenOnce(tokenizer, text, chunks);
    }
}
