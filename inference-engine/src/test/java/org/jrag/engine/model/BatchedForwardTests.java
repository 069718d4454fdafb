package org.jrag.engine.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.jrag.engine.bench.BenchShape;
import org.jrag.engine.bench.RandomModelFiles;
import org.jrag.engine.gguf.GgmlType;
import org.jrag.engine.gguf.GgufFile;
import org.jrag.engine.reference.SharedFolder;
import org.jrag.engine.sampling.GreedySampler;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@link LlamaModel#forward(List, PagedKvCache)}: several sequences in one call give the logits each would get on
 * its own, whatever blocks hold them.
 */
class BatchedForwardTests {
    /** 2 layers, 4 heads of 64 over 2 KV heads (GQA), vocabulary 300: vector attention kernels, quantized weights. */
    private static final BenchShape GQA =
            new BenchShape("tiny-gqa", 2, 256, 4, 2, 384, 300, 10000f, 512, "smollm", 0, 17, 1, 2);

    /**
     * Batched vs separate forwards: the matrix kernels pick their path (and so their float summation order) by
     * the number of tokens in a call, so a token batched with others may round differently in the last bits than
     * the same token alone; 1e-5 bounds that on logits of magnitude ~10.
     */
    private static final double TOLERANCE = 1e-5;

    /**
     * A Q4_0 token decoded alone (fewer than 8 tokens in the call) rounds its activations to 8-bit blocks, as
     * llama.cpp's q4_0 x q8_0 dot does, while in a long batch it multiplies exact activations (the panel kernel):
     * the logits then differ by that rounding, measured 0.003 on the 2-layer GQA model (0.0085 in {@link
     * RepackedWeightsTests}, logits up to ~2).
     */
    private static final double Q4_0_ROUNDING = 0.03;

    /**
     * Two runs of the same computation: identical products in identical order, but the JIT may compile a kernel
     * between the runs, and interpreted and compiled Vector API code may round a lane sum differently in the last
     * bit; so "identical" is checked as within float rounding of logits of magnitude ~10.
     */
    private static final double SAME = 1e-5;

    private static GgufFile file;
    private static LlamaModel model;

    @TempDir
    static Path dir;

    @BeforeAll
    static void load() {
        file = GgufFile.open(SharedFolder.stories260K());
        model = LlamaModel.load(file);
    }

    @AfterAll
    static void close() {
        file.close();
    }

    /** The three sequences of a mixed step: a fresh prefill, a decode, and the second chunk of a chunked prefill. */
    private record Step(int[] prefill, int[] decodeHistory, int decodeToken, int[] chunked, int split) {
        static Step random(int vocab, long seed) {
            SplittableRandom rnd = new SplittableRandom(seed);
            return new Step(
                    tokens(rnd, vocab, 20),
                    tokens(rnd, vocab, 37),
                    1 + rnd.nextInt(vocab - 1),
                    tokens(rnd, vocab, 28),
                    16);
        }
    }

    private static int[] tokens(SplittableRandom rnd, int vocab, int n) {
        int[] t = new int[n];
        for (int i = 0; i < n; i++) {
            t[i] = rnd.nextInt(vocab);
        }
        return t;
    }

    /** Logits of each sequence's step when it runs alone on a contiguous {@link KvCache}. */
    private static float[][] separately(LlamaModel m, Step s, KvCacheType type) {
        float[] a = m.forward(s.prefill(), 0, m.newKvCache(64, type), false);
        KvCache b = m.newKvCache(64, type);
        m.forward(s.decodeHistory(), 0, b, false);
        float[] bl = m.forward(new int[] {s.decodeToken()}, s.decodeHistory().length, b, false);
        KvCache c = m.newKvCache(64, type);
        m.forward(Arrays.copyOf(s.chunked(), s.split()), 0, c, false);
        float[] cl = m.forward(Arrays.copyOfRange(s.chunked(), s.split(), s.chunked().length), s.split(), c, false);
        return new float[][] {a, bl, cl};
    }

    /**
     * The same step batched in one call on a paged cache with block size 16: the decode's and the chunked prefill's
     * earlier positions are filled by earlier calls, each alone; {@code tables} gives each sequence's blocks.
     */
    private static float[][] batched(LlamaModel m, Step s, PagedKvCache cache, int[][] tables) {
        m.forward(List.of(new SequenceChunk(s.decodeHistory(), 0, tables[1], false)), cache);
        m.forward(List.of(new SequenceChunk(Arrays.copyOf(s.chunked(), s.split()), 0, tables[2], false)), cache);
        return m.forward(
                List.of(
                        new SequenceChunk(s.prefill(), 0, tables[0], false),
                        new SequenceChunk(new int[] {s.decodeToken()}, s.decodeHistory().length, tables[1], false),
                        new SequenceChunk(
                                Arrays.copyOfRange(s.chunked(), s.split(), s.chunked().length),
                                s.split(),
                                tables[2],
                                false)),
                cache);
    }

