package org.jrag.retrieval.rerank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cross-encoder's plumbing against a model built by the test ({@link TinyOnnxModel}: the score is the sum of the
 * pair's token ids) and the BERT-uncased vocabulary of the bundled bge tokenizer, where [CLS] = 101, [SEP] = 102,
 * "a" = 1037, "b" = 1038, "c" = 1039.
 */
class CrossEncoderRerankerTests {

    @TempDir
    Path dir;

    @Test
    void scoresEveryPairWithTheModelsLogitAcrossPaddedBatches() throws Exception {
        // given batches of two, so the second batch pads "a" to the length of "a b c"
        try (var reranker = reranker(2)) {
            // when
            double[] scores = reranker.score("a", List.of("b", "a b", "c", "a b c", "a"));

            // then [CLS] a [SEP] passage [SEP]: 101 + 1037 + 102 + passage ids + 102 = 1342 + passage ids
            assertThat(scores).containsExactly(1342 + 1038, 1342 + 1037 + 1038, 1342 + 1039, 1342 + 3114, 1342 + 1037);
        }
    }

    @Test
    void truncatesPairsToTheMaximumLength() throws Exception {
        // given at most 6 tokens: [CLS] a [SEP] + 2 passage tokens + [SEP]
        try (var reranker = new CrossEncoderReranker(model(), tokenizer(), 4, 6)) {
            assertThat(reranker.score("a", List.of("b b b b b"))).containsExactly(1342 + 2 * 1038);
        }
    }

    @Test
    void rejectsAModelWithoutInputIds() throws IOException {
        // given the tiny graph with its input renamed (same length, so the protobuf stays valid)
        byte[] renamed = new String(TinyOnnxModel.sumOfTokenIds(), StandardCharsets.ISO_8859_1)
                .replace("input_ids", "input_idz")
                .getBytes(StandardCharsets.ISO_8859_1);
        Path model = Files.write(dir.resolve("renamed.onnx"), renamed);

        assertThatThrownBy(() -> new CrossEncoderReranker(model, tokenizer(), 4, 32))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("cross-encoder " + model + " must take an input named input_ids, it takes: [")
                .hasMessageContaining("input_idz");
    }

    private CrossEncoderReranker reranker(int batchSize) throws IOException {
        return new CrossEncoderReranker(model(), tokenizer(), batchSize, 512);
    }

    private Path model() throws IOException {
        return Files.write(dir.resolve("tiny-cross-encoder.onnx"), TinyOnnxModel.sumOfTokenIds());
    }

    private Path tokenizer() throws IOException {
        Path path = dir.resolve("tokenizer.json");
        try (InputStream in = getClass().getResourceAsStream(LateInteractionReranker.TOKENIZER)) {
            Files.write(path, in.readAllBytes());
        }
        return path;
    }
}
