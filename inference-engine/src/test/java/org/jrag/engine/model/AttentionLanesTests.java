package org.jrag.engine.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.jrag.engine.gguf.GgufFile;
import org.jrag.engine.reference.SharedFolder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Attention through {@link org.jrag.engine.tensor.TensorKernels#attentionLanes} (queries side by side) gives every
 * token the bits of attention one query at a time: stories260K (heads of 8 values) with the lanes from one query on
 * against a model that never uses them.
 */
class AttentionLanesTests {
    private static GgufFile file;
    private static LlamaConfig config;
    private static LlamaWeights weights;

    @BeforeAll
    static void load() {
        file = GgufFile.open(SharedFolder.stories260K());
        config = LlamaConfig.from(file.metadata());
        weights = LlamaWeights.load(file, config);
    }

    @AfterAll
    static void close() {
        file.close();
    }

    @ParameterizedTest
    @ValueSource(ints = {LlamaModel.SEGMENT, 32, 8})
    void promptVerificationAndMixedStepsGiveTheBitsOfOneQueryAtATime(int segment) {
        // given the same weights with the lanes for every run of tokens, and without them
        LlamaModel lanes = new LlamaModel(config, weights, segment, 1);
        LlamaModel alone = new LlamaModel(config, weights, segment, Integer.MAX_VALUE);
        SplittableRandom rnd = new SplittableRandom(segment);
        int[] prompt = tokens(rnd, 50);
        int[] draft = tokens(rnd, 6);
        int[] other = tokens(rnd, 23);
        for (LlamaModel m : List.of(lanes, alone)) {
            assertThat(m.config().headDim()).isEqualTo(8);
        }
        float[][][] results = new float[2][][];
        for (int i = 0; i < 2; i++) {
            LlamaModel m = i == 0 ? lanes : alone;
            PagedKvCache cache = m.newPagedKvCache(16, 16, KvCacheType.F32);
            int[] first = {3, 0, 5, 1};
            int[] second = {2, 4, 6, 7, 8, 9};
            // when each runs a 50-token prompt with all logits, a 6-token verification step after it, then a step
            // mixing one decoded token, 5 drafted ones and a prefill chunk of another sequence
            float[][] prompted = m.forward(List.of(new SequenceChunk(prompt, 0, first, true)), cache);
            float[][] verified = m.forward(List.of(new SequenceChunk(draft, 50, first, true)), cache);
            float[][] mixed = m.forward(
                    List.of(
                            new SequenceChunk(new int[] {draft[0]}, 56, first, false),
                            new SequenceChunk(other, 0, second, true),
                            new SequenceChunk(prompt, 57, concat(first, new int[] {10, 11, 12}), true)),
                    cache);
            results[i] = new float[][] {prompted[0], verified[0], mixed[0], mixed[1], mixed[2]};
        }
        // then every logit has the same bits
        for (int r = 0; r < results[0].length; r++) {
            assertThat(results[0][r]).as("result %d", r).containsExactly(results[1][r]);
        }
    }

    private static int[] tokens(SplittableRandom rnd, int n) {
        int[] t = new int[n];
        for (int i = 0; i < n; i++) {
            t[i] = 1 + rnd.nextInt(config.vocabSize() - 1);
        }
        return t;
    }

    private static int[] concat(int[] a, int[] b) {
        int[] c = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