    private static final int[][] CONTIGUOUS = {{0, 1}, {2, 3, 4}, {5, 6}};
    private static final int[][] SHUFFLED = {{9, 3}, {7, 0, 11}, {4, 10}};

    private static double maxDiff(float[][] a, float[][] b) {
        double max = 0;
        for (int i = 0; i < a.length; i++) {
            assertThat(a[i]).hasSameSizeAs(b[i]);
            max = Math.max(max, LlamaModelTests.maxAbsDiff(a[i], b[i]));
        }
        return max;
    }

    @Test
    void threeSequencesInOneCallMatchSeparateForwards() {
        // given a 20-token prefill, a decode at position 37 and a chunked prefill continuing at position 16
        Step step = Step.random(model.config().vocabSize(), 1);
        float[][] expected = separately(model, step, KvCacheType.F32);
        // when all three run in one call
        float[][] logits = batched(model, step, model.newPagedKvCache(12, 16, KvCacheType.F32), CONTIGUOUS);
        // then each sequence's logits are those of its own forward
        double diff = maxDiff(logits, expected);
        System.out.printf("stories260K batched vs separate forwards: max |diff| %.3g%n", diff);
        assertThat(logits).hasNumberOfRows(3);
        assertThat(logits[0]).hasSize(model.config().vocabSize());
        assertThat(diff).isLessThanOrEqualTo(TOLERANCE);
    }

    @Test
    void shuffledBlockTablesGiveIdenticalLogits() {
        // given the same step on blocks in order and on scattered, out-of-order blocks
        Step step = Step.random(model.config().vocabSize(), 2);
        float[][] inOrder = batched(model, step, model.newPagedKvCache(12, 16, KvCacheType.F32), CONTIGUOUS);
        float[][] scattered = batched(model, step, model.newPagedKvCache(12, 16, KvCacheType.F32), SHUFFLED);
        // then the logits are the same (to the last bit, unless the JIT recompiled a kernel in between)
        double diff = maxDiff(scattered, inOrder);
        System.out.printf("scattered vs in-order blocks: max |diff| %.3g%n", diff);
        assertThat(diff).isLessThanOrEqualTo(SAME);
    }

    @Test
    void f16PagedCacheOverScatteredBlocksRoundsAsTheF16KvCache() {
        // given the same calls (a 20-token prompt, then one decode) on an F16 KvCache and on an F16 paged cache
        // whose blocks are out of order
        Step step = Step.random(model.config().vocabSize(), 3);
        PagedKvCache cache = model.newPagedKvCache(12, 16, KvCacheType.F16);
        assertThat(cache.type()).isEqualTo(KvCacheType.F16);
        int[] table = {7, 2};
        float[] prefill = model.forward(List.of(new SequenceChunk(step.prefill(), 0, table, false)), cache)[0];
        float[] decode = model.forward(List.of(new SequenceChunk(new int[] {5}, 20, table, false)), cache)[0];
        KvCache contiguous = model.newKvCache(32, KvCacheType.F16);
        float[] prefillAlone = model.forward(step.prefill(), 0, contiguous, false);
        float[] decodeAlone = model.forward(new int[] {5}, 20, contiguous, false);
        // then keys, values, queries and attention weights are rounded the same way: the logits sit on the
        // contiguous F16 cache's, far nearer than on the F32 cache's (a value at a half-precision tie may round the
        // other way if the JIT recompiles a kernel between the runs, so not necessarily to the last bit)
        float[] f32 = model.forward(step.prefill(), 0, model.newKvCache(32), false);
        double gap = LlamaModelTests.maxAbsDiff(prefill, f32);
        double diff = Math.max(
                LlamaModelTests.maxAbsDiff(prefill, prefillAlone), LlamaModelTests.maxAbsDiff(decode, decodeAlone));
        System.out.printf("F16 paged vs contiguous: max |diff| %.3g; F16 vs F32: %.3g%n", diff, gap);
        assertThat(gap).isGreaterThan(1e-4);
        assertThat(diff).isLessThan(gap / 2);
        assertThat(GreedySampler.argmax(decode)).isEqualTo(GreedySampler.argmax(decodeAlone));
    }

