package org.jrag.engine.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.jrag.engine.bench.BenchShape;
import org.jrag.engine.bench.RandomModelFiles;
import org.jrag.engine.gguf.GgmlType;
import org.jrag.engine.gguf.GgufFile;
import org.jrag.engine.tensor.PanamaTensorKernels;
import org.jrag.engine.tensor.Q4_0x8Tensor;
import org.jrag.engine.tensor.Q8_0x8RunsTensor;
import org.jrag.engine.tensor.Q8_0x8Tensor;
import org.jrag.engine.tensor.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Q8_0 / Q4_0 matrices repacked at load into 8-row interleaved groups decode like the mapped row-major ones (Q4_0 up
 * to the 8-bit rounding of the activations in its interleaved decode kernel).
 */
class RepackedWeightsTests {
    /** Vocabulary 304 (a multiple of 8), so the tied output matrix is repacked too; the embedding stays mapped. */
    private static final BenchShape SHAPE =
            new BenchShape("tiny-repack", 2, 256, 4, 2, 384, 304, 10000f, 512, "smollm", 0, 17, 1, 2);

    @TempDir
    static Path dir;

    @ParameterizedTest
    @EnumSource(
            value = GgmlType.class,
            names = {"Q8_0", "Q4_0"})
    void repackedModelDecodesAsTheMappedOne(GgmlType type) {
        try (GgufFile f = GgufFile.open(RandomModelFiles.ensure(dir, SHAPE, type))) {
            LlamaConfig c = LlamaConfig.from(f.metadata());
            LlamaWeights packed = LlamaWeights.load(f, c, true);
            LlamaWeights mapped = LlamaWeights.load(f, c, false);
            // given every projection and the tied output repacked, the embedding still the file's row-major view
            Class<? extends Tensor> interleaved = type != GgmlType.Q8_0
                    ? Q4_0x8Tensor.class
                    : Q8_0x8RunsTensor.preferred() ? Q8_0x8RunsTensor.class : Q8_0x8Tensor.class;
            assertThat(packed.layers()[1].wDown()).isInstanceOf(interleaved);
            assertThat(packed.layers()[0].wk()).isInstanceOf(interleaved);
            assertThat(packed.output()).isInstanceOf(interleaved);
            assertThat(packed.tokenEmbedding()).isNotInstanceOf(interleaved);
            assertThat(mapped.layers()[1].wDown()).isNotInstanceOf(interleaved);
            // when both decode the same prompt token by token (the matrix-vector kernels)
            LlamaModel a = new LlamaModel(c, packed);
            LlamaModel b = new LlamaModel(c, mapped);
            KvCache ca = a.newKvCache(16);
            KvCache cb = b.newKvCache(16);
            SplittableRandom rnd = new SplittableRandom(9);
            double worst = 0;
            double largest = 0;
            for (int pos = 0; pos < 12; pos++) {
                int token = rnd.nextInt(SHAPE.vocabSize());
                float[] la = a.forward(new int[] {token}, pos, ca, false);
                float[] lb = b.forward(new int[] {token}, pos, cb, false);
                worst = Math.max(worst, LlamaModelTests.maxAbsDiff(la, lb));
                largest = Math.max(largest, LlamaModelTests.maxAbsDiff(lb, new float[lb.length]));
            }
            // then the logits agree to float rounding (only the summation order differs); Q4_0 to the 8-bit
            // rounding of the activations that its interleaved kernel does as llama.cpp's q4_0 x q8_0 dot (measured
            // 0.0085 on logits up to ~2), Q8_0 too where its kernels sum in integers (0.015)
            System.out.printf(
                    "%s repacked vs mapped decode: max |diff| %.3g (max |logit| %.3g)%n", type, worst, largest);
            assertThat(worst).isLessThan(roundsActivations(type) ? 0.03 : 1e-5);
        }
    }

    /**
     * ~53 MB of Q8_0 matrices (8 layers of 1024 x 2816 feed-forward, a tied 8192-row output): enough that the file's
     * pages dwarf what loading classes maps meanwhile.
     */
    private static final BenchShape LARGE =
            new BenchShape("mapped-pages", 4, 1024, 8, 2, 2816, 8192, 10000f, 512, "smollm", 0, 17, 1, 2);

