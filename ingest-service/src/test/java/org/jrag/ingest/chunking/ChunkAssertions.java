package org.jrag.ingest.chunking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jrag.embedding.TextTokenizer;
import org.jrag.embedding.TokenSpan;

/** The promises every chunker makes, checked the same way for each. */
final class ChunkAssertions {

    private ChunkAssertions() {}

    /** Each chunk is the text between its offsets, counts its tokens right and fits the budget. */
    static void offsetsAndSizesHold(TextTokenizer tokenizer, String text, List<ChunkSpan> chunks, int budget) {
        assertThat(chunks).isNotEmpty();
        for (ChunkSpan chunk : chunks) {
            assertThat(chunk.text()).isEqualTo(text.substring(chunk.startOffset(), chunk.endOffset()));
            assertThat(chunk.tokenCount()).isEqualTo(tokenizer.countTokens(chunk.text()));
            if (chunk.embedded()) {
                assertThat(chunk.tokenCount()).isBetween(1, budget);
            }
        }
    }

    /** The embedded chunks, in order and without overlap, hold every token of the text exactly once. */
    static void indexedChunksCoverEveryTokenOnce(TextTokenizer tokenizer, String text, List<ChunkSpan> chunks) {
        List<ChunkSpan> indexed = chunks.stream().filter(ChunkSpan::embedded).toList();
        List<TokenSpan> tokens = tokenizer.tokenize(text);
        for (int i = 1; i < indexed.size(); i++) {
            assertThat(indexed.get(i).startOffset())
                    .as("chunk %d starts after chunk %d ends", i, i - 1)
                    .isGreaterThanOrEqualTo(indexed.get(i - 1).endOffset());
        }
        assertThat(indexed.stream().mapToInt(ChunkSpan::tokenCount).sum()).isEqualTo(tokens.size());
        assertThat(indexed.getFirst().startOffset()).isEqualTo(tokens.getFirst().start());
        assertThat(indexed.getLast().endOffset()).isEqualTo(tokens.getLast().end());
        // what lies between neighbouring chunks is whitespace only: concatenated, the chunks lose no text
        for (int i = 1; i < indexed.size(); i++) {
            assertThat(text.substring(
                            indexed.get(i - 1).endOffset(), indexed.get(i).startOffset()))
                    .isBlank();
        }
    }
}
