package org.jrag.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OnnxTextEmbedderTests {

    private static OnnxTextEmbedder embedder;

    @BeforeAll
    static void load() {
        // two workers, so that multi-text calls go through the thread pool even on a one-core CI runner
        embedder =
                OnnxTextEmbedder.load(EmbeddingModelSpec.bgeSmallEnV15(), new EmbedderOptions(2, ExecutionDevice.AUTO));
    }

    @AfterAll
    static void close() {
        embedder.close();
    }

    @Test
    void readsDimensionFromModel() {
        assertThat(embedder.dimension()).isEqualTo(384);
        assertThat(embedder.modelName()).isEqualTo("bge-small-en-v1.5-q");
        assertThat(embedder.provider()).isEqualTo(ai.onnxruntime.OrtProvider.CPU);
        assertThat(embedder.embedPassages(List.of())).isEmpty();
    }

    @Test
    void concurrentCallersEachGetTheirOwnVectorsInOrder() throws Exception {
        // given: two callers sharing the embedder and its two workers, each with texts of different lengths
        List<String> first =
                List.of("BM25 ranks by term frequency.", "Short.", "HNSW graphs index vectors for search.");
        List<String> second = List.of("Reciprocal rank fusion adds 1/(k + rank).", "Chunks overlap by 32 tokens.");
        List<float[]> expectedFirst = first.stream()
                .map(t -> embedder.embedPassages(List.of(t)).getFirst())
                .toList();
        List<float[]> expectedSecond = second.stream()
                .map(t -> embedder.embedPassages(List.of(t)).getFirst())
                .toList();

        // when
        try (var callers = java.util.concurrent.Executors.newFixedThreadPool(2)) {
            var a = callers.submit(() -> embedder.embedPassages(first));
            var b = callers.submit(() -> embedder.embedPassages(second));

            // then
            assertSameVectors(a.get(), expectedFirst);
            assertSameVectors(b.get(), expectedSecond);
        }
    }

    private static void assertSameVectors(List<float[]> actual, List<float[]> expected) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(VectorMath.cosine(actual.get(i), expected.get(i))).isGreaterThan(0.9999f);
        }
    }

    @Test
    void paraphrasesAreCloserThanUnrelatedText() {
        // given: 0.7734 is the paraphrase similarity of the reference pipeline (ONNX Runtime 1.20.0, DJL tokenizer)
        List<float[]> v = embedder.embedPassages(List.of(
                "The cat sits on the mat.",
                "A kitten is resting on a rug.",
                "Quarterly revenue grew by eight percent."));

        // then
        assertThat(VectorMath.dot(v.get(0), v.get(1))).isCloseTo(0.7734f, within(0.002f));
        assertThat(VectorMath.dot(v.get(0), v.get(2))).isLessThan(0.4f);
        assertThat(VectorMath.dot(v.get(1), v.get(2))).isLessThan(0.4f);
    }

    @Test
    void batchedVectorsEqualOneByOneVectors() {
        // given: texts of different lengths, embedded in one call
        List<String> texts = List.of(
                "Dense retrieval finds passages by meaning.",
                "Sparse retrieval finds passages by words.",
                "A much longer passage about vector search, with several clauses, commas and a number: 42.");
        assertThat(embedder.tokenizer().countTokens(texts.get(0)))
                .isEqualTo(embedder.tokenizer().countTokens(texts.get(1)));

        // when
        List<float[]> batched = embedder.embedPassages(texts);

        // then
        for (int i = 0; i < texts.size(); i++) {
            float[] single = embedder.embedPassages(List.of(texts.get(i))).getFirst();
            assertThat(VectorMath.cosine(batched.get(i), single)).isGreaterThan(0.99999f);
        }
    }

    @Test
    void vectorsAreUnitLength() {
        float[] v = embedder.embedQuery("what is hybrid search?");
        assertThat(VectorMath.dot(v, v)).isCloseTo(1f, within(1e-4f));
    }

    @Test
    void queryInstructionChangesTheVector() {
        float[] query = embedder.embedQuery("vector databases");
        float[] passage = embedder.embedPassages(List.of("vector databases")).getFirst();
        assertThat(VectorMath.dot(query, passage)).isLessThan(0.999f).isGreaterThan(0.5f);
    }

    @Test
    void rejectsBlankQuery() {
        assertThatThrownBy(() -> embedder.embedQuery("  "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("query must not be blank");
    }

    @Test
    void tokenSpansPointIntoTheText() {
        // given: accents, punctuation and a character outside the BMP
        String text = "Café naïve 😀 vectors, 3.14!";

        // when
        List<TokenSpan> spans = embedder.tokenizer().tokenize(text);

        // then: spans are ordered, inside the text, and cover every non-space character
        assertThat(spans).isNotEmpty();
        int previousEnd = 0;
        StringBuilder covered = new StringBuilder();
        for (TokenSpan span : spans) {
            assertThat(span.start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(span.end()).isLessThanOrEqualTo(text.length());
            covered.append(text, span.start(), span.end());
            previousEnd = span.end();
        }
        assertThat(covered.toString()).isEqualTo(text.replace(" ", ""));
        assertThat(text.substring(spans.getFirst().start(), spans.getFirst().end()))
                .startsWith("Caf");
    }

    @Test
    void countsTokensWithoutSpecialTokensAndWithoutTruncation() {
        String longText = "retrieval ".repeat(700);
        assertThat(embedder.tokenizer().countTokens(longText)).isEqualTo(700);
        assertThat(embedder.tokenizer().maxTokens()).isEqualTo(512);
        assertThat(embedder.tokenizer().tokenize("")).isEmpty();
    }
}