    @Test
    void f16BatchedStepStaysNearTheSeparateF16Forwards() {
        // given the mixed step on an F16 paged cache, on F16 contiguous caches one by one, and on an F32 paged cache
        Step step = Step.random(model.config().vocabSize(), 3);
        float[][] f16 = batched(model, step, model.newPagedKvCache(12, 16, KvCacheType.F16), SHUFFLED);
        float[][] f16Alone = separately(model, step, KvCacheType.F16);
        float[][] f32 = batched(model, step, model.newPagedKvCache(12, 16, KvCacheType.F32), SHUFFLED);
        double diff = maxDiff(f16, f16Alone);
        double gap = maxDiff(f16, f32);
        System.out.printf("F16 batched vs separate: max |diff| %.3g; F16 vs F32 cache: %.3g%n", diff, gap);
        // then batched F16 sits nearer the separate F16 forwards than the F32 cache does: batching changes float
        // sums in the last bit, and a value near a half-precision tie may then round the other way (as in
        // F16KvCacheTests), so the agreement is that of F16 rounding, not 1e-5
        assertThat(diff).isLessThan(gap / 2);
        for (int i = 0; i < 3; i++) {
            assertThat(GreedySampler.argmax(f16[i])).isEqualTo(GreedySampler.argmax(f16Alone[i]));
        }
    }

    @Test
    void returnsLogitsOfEveryTokenForAnAllLogitsChunk() {
        // given a sequence with 10 cached positions verifying 5 drafted tokens, batched with another's prefill
        SplittableRandom rnd = new SplittableRandom(4);
        int vocab = model.config().vocabSize();
        int[] history = tokens(rnd, vocab, 10);
        int[] draft = tokens(rnd, vocab, 5);
        int[] other = tokens(rnd, vocab, 7);
        PagedKvCache cache = model.newPagedKvCache(4, 16, KvCacheType.F32);
        model.forward(List.of(new SequenceChunk(history, 0, new int[] {2}, false)), cache);
        // when the draft runs with allLogits
        float[][] logits = model.forward(
                List.of(
                        new SequenceChunk(other, 0, new int[] {1}, false),
                        new SequenceChunk(draft, 10, new int[] {2}, true)),
                cache);
        // then it gets [5 * vocab] logits, row i those of draft token i, as a lone allLogits forward gives them
        KvCache alone = model.newKvCache(32);
        model.forward(history, 0, alone, false);
        float[] expected = model.forward(draft, 10, alone, true);
        assertThat(logits[0]).hasSize(vocab);
        assertThat(logits[1]).hasSize(5 * vocab);
        assertThat(LlamaModelTests.maxAbsDiff(logits[1], expected)).isLessThanOrEqualTo(TOLERANCE);
        float[] last = model.forward(new int[] {draft[4]}, 14, copyOf(history, draft, 4), false);
        assertThat(LlamaModelTests.maxAbsDiff(Arrays.copyOfRange(logits[1], 4 * vocab, 5 * vocab), last))
                .isLessThanOrEqualTo(TOLERANCE);
    }

    /** A fresh cache holding history followed by the first n draft tokens. */
    private static KvCache copyOf(int[] history, int[] draft, int n) {
        KvCache c = model.newKvCache(32);
        int[] prefix = Arrays.copyOf(history, history.length + n);
        System.arraycopy(draft, 0, prefix, history.length, n);
        model.forward(prefix, 0, c, false);
        return c;
    }

