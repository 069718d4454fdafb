package org.jrag.ingest.chunking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.jrag.embedding.TextTokenizer;
import org.junit.jupiter.api.Test;

class SentenceWindowChunkerTests {

    private final TextTokenizer tokenizer = new WhitespaceTokenizer(512);

    @Test
    void indexesEachSentenceWithItsNeighboursAsWindow() {
        // given
        String text = "One is first. Two follows. Three is middle. Four comes next. Five ends it.";

        // when
        List<ChunkSpan> chunks = new SentenceWindowChunker(tokenizer, 1, 32).chunk(text);

        // then
        assertThat(chunks)
                .extracting(ChunkSpan::text)
                .containsExactly(
                        "One is first.", "Two follows.", "Three is middle.", "Four comes next.", "Five ends it.");
        assertThat(window(chunks.get(0)).get("text")).isEqualTo("One is first. Two follows.");
        assertThat(window(chunks.get(2)).get("text")).isEqualTo("Two follows. Three is middle. Four comes next.");
        assertThat(window(chunks.get(4)).get("text")).isEqualTo("Four comes next. Five ends it.");
        for (ChunkSpan chunk : chunks) {
            Map<?, ?> window = window(chunk);
            int start = (Integer) window.get("startOffset");
            int end = (Integer) window.get("endOffset");
            assertThat(window.get("text")).isEqualTo(text.substring(start, end));
            assertThat(start).isLessThanOrEqualTo(chunk.startOffset());
            assertThat(end).isGreaterThanOrEqualTo(chunk.endOffset());
        }
        ChunkAssertions.offsetsAndSizesHold(tokenizer, text, chunks, 32);
        ChunkAssertions.indexedChunksCoverEveryTokenOnce(tokenizer, text, chunks);
    }

    @Test
    void aSentenceOverTheBudgetIsIndexedInPiecesSharingItsWindow() {
        String text = "Short. Word " + "word ".repeat(8) + "end. Last.";

        List<ChunkSpan> chunks = new SentenceWindowChunker(tokenizer, 0, 4).chunk(text);

        assertThat(chunks).extracting(ChunkSpan::tokenCount).containsExactly(1, 4, 4, 2, 1);
        assertThat(window(chunks.get(1))).isEqualTo(window(chunks.get(3)));
        assertThat(window(chunks.get(1)).get("text")).isEqualTo("Word " + "word ".repeat(8) + "end.");
        ChunkAssertions.indexedChunksCoverEveryTokenOnce(tokenizer, text, chunks);
    }

    private static Map<?, ?> window(ChunkSpan chunk) {
        return (Map<?, ?>) chunk.metadata().get(SentenceWindowChunker.WINDOW);
    }
}
