package org.jrag.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.jrag.engine.reference.SharedFolder;
import org.junit.jupiter.api.Test;

class EngineCliTests {
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
    void rejectsUnknownCommands() {
        assertThatThrownBy(() -> cli.run(new String[] {"train", "x.gguf"}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unknown command 'train'");
    }
}