    @ParameterizedTest
    @EnumSource(
            value = GgmlType.class,
            names = {"Q8_0", "Q4_0"})
    void gqaModelBatchesAcrossMicroBatchesLikeSeparateForwards(GgmlType type) {
        try (GgufFile f = GgufFile.open(RandomModelFiles.ensure(dir, GQA, type))) {
            LlamaModel m = LlamaModel.load(f);
            assertThat(m.config().kvHeads()).isLessThan(m.config().heads());
            // given a 100-token prefill, a decode at 37 and a 60-token prompt: 161 tokens, so the second prompt
            // straddles two micro-batches of 128
            SplittableRandom rnd = new SplittableRandom(type.id());
            int[] a = tokens(rnd, GQA.vocabSize(), 100);
            int[] history = tokens(rnd, GQA.vocabSize(), 37);
            int[] c = tokens(rnd, GQA.vocabSize(), 60);
            PagedKvCache cache = m.newPagedKvCache(24, 16, KvCacheType.F32);
            int[] tableA = {3, 1, 8, 12, 0, 17, 22};
            int[] tableB = {5, 4, 20};
            int[] tableC = {23, 9, 2, 14};
            m.forward(List.of(new SequenceChunk(history, 0, tableB, false)), cache);
            // when they run in one call
            float[][] logits = m.forward(
                    List.of(
                            new SequenceChunk(a, 0, tableA, false),
                            new SequenceChunk(new int[] {7}, 37, tableB, false),
                            new SequenceChunk(c, 0, tableC, true)),
                    cache);
            // then each matches its own forward on a contiguous cache
            float[] ea = m.forward(a, 0, m.newKvCache(128), false);
            KvCache b = m.newKvCache(64);
            m.forward(history, 0, b, false);
            float[] eb = m.forward(new int[] {7}, 37, b, false);
            float[] ec = m.forward(c, 0, m.newKvCache(64), true);
            double diff = maxDiff(new float[][] {logits[0], logits[2]}, new float[][] {ea, ec});
            double decode = LlamaModelTests.maxAbsDiff(logits[1], eb);
            System.out.printf(
                    "%s GQA batched vs separate forwards: max |diff| %.3g, of the decoded token %.3g%n",
                    type, diff, decode);
            assertThat(logits[2]).hasSize(60 * GQA.vocabSize());
            assertThat(diff).isLessThanOrEqualTo(TOLERANCE);
            assertThat(decode).isLessThanOrEqualTo(type == GgmlType.Q4_0 ? Q4_0_ROUNDING : TOLERANCE);
        }
    }

    @Test
    void rejectsAnEmptyBatch() {
        PagedKvCache cache = model.newPagedKvCache(4, 16, KvCacheType.F32);
        assertThatThrownBy(() -> model.forward(List.of(), cache))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("chunks must not be empty");
    }

    @Test
    void rejectsAChunkWithoutTokensOrWithANegativeStart() {
        assertThatThrownBy(() -> new SequenceChunk(new int[0], 0, new int[] {0}, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("tokens must not be empty");
        assertThatThrownBy(() -> new SequenceChunk(new int[] {1}, -1, new int[] {0}, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("startPos must be >= 0, got: -1");
    }

    @Test
    void rejectsATokenIdOutsideTheVocabulary() {
        PagedKvCache cache = model.newPagedKvCache(4, 16, KvCacheType.F32);
        List<SequenceChunk> chunks = List.of(
                new SequenceChunk(new int[] {1, 2}, 0, new int[] {0}, false),
                new SequenceChunk(new int[] {3, 512}, 0, new int[] {1}, false));
        assertThatThrownBy(() -> model.forward(chunks, cache))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("chunk 1: token id must be in 0..511, got: 512");
    }

    @Test
    void rejectsABlockTableThatDoesNotCoverThePositions() {
        PagedKvCache cache = model.newPagedKvCache(4, 16, KvCacheType.F32);
        // positions 10..24 need blocks 0 and 1 of the table
        List<SequenceChunk> chunks = List.of(new SequenceChunk(new int[15], 10, new int[] {2}, false));
        assertThatThrownBy(() -> model.forward(chunks, cache))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("chunk 0: block table of 1 blocks covers positions 0..15, needs 0..24");
    }

    @Test
    void rejectsABlockIdOutsideTheCache() {
        PagedKvCache cache = model.newPagedKvCache(4, 16, KvCacheType.F32);
        List<SequenceChunk> chunks = List.of(new SequenceChunk(new int[] {1}, 20, new int[] {0, 4}, false));
        assertThatThrownBy(() -> model.forward(chunks, cache))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("chunk 0: block table entry 1 must be a block id in 0..3, got: 4");
        List<SequenceChunk> negative = List.of(new SequenceChunk(new int[] {1}, 0, new int[] {-1}, false));
        assertThatThrownBy(() -> model.forward(negative, cache))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("chunk 0: block table entry 0 must be a block id in 0..3, got: -1");
    }

    @Test
    void rejectsACacheOfAnotherModelShape() {
        PagedKvCache cache = new PagedKvCache(2, 32, 8, 4, 16, KvCacheType.F32);
        List<SequenceChunk> chunks = List.of(new SequenceChunk(new int[] {1}, 0, new int[] {0}, false));
        assertThatThrownBy(() -> model.forward(chunks, cache))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cache holds 2 layers of kvDim 32 (heads of 8), the model needs 5 layers of kvDim 32"
                        + " (heads of 8)");
        PagedKvCache heads = new PagedKvCache(5, 32, 16, 4, 16, KvCacheType.F16);
        assertThatThrownBy(() -> model.forward(chunks, heads))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cache holds 5 layers of kvDim 32 (heads of 16), the model needs 5 layers of kvDim 32"
                        + " (heads of 8)");
    }
}