    @Test
    void loadingReleasesTheFilePagesOfCopiedMatrices() throws IOException {
        Path status = Path.of("/proc/self/status");
        assumeTrue(Files.isReadable(status), "needs Linux's /proc/self/status");
        Path file = RandomModelFiles.ensure(dir, LARGE, GgmlType.Q8_0);
        long fileBytes = Files.size(file);
        try (GgufFile warm = GgufFile.open(RandomModelFiles.ensure(dir, SHAPE, GgmlType.Q8_0))) {
            LlamaWeights.load(warm, LlamaConfig.from(warm.metadata()), true); // loads the classes the load needs
        }
        try (GgufFile f = GgufFile.open(file)) {
            LlamaConfig c = LlamaConfig.from(f.metadata());
            // given the file mapped and its header read
            long before = residentFileKib(status);
            // when the model loads: every matrix (and the tied output, from the embedding) copied into 8-row groups
            LlamaWeights w = LlamaWeights.load(f, c, true);
            long grown = (residentFileKib(status) - before) * 1024;
            // then the process does not keep the file's pages it read while copying (without the release: the whole
            // file, 53 MB; with it, measured under 1 MB)
            assertThat(w.output())
                    .isInstanceOf(Q8_0x8RunsTensor.preferred() ? Q8_0x8RunsTensor.class : Q8_0x8Tensor.class);
            System.out.printf(
                    "resident file pages grew %d KiB loading a %d KiB model%n", grown / 1024, fileBytes / 1024);
            assertThat(grown).isLessThan(fileBytes / 8);
        }
    }

    /** RssFile of this process: file-backed pages mapped and resident. */
    private static long residentFileKib(Path status) throws IOException {
        return Files.readAllLines(status).stream()
                .filter(l -> l.startsWith("RssFile:"))
                .mapToLong(l -> Long.parseLong(l.replaceAll("[^0-9]", "")))
                .findFirst()
                .orElseThrow();
    }

    @ParameterizedTest
    @EnumSource(
            value = GgmlType.class,
            names = {"Q8_0", "Q4_0"})
    void repackedModelPrefillMatchesMappedTokenByTokenDecode(GgmlType type) {
        try (GgufFile f = GgufFile.open(RandomModelFiles.ensure(dir, SHAPE, type))) {
            LlamaConfig c = LlamaConfig.from(f.metadata());
            LlamaModel packed = new LlamaModel(c, LlamaWeights.load(f, c, true));
            LlamaModel mapped = new LlamaModel(c, LlamaWeights.load(f, c, false));
            // given a 13-token prompt (three 4-token tiles and one token over; 256 and 384 columns: one full and
            // one partial 256-column chunk)
            SplittableRandom rnd = new SplittableRandom(11);
            int[] prompt = rnd.ints(13, 0, SHAPE.vocabSize()).toArray();
            int vocab = SHAPE.vocabSize();
            // when the repacked model prefills it in one call (the panel kernels with the interleaved decoders) and
            // the mapped one decodes it token by token (the matrix-vector kernels)
            float[] all = packed.forward(prompt, 0, packed.newKvCache(16), true);
            KvCache cache = mapped.newKvCache(16);
            double worst = 0;
            for (int pos = 0; pos < prompt.length; pos++) {
                float[] one = mapped.forward(new int[] {prompt[pos]}, pos, cache, false);
                float[] row = Arrays.copyOfRange(all, pos * vocab, (pos + 1) * vocab);
                worst = Math.max(worst, LlamaModelTests.maxAbsDiff(row, one));
            }
            // then every position's logits agree to float rounding, as batch and token-by-token decode do; to the
            // 8-bit rounding of the activations where the interleaved kernels sum in integers at every batch size
            // (the integer passes; measured Q8_0 0.017, Q4_0 0.0072)
            System.out.printf("%s repacked prefill vs mapped decode: max |diff| %.3g%n", type, worst);
            boolean rounded = PanamaTensorKernels.integerPassesAvailable();
            assertThat(worst).isLessThan(rounded ? 0.03 : 2e-5);
        }
    }

    /**
     * Whether the repacked model's one-token products round the activations to 8-bit blocks: Q4_0 always, Q8_0 where
     * its kernels sum in integers ({@link PanamaTensorKernels#integerPassesAvailable()}).
     */
    private static boolean roundsActivations(GgmlType type) {
        return type == GgmlType.Q4_0 || type == GgmlType.Q8_0 && PanamaTensorKernels.integerPassesAvailable();
    }
}
