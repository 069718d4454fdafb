package org.jrag.engine.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jrag.engine.bench.RandomModelFiles;
import org.jrag.engine.bench.TinyShape;
import org.jrag.engine.gguf.GgmlType;
import org.jrag.engine.gguf.GgufFile;
import org.jrag.engine.reference.SharedFolder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A step's logits may not depend on which of the JVM's compilers ran the kernels: the same prompt gives the same
 * bits in a JVM that only interprets ({@code -Xint}) as in this one after the kernels were compiled by C2. (The
 * Vector API's EXP and float lane sums gave other bits once compiled, so greedy picks depended on warm-up.) For the
 * F32 kernels (stories260K) and the interleaved Q8_0 and Q4_0 ones (a tiny random-weight model).
 */
class CompilerTierDeterminismTests {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"F32", "Q8_0", "Q4_0"})
    void logitsAreTheSameInterpretedAndCompiled(String type) throws Exception {
        Path model = type.equals("F32")
                ? SharedFolder.stories260K()
                : RandomModelFiles.ensure(dir, TinyShape.TINY, GgmlType.valueOf(type));
        // given the logits of a prompt and of a 3-token step after it, in this JVM once the kernels are hot
        String compiled = logits(model, 3000);
        // when a JVM that only interprets computes the same
        String interpreted = interpreted(model);
        // then every bit agrees
        assertThat(interpreted).hasSameSizeAs(compiled);
        int differing = 0;
        int first = -1;
        for (int i = 0; i < compiled.length(); i += 8) {
            if (!compiled.regionMatches(i, interpreted, i, 8)) {
                differing++;
                first = first < 0 ? i / 8 : first;
            }
        }
        assertThat(differing)
                .as("logits that differ in some bit (the first at index %d of %d)", first, compiled.length() / 8)
                .isZero();
    }

    /**
     * The logits of every position of a 37-token prompt and of a 3-token step after it, as the hex of their float
     * bits, after {@code warm} untimed forwards of another prompt.
     */
    static String logits(Path path, int warm) {
        try (GgufFile file = GgufFile.open(path)) {
            LlamaModel m = LlamaModel.load(file);
            int vocab = m.config().vocabSize();
            PagedKvCache scratch = m.newPagedKvCache(4, 16, KvCacheType.F32);
            int[] other = new int[40];
            for (int i = 0; i < other.length; i++) {
                other[i] = 3 + (i * 17) % (vocab - 3);
            }
            for (int i = 0; i < warm; i++) {
                m.forward(List.of(new SequenceChunk(other, 0, new int[] {0, 1, 2}, true)), scratch);
            }
            PagedKvCache cache = m.newPagedKvCache(4, 16, KvCacheType.F32);
            int[] table = {0, 1, 2};
            int[] prompt = new int[37];
            for (int i = 0; i < prompt.length; i++) {
                prompt[i] = 1 + (i * 53) % (vocab - 1);
            }
            StringBuilder hex = new StringBuilder();
            append(hex, m.forward(List.of(new SequenceChunk(prompt, 0, table, true)), cache)[0]);
            append(hex, m.forward(List.of(new SequenceChunk(new int[] {7, 9, 11}, 37, table, true)), cache)[0]);
            return hex.toString();
        }
    }

    private static void append(StringBuilder hex, float[] values) {
        for (float v : values) {
            hex.append(HexFormat.of().toHexDigits(Float.floatToRawIntBits(v)));
        }
    }

    private static String interpreted(Path model) throws IOException, InterruptedException {
        String launcher =
                Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(
                launcher, "-Xint", "--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED"));
        // the kernels this JVM was told to take (-Djrag.engine.q8=float, say), so that both sides run the same ones
        System.getProperties().stringPropertyNames().stream()
                .filter(name -> name.startsWith("jrag.engine."))
                .sorted()
                .forEach(name -> command.add("-D" + name + "=" + System.getProperty(name)));
        command.addAll(List.of(
                "-cp",
                System.getProperty("java.class.path"),
                CompilerTierDeterminismTests.class.getName(),
                model.toString()));
        Process p = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
        assertThat(p.waitFor(120, TimeUnit.SECONDS))
                .as("the interpreted JVM finished")
                .isTrue();
        assertThat(p.exitValue()).as("exit status of the interpreted JVM").isZero();
        return out;
    }

    /** The interpreted side: prints {@link #logits} of the model at args[0], without warm-up. */
    public static void main(String[] args) {
        System.out.println(logits(Path.of(args[0]), 0));
    }
}
