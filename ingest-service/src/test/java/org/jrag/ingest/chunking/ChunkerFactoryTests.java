package org.jrag.ingest.chunking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.jrag.embedding.TextEmbedder;
import org.jrag.embedding.TextTokenizer;
import org.junit.jupiter.api.Test;

class ChunkerFactoryTests {

    private static final ChunkingProperties DEFAULTS = new ChunkingProperties("fixed", 16, 2, 1, 64, 95);

    @Test
    void aChunkLeavesRoomForTheModelsPassageInstruction() {
        // a 20-token model with 2 special tokens: 18 tokens of text, 16 once "passage: hello" is put before each chunk
        assertThat(new ChunkerFactory(embedder(""), DEFAULTS).modelLimit()).isEqualTo(18);
        var instructed = new ChunkerFactory(embedder("passage: hello "), DEFAULTS);
        assertThat(instructed.modelLimit()).isEqualTo(16);

        assertThat(instructed.resolve(
                        ChunkingOptions.from(Map.of()), ChunkingOptions.from(Map.of("chunkTokens", "16"))))
                .isInstanceOf(ChunkingStrategy.Fixed.class);
        assertThatThrownBy(() -> instructed.resolve(
                        ChunkingOptions.from(Map.of()), ChunkingOptions.from(Map.of("chunkTokens", "17"))))
                .hasMessageContaining("chunkTokens")
                .hasMessageContaining("16");
    }

    private static TextEmbedder embedder(String passageInstruction) {
        TextTokenizer tokenizer = new WhitespaceTokenizer(20);
        return new TextEmbedder() {
            @Override
            public String modelName() {
                return "words";
            }

            @Override
            public int dimension() {
                return 2;
            }

            @Override
            public float[] embedQuery(String query) {
                return new float[] {1, 0};
            }

            @Override
            public List<float[]> embedPassages(List<String> passages) {
                return passages.stream().map(p -> new float[] {1, 0}).toList();
            }

            @Override
            public String passageText(String passage) {
                return passageInstruction + passage;
            }

            @Override
            public TextTokenizer tokenizer() {
                return tokenizer;
            }

            @Override
            public void close() {}
        };
    }
}
