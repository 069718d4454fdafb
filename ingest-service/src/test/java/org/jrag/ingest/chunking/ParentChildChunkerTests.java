package org.jrag.ingest.chunking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.jrag.embedding.TextTokenizer;
import org.junit.jupiter.api.Test;

class ParentChildChunkerTests {

    private final TextTokenizer tokenizer = new WhitespaceTokenizer(512);

    @Test
    void childrenLieInsideTheirParentAndOnlyChildrenAreEmbedded() {
        // given: 30 paragraphs of 10 words
        var text = new StringBuilder();
        for (int p = 0; p < 30; p++) {
            text.append("Paragraph ").append(p).append(" says nine more words about one single topic.\n\n");
        }
        String document = text.toString();

        // when
        List<ChunkSpan> chunks = new ParentChildChunker(tokenizer, 100, 20).chunk(document);

        // then
        List<ChunkSpan> parents = chunks.stream().filter(c -> !c.embedded()).toList();
        List<ChunkSpan> children = chunks.stream().filter(ChunkSpan::embedded).toList();
        assertThat(parents).hasSize(3).allSatisfy(p -> {
            assertThat(p.parent()).isEqualTo(-1);
            assertThat(p.tokenCount()).isEqualTo(100);
            assertThat(p.metadata()).containsEntry(ParentChildChunker.ROLE, "parent");
        });
        assertThat(children).hasSize(15);
        for (int i = 0; i < chunks.size(); i++) {
            ChunkSpan chunk = chunks.get(i);
            if (chunk.embedded()) {
                ChunkSpan parent = chunks.get(chunk.parent());
                assertThat(chunk.parent()).isLessThan(i);
                assertThat(parent.embedded()).isFalse();
                assertThat(chunk.startOffset()).isGreaterThanOrEqualTo(parent.startOffset());
                assertThat(chunk.endOffset()).isLessThanOrEqualTo(parent.endOffset());
                assertThat(chunk.metadata()).containsEntry(ParentChildChunker.ROLE, "child");
            }
        }
        assertThat(parents.stream().mapToInt(ChunkSpan::tokenCount).sum()).isEqualTo(300);
        ChunkAssertions.offsetsAndSizesHold(tokenizer, document, chunks, 20);
        ChunkAssertions.indexedChunksCoverEveryTokenOnce(tokenizer, document, chunks);
    }

    @Test
    void parentsMayExceedTheModelWindowButMustExceedChildren() {
        String text = "word ".repeat(2000);

        List<ChunkSpan> chunks = new ParentChildChunker(tokenizer, 1500, 500).chunk(text);

        assertThat(chunks.stream().filter(c -> !c.embedded()).map(ChunkSpan::tokenCount))
                .containsExactly(1500, 500);
        assertThatThrownBy(() -> new ParentChildChunker(tokenizer, 64, 64))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("parentTokens must be > childTokens (64) and <= 8192, got: 64");
    }
}
