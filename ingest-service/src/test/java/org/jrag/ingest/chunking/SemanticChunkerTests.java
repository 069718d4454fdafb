package org.jrag.ingest.chunking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jrag.embedding.TextEmbedder;
import org.jrag.embedding.TextTokenizer;
import org.junit.jupiter.api.Test;

class SemanticChunkerTests {

    /** Embeds by topic word, so the similarity of two sentences is known: 1 for one topic, 0 across topics. */
    private record TopicEmbedder(TextTokenizer tokenizer) implements TextEmbedder {

        @Override
        public List<float[]> embedPassages(List<String> passages) {
            return passages.stream()
                    .map(p -> p.contains("cat")
                            ? new float[] {1, 0, 0}
                            : p.contains("stock") ? new float[] {0, 1, 0} : new float[] {0, 0, 1})
                    .toList();
        }

        @Override
        public String modelName() {
            return "topics";
        }

        @Override
        public int dimension() {
            return 3;
        }

        @Override
        public float[] embedQuery(String query) {
            return embedPassages(List.of(query)).getFirst();
        }

        @Override
        public void close() {}
    }

    private final TextTokenizer tokenizer = new WhitespaceTokenizer(512);
    private final TextEmbedder embedder = new TopicEmbedder(tokenizer);

    private static final String TEXT = "The cat sleeps. A cat purrs. My cat eats. Your cat hides. "
            + "The stock rose. A stock fell. Bonds and stock moved. The stock closed. "
            + "Then the cat woke. The cat ran. A cat jumped.";

    @Test
    void cutsWhereNeighbouringSentencesChangeTopic() {
        // when: 10 neighbour distances, 8 of 0 and 2 of 1; the 80th percentile is 0.2
        List<ChunkSpan> chunks = new SemanticChunker(embedder, 100, 80).chunk(TEXT);

        // then
        assertThat(chunks)
                .extracting(ChunkSpan::text)
                .containsExactly(
                        "The cat sleeps. A cat purrs. My cat eats. Your cat hides.",
                        "The stock rose. A stock fell. Bonds and stock moved. The stock closed.",
                        "Then the cat woke. The cat ran. A cat jumped.");
        ChunkAssertions.offsetsAndSizesHold(tokenizer, TEXT, chunks, 100);
        ChunkAssertions.indexedChunksCoverEveryTokenOnce(tokenizer, TEXT, chunks);
    }

    @Test
    void packsATopicLongerThanTheBudgetByWholeSentences() {
        List<ChunkSpan> chunks = new SemanticChunker(embedder, 6, 80).chunk(TEXT);

        assertThat(chunks)
                .extracting(ChunkSpan::text)
                .containsExactly(
                        "The cat sleeps. A cat purrs.",
                        "My cat eats. Your cat hides.",
                        "The stock rose. A stock fell.",
                        "Bonds and stock moved.",
                        "The stock closed.",
                        "Then the cat woke.",
                        "The cat ran. A cat jumped.");
        ChunkAssertions.offsetsAndSizesHold(tokenizer, TEXT, chunks, 6);
        ChunkAssertions.indexedChunksCoverEveryTokenOnce(tokenizer, TEXT, chunks);
    }

    @Test
    void oneSentenceIsOneChunkAndNoTextNoChunk() {
        var chunker = new SemanticChunker(embedder, 100, 90);

        assertThat(chunker.chunk("  Just one cat.  "))
                .extracting(ChunkSpan::text)
                .containsExactly("Just one cat.");
        assertThat(chunker.chunk(" \n ")).isEmpty();
    }
}
