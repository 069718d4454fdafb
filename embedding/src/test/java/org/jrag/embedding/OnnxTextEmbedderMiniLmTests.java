package org.jrag.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OnnxTextEmbedderMiniLmTests {

    private static final List<String> PAIRS = List.of(
            "The cat sits on the mat.", "A kitten is resting on a rug.", "Quarterly revenue grew by eight percent.");

    private static OnnxTextEmbedder embedder;

    @BeforeAll
    static void load() {
        embedder = OnnxTextEmbedder.allMiniLmL6V2();
    }

    @AfterAll
    static void close() {
        embedder.close();
    }

    @Test
    void readsDimensionAndLimitsFromTheModel() {
        assertThat(embedder.modelName()).isEqualTo("all-minilm-l6-v2-q");
        assertThat(embedder.dimension()).isEqualTo(384);
        assertThat(embedder.tokenizer().maxTokens()).isEqualTo(256);
        // the tokenizer.json truncates and pads to 128; jrag turns both off for counting
        assertThat(embedder.tokenizer().countTokens("retrieval ".repeat(300))).isEqualTo(300);
    }

    @Test
    void paraphrasesAreCloserThanUnrelatedText() {
        // given: 0.6274 / -0.0385 is what this int8 file gives with mean pooling (sentence-transformers' fp32 model:
        // about 0.6 for the paraphrase and about 0 for the unrelated pair)
        List<float[]> v = embedder.embedPassages(PAIRS);

        // then
        float paraphrase = VectorMath.dot(v.get(0), v.get(1));
        assertThat(paraphrase).isCloseTo(0.6274f, within(0.003f));
        assertThat(VectorMath.dot(v.get(0), v.get(2))).isLessThan(paraphrase - 0.5f);
        assertThat(VectorMath.dot(v.get(1), v.get(2))).isLessThan(paraphrase - 0.5f);
        assertThat(VectorMath.dot(v.getFirst(), v.getFirst())).isCloseTo(1f, within(1e-4f));
    }

    @Test
    void noQueryInstruction() {
        float[] query = embedder.embedQuery("vector databases");
        float[] passage = embedder.embedPassages(List.of("vector databases")).getFirst();
        assertThat(VectorMath.cosine(query, passage)).isGreaterThan(0.99999f);
    }

    @Test
    void putsEachInstructionBeforeItsOwnKindOfTextOnly() {
        // given: the model as e5-style models are configured
        EmbeddingModelSpec spec = EmbeddingModelSpec.of(
                new EmbeddingModelSettings("all-minilm-l6-v2", null, null, null, "query: ", null, null, "passage: "));

        try (OnnxTextEmbedder instructed = OnnxTextEmbedder.load(spec, 1)) {
            // then a passage is read after the passage instruction, a query after the query instruction alone
            assertThat(instructed.passageText("hnsw graphs")).isEqualTo("passage: hnsw graphs");
            assertThat(VectorMath.cosine(
                            instructed.embedPassages(List.of("hnsw graphs")).getFirst(),
                            embedder.embedPassages(List.of("passage: hnsw graphs"))
                                    .getFirst()))
                    .isGreaterThan(0.99999f);
            assertThat(VectorMath.cosine(
                            instructed.embedQuery("hnsw graphs"),
                            embedder.embedPassages(List.of("query: hnsw graphs"))
                                    .getFirst()))
                    .isGreaterThan(0.99999f);
            assertThat(instructed.spec().fingerprint())
                    .isNotEqualTo(embedder.spec().fingerprint());
        }
    }

    @Test
    void loadsAnyBertStyleModelByPath(@TempDir Path dir) throws IOException {
        // given: the same model as plain files, described only by configuration
        Path onnx = copy("/all-minilm-l6-v2-q.onnx", dir.resolve("model.onnx"));
        Path tokenizerJson = copy("/all-minilm-l6-v2-q-tokenizer.json", dir.resolve("tokenizer.json"));
        EmbeddingModelSpec spec = EmbeddingModelSpec.of(new EmbeddingModelSettings(
                "minilm-from-disk", onnx.toString(), tokenizerJson.toString(), Pooling.MEAN, null, 256, null));

        // when
        try (OnnxTextEmbedder fromDisk = OnnxTextEmbedder.load(spec, 1)) {
            List<float[]> v = fromDisk.embedPassages(PAIRS);

            // then
            assertThat(fromDisk.modelName()).isEqualTo("minilm-from-disk");
            assertThat(fromDisk.dimension()).isEqualTo(384);
            List<float[]> builtIn = embedder.embedPassages(PAIRS);
            for (int i = 0; i < PAIRS.size(); i++) {
                assertThat(VectorMath.cosine(v.get(i), builtIn.get(i))).isGreaterThan(0.99999f);
            }
        }
    }

    private static Path copy(String resource, Path target) throws IOException {
        try (InputStream in = OnnxTextEmbedderMiniLmTests.class.getResourceAsStream(resource)) {
            Files.copy(in, target);
        }
        return target;
    }
}
