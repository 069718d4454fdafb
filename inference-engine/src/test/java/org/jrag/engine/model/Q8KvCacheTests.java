package org.jrag.engine.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.jrag.engine.bench.RandomModelFiles;
import org.jrag.engine.bench.TinyShape;
import org.jrag.engine.gguf.GgmlType;
import org.jrag.engine.gguf.GgufFile;
import org.jrag.engine.sampling.GreedySampler;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Q8_0 KV cache (8-bit codes, a half scale per 32 values) on a random-weight model with heads of 32: its logits sit
 * near the exact cache's, and a paged cache over scattered blocks computes what a contiguous one does.
 */
class Q8KvCacheTests {
    private static GgufFile file;
    private static LlamaModel model;

    @TempDir
    static Path dir;

    @BeforeAll
    static void load() {
        file = GgufFile.open(RandomModelFiles.ensure(dir, TinyShape.TINY_HEADS_32, GgmlType.Q8_0));
        model = LlamaModel.load(file);
    }

    @AfterAll
    static void close() {
        file.close();
    }

    @Test
    void logitsStayNearTheExactCachesAndGreedyDecodingPicksTheSameTokens() {
        // given a 40-token prompt decoded greedily for 12 tokens on an F32, an F16 and a Q8_0 cache
        int[] prompt = tokens(40, 1);
        float[][] f32 = decode(prompt, 12, KvCacheType.F32);
        float[][] f16 = decode(prompt, 12, KvCacheType.F16);
        float[][] q8 = decode(prompt, 12, KvCacheType.Q8_0);
        double q8Gap = 0;
        double f16Gap = 0;
        double spread = 0;
        for (int i = 0; i < f32.length; i++) {
            q8Gap = Math.max(q8Gap, LlamaModelTests.maxAbsDiff(q8[i], f32[i]));
            f16Gap = Math.max(f16Gap, LlamaModelTests.maxAbsDiff(f16[i], f32[i]));
            for (float x : f32[i]) {
                spread = Math.max(spread, Math.abs(x));
            }
        }
        System.out.printf(
                "Q8_0 KV vs F32: max |diff| %.3g; F16 vs F32 %.3g; largest |logit| %.3g%n", q8Gap, f16Gap, spread);
        // then the 8-bit codes move the logits more than halves do, but by a small part of their range
        assertThat(q8Gap).isGreaterThan(0).isLessThan(0.02 * spread);
        for (int i = 0; i < f32.length; i++) {
            assertThat(GreedySampler.argmax(q8[i])).as("step %d", i).isEqualTo(GreedySampler.argmax(f32[i]));
        }
    }

    @Test
    void pagedCacheOverScatteredBlocksComputesWhatAContiguousOneDoes() {
        // given the same prompt and next token on a contiguous Q8_0 cache and a paged one whose blocks are out of order
        int[] prompt = tokens(20, 2);
        KvCache contiguous = model.newKvCache(32, KvCacheType.Q8_0);
        float[] prefillAlone = model.forward(prompt, 0, contiguous, false);
        float[] decodeAlone = model.forward(new int[] {5}, 20, contiguous, false);
        PagedKvCache paged = model.newPagedKvCache(12, 16, KvCacheType.Q8_0);
        int[] table = {7, 2};
        float[] prefill = model.forward(List.of(new SequenceChunk(prompt, 0, table, false)), paged)[0];
        float[] decode = model.forward(List.of(new SequenceChunk(new int[] {5}, 20, table, false)), paged)[0];
        // then the logits agree within float rounding (the JIT may recompile a kernel between the runs)
        assertThat(LlamaModelTests.maxAbsDiff(prefill, prefillAlone)).isLessThan(1e-4);
        assertThat(LlamaModelTests.maxAbsDiff(decode, decodeAlone)).isLessThan(1e-4);
    }

    /** The logits of the prompt's last token, then of each of {@code steps} greedy tokens fed back. */
    private static float[][] decode(int[] prompt, int steps, KvCacheType type) {
        KvCache cache = model.newKvCache(prompt.length + steps, type);
        float[][] logits = new float[steps][];
        logits[0] = model.forward(prompt, 0, cache, false);
        for (int i = 1; i < steps; i++) {
            // each cache feeds back its own greedy choice: the same tokens while the argmaxes agree
            int token = GreedySampler.argmax(logits[i - 1]);
            logits[i] = model.forward(new int[] {token}, prompt.length + i - 1, cache, false);
        }
        return logits;
    }

    private static int[] tokens(int n, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int[] t = new int[n];
        for (int i = 0; i < n; i++) {
            t[i] = 1 + rnd.nextInt(model.config().vocabSize() - 1);
        }
        return t;
    }
}
