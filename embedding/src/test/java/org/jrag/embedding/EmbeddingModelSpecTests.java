package org.jrag.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddingModelSpecTests {

    @TempDir
    Path dir;

    @Test
    void namesTheBuiltInModelsInAnyCaseWithOrWithoutTheQuantisationSuffix() {
        assertThat(EmbeddingModelSpec.named("bge-small-en-v1.5")).isEqualTo(EmbeddingModelSpec.bgeSmallEnV15());
        assertThat(EmbeddingModelSpec.named(" All-MiniLM-L6-v2-q ")).isEqualTo(EmbeddingModelSpec.allMiniLmL6V2());
        assertThat(EmbeddingModelSpec.allMiniLmL6V2().pooling()).isEqualTo(Pooling.MEAN);
        assertThat(EmbeddingModelSpec.allMiniLmL6V2().maxBatch()).isEqualTo(1);
    }

    @Test
    void rejectsUnknownNames() {
        assertThatThrownBy(() -> EmbeddingModelSpec.named("e5-large"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown embedding model: e5-large (built in: [bge-small-en-v1.5-q, all-minilm-l6-v2-q];"
                        + " configure onnxModel and tokenizer paths for any other BERT-style model)");
    }

    @Test
    void fingerprintsWhatPassageVectorsDependOnAndNotTheNameOrQueryInstruction() throws IOException {
        Path onnx = Files.write(dir.resolve("model.onnx"), new byte[] {1, 2, 3});
        Path tokenizer = Files.writeString(dir.resolve("tokenizer.json"), "{\"model\":{\"vocab\":{}}}");
        var base = new EmbeddingModelSpec("a", onnx.toString(), tokenizer.toString(), Pooling.MEAN, "", 256, 1);

        assertThat(base.fingerprint()).matches("[0-9a-f]{64}");
        // the same bytes under another name, with another query instruction or batch size: the same vectors
        assertThat(new EmbeddingModelSpec("b", onnx.toString(), tokenizer.toString(), Pooling.MEAN, "query: ", 256, 8)
                        .fingerprint())
                .isEqualTo(base.fingerprint());
        // another pooling, input limit or file: other vectors
        assertThat(new EmbeddingModelSpec("a", onnx.toString(), tokenizer.toString(), Pooling.CLS, "", 256, 1)
                        .fingerprint())
                .isNotEqualTo(base.fingerprint());
        assertThat(new EmbeddingModelSpec("a", onnx.toString(), tokenizer.toString(), Pooling.MEAN, "", 128, 1)
                        .fingerprint())
                .isNotEqualTo(base.fingerprint());
        assertThat(new EmbeddingModelSpec(
                                "a", onnx.toString(), tokenizer.toString(), Pooling.MEAN, "", 256, 1, "passage: ")
                        .fingerprint())
                .isNotEqualTo(base.fingerprint());
        String before = base.fingerprint();
        Files.write(onnx, new byte[] {1, 2, 4});
        assertThat(base.fingerprint()).isNotEqualTo(before);
    }

    @Test
    void settingsOverrideABuiltInModel() {
        EmbeddingModelSpec spec = EmbeddingModelSpec.of(
                new EmbeddingModelSettings("bge-small-en-v1.5-q", null, " ", null, "query: ", 256, null));

        assertThat(spec.name()).isEqualTo("bge-small-en-v1.5-q");
        assertThat(spec.onnxModel()).isEqualTo("classpath:/bge-small-en-v1.5-q.onnx");
        assertThat(spec.queryInstruction()).isEqualTo("query: ");
        assertThat(spec.maxTokens()).isEqualTo(256);
        assertThat(spec.maxBatch()).isEqualTo(1);
        assertThat(spec.pooling()).isEqualTo(Pooling.CLS);
    }

    @Test
    void customModelTakesItsLimitFromTheTokenizerAndItsNameFromTheFile() throws IOException {
        // given: a tokenizer.json that truncates at 128 tokens
        Path tokenizer = Files.writeString(
                dir.resolve("tokenizer.json"),
                "{\"version\":\"1.0\",\"truncation\":{\"direction\":\"Right\",\"max_length\":128,\"stride\":0},"
                        + "\"padding\":null,\"model\":{\"vocab\":{}}}");
        String model = dir.resolve("e5-small-v2.onnx").toString();

        // when
        EmbeddingModelSpec spec = EmbeddingModelSpec.of(
                new EmbeddingModelSettings(null, model, tokenizer.toString(), Pooling.MEAN, null, null, 4));

        // then
        assertThat(spec)
                .isEqualTo(
                        new EmbeddingModelSpec("e5-small-v2", model, tokenizer.toString(), Pooling.MEAN, "", 128, 4));
    }

    @Test
    void customModelWithoutTruncationDefaultsTo512Tokens() throws IOException {
        Path tokenizer = Files.writeString(dir.resolve("tokenizer.json"), "{\"truncation\":null,\"model\":{}}");

        EmbeddingModelSpec spec = EmbeddingModelSpec.of(new EmbeddingModelSettings(
                "mine", "/models/mine.onnx", tokenizer.toString(), Pooling.CLS, null, null, null));

        assertThat(spec.maxTokens()).isEqualTo(512);
        assertThat(spec.maxBatch()).isEqualTo(1);
        assertThat(spec.name()).isEqualTo("mine");
    }

    @Test
    void customModelNeedsBothFilesAndAPooling() {
        assertThatThrownBy(() -> EmbeddingModelSpec.of(
                        new EmbeddingModelSettings(null, "/m/model.onnx", null, Pooling.MEAN, null, null, null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a custom embedding model needs both onnxModel and tokenizer, got: "
                        + "onnxModel=/m/model.onnx, tokenizer=null");
        assertThatThrownBy(() -> EmbeddingModelSpec.of(
                        new EmbeddingModelSettings(null, "/m/model.onnx", "/m/tokenizer.json", null, null, null, null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a custom embedding model needs pooling (CLS or MEAN) for /m/model.onnx:"
                        + " the ONNX file does not say which");
        assertThatThrownBy(() -> EmbeddingModelSpec.of(EmbeddingModelSettings.named(null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("set either a built-in model name or onnxModel and tokenizer paths");
    }
}
