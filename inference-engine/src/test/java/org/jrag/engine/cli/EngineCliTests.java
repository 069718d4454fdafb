package org.jrag.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jrag.engine.gguf.GgufFile;
import org.jrag.engine.gguf.GgufTensorInfo;
import org.jrag.engine.gguf.GgufWriter;
import org.jrag.engine.reference.SharedFolder;
import org.jrag.engine.tokenizer.Tokenizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngineCliTests {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final EngineCli cli = new EngineCli(new PrintStream(bytes, true, StandardCharsets.UTF_8));

    @Test
    void inspectListsMetadataAndTensors() {
        int rc = cli.run(new String[] {"inspect", SharedFolder.stories260K().toString()});
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(rc).isZero();
        assertThat(out).contains("GGUF v3").contains("tokenizer.ggml.tokens").contains("[STRING x 512]");
        assertThat(out).containsPattern("token_embd\\.weight\\s+F32\\s+\\[64, 512\\]");
        assertThat(out).contains("tensors (48):");
    }

    @Test
    void generatePrintsTheGreedyContinuationAndSpeeds() {
        int rc = cli.run(
                new String[] {"generate", SharedFolder.stories260K().toString(), "Once upon a time", "-n", "12"});
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(rc).isZero();
        assertThat(out).startsWith("Once upon a time, there was a little girl named Lily.");
        assertThat(out).containsPattern("prefill: 5 tokens, [0-9.]+ tokens/s; decode: 12 tokens, [0-9.]+ tokens/s");
    }

    @Test
    void generateStopsAtAStopStringWithSamplingOptions() {
        int rc = cli.run(new String[] {
            "generate",
            SharedFolder.stories260K().toString(),
            "Once upon a time",
            "-n",
            "40",
            "--stop",
            "Lily",
            "--top-k",
            "1",
            "--top-p",
            "0.9",
            "--min-p",
            "0.05",
            "--repeat-penalty",
            "1.0",
            "--temp",
            "0.8"
        });
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(rc).isZero();
        // top-k 1 makes the sampler greedy whatever the temperature
        assertThat(out)
                .startsWith("Once upon a time, there was a little girl named \n")
                .contains("(STOP_STRING)");
    }

    @Test
    void generateWithBeamSearchPrintsTheBestHypothesis() {
        int rc = cli.run(new String[] {
            "generate", SharedFolder.stories260K().toString(), "Once upon a time", "-n", "8", "--beam", "2"
        });
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(rc).isZero();
        assertThat(out)
                .startsWith("Once upon a time, there was a little girl")
                .containsPattern("beam 2: 8 tokens, log-prob -[0-9.]+");
    }

    @Test
    void generateInChatModeRendersTheModelsTemplate() {
        // given stories260K with a Llama 2 chat template added to its metadata
        Path model = dir.resolve("chat.gguf");
        try (GgufFile f = GgufFile.open(SharedFolder.stories260K())) {
            GgufWriter w = new GgufWriter();
            f.metadata().entries().forEach(w::put);
            w.putString("tokenizer.chat_template", "{{ bos_token + '[INST] ' + message['content'] + ' [/INST]' }}");
            for (GgufTensorInfo t : f.tensorList()) {
                w.addTensor(t.name(), t.type(), t.dims(), f.tensorData(t));
            }
            w.write(model);
        }
        // when generating with --chat; then the prompt is BOS + "[INST] Hi [/INST]" (11 tokens in this vocabulary)
        int rc = cli.run(new String[] {"generate", model.toString(), "Hi", "-n", "4", "--chat"});
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(rc).isZero();
        assertThat(out).containsPattern("prefill: " + promptTokens(model, "[INST] Hi [/INST]") + " tokens");
    }

    @Test
    void quantizeReportsErrorsAndSizes() {
        Path out = dir.resolve("q4.gguf");
        int rc = cli.run(new String[] {"quantize", SharedFolder.stories260K().toString(), out.toString(), "q4_0"});
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertThat(rc).isZero();
        assertThat(text).containsPattern("blk\\.0\\.attn_q\\.weight\\s+F32->Q4_0\\s+16,384\\s+2,304");
        assertThat(text).contains("kept: row length 172 is not a multiple of 32");
        assertThat(text).containsPattern("32 of 48 tensors quantized to Q4_0; file 1,185,376 -> 370,720 bytes");
    }

    @Test
    void rejectsUnknownGenerateOptions() {
        assertThatThrownBy(() -> cli.run(new String[] {"generate", "x.gguf", "hi", "--frobnicate", "1"}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown option '--frobnicate'");
    }

    private static int promptTokens(Path model, String text) {
        try (GgufFile f = GgufFile.open(model)) {
            return Tokenizer.from(f.metadata()).encode(text, true).length;
        }
    }

    @Test
    void rejectsUnknownCommands() {
        assertThatThrownBy(() -> cli.run(new String[] {"train", "x.gguf"}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unknown command 'train'");
    }
}
