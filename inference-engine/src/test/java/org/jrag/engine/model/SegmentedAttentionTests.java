package org.jrag.engine.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.jrag.engine.bench.BenchShape;
import org.jrag.engine.bench.RandomModelFiles;
import org.jrag.engine.gguf.GgmlType;
import org.jrag.engine.gguf.GgufFile;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Attention cuts a token's positions into segments, each with its own softmax maximum and sum, merged afterwards
 * (split-K). The merge must give the softmax over all positions, and the cut may depend only on a token's position,
 * never on the rest of its batch.
 */
class SegmentedAttentionTests {
    /** 2 layers, 4 heads of 64 over 2 kv heads, a context long enough for several segments. */
    private static final BenchShape LONG =
            new BenchShape("tiny-long", 2, 256, 4, 2, 384, 300, 10000f, 1024, "smollm", 0, 17, 1, 2);

    /** More positions than the default segment (256) twice over. */
    private static final int PROMPT = 700;

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(KvCacheType.class)
    void severalSegmentsGiveTheLogitsOfOneSegmentOverAllPositions(KvCacheType type) {
        try (GgufFile file = GgufFile.open(RandomModelFiles.ensure(dir, LONG, GgmlType.Q8_0))) {
            LlamaConfig c = LlamaConfig.from(file.metadata());
            // the file's row-major matrices: float products on exact activations, so the logits show the attention's
            // rounding alone (the interleaved Q8_0 kernels may round activations to 8 bits, which turns float-level
            // differences into ones of ~1e-2)
            LlamaWeights weights = LlamaWeights.load(file, c, false);
            int[] prompt = prompt();
            // given the same prompt through one segment per token, the default cut (256) and a fine one (48)
            float[] whole = new LlamaModel(c, weights, 1 << 20, LlamaModel.LANES_FROM)
                    .forward(prompt, 0, newCache(c, type), true);
            for (int segment : new int[] {LlamaModel.SEGMENT, 48}) {
                float[] cut = new LlamaModel(c, weights, segment, LlamaModel.LANES_FROM)
                        .forward(prompt, 0, newCache(c, type), true);
                // then every position's logits agree within float rounding (an F16 cache rounds the softmax weights
                // to halves before the merge rescales them, after it when there is one segment; a Q8_0 cache's rows
                // turn back into the same floats whatever the cut)
                double tolerance = type == KvCacheType.F16 ? 2e-3 : 2e-5;
                for (int t = 0; t < PROMPT; t++) {
                    double max = 0;
                    for (int i = 0; i < c.vocabSize(); i++) {
                        max = Math.max(max, Math.abs(cut[t * c.vocabSize() + i] - whole[t * c.vocabSize() + i]));
                    }
                    assertThat(max).as("segment %d, position %d", segment, t).isLessThan(tolerance);
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(KvCacheType.class)
    void aLongSequenceGetsTheSameLogitsAloneAndInABatch(KvCacheType type) {
        try (GgufFile file = GgufFile.open(RandomModelFiles.ensure(dir, LONG, GgmlType.Q8_0))) {
            LlamaModel model = LlamaModel.load(file);
            int blocks = PROMPT / 16 + 1;
            PagedKvCache cache = model.newPagedKvCache(2 * blocks + 2, 16, type);
            int[] a = table(0, blocks);
            int[] b = table(blocks, blocks);
            int[] shortTable = {2 * blocks, 2 * blocks + 1};
            int[] prompt = prompt();
            // given a 700-token prompt (3 segments) in two sequences, and a short third sequence
            model.forward(List.of(new SequenceChunk(prompt, 0, a, false)), cache);
            model.forward(List.of(new SequenceChunk(prompt, 0, b, false)), cache);
            model.forward(List.of(new SequenceChunk(new int[] {5, 6, 7}, 0, shortTable, false)), cache);
            // when the next token of each long sequence runs alone, then in a step with the other two, then alone
            // again (until both alone runs agree: while the JIT still replaces interpreted vector code, the last
            // bit of a softmax weight may move between two calls, batched or not)
            for (int round = 0; round < 20; round++) {
                float[] aloneA = alone(model, cache, a);
                float[] aloneB = alone(model, cache, b);
                float[][] step = model.forward(
                        List.of(
                                new SequenceChunk(new int[] {9}, 3, shortTable, false),
                                new SequenceChunk(new int[] {42}, PROMPT, a, false),
                                new SequenceChunk(new int[] {42}, PROMPT, b, false)),
                        cache);
                if (Arrays.equals(aloneA, alone(model, cache, a)) && Arrays.equals(aloneB, alone(model, cache, b))) {
                    // then each has the bits it had alone
                    assertThat(step[1]).containsExactly(aloneA);
                    assertThat(step[2]).containsExactly(aloneB);
                    return;
                }
            }
            fail("the logits of a sequence alone changed in each of 20 rounds");
        }
    }

    private static float[] alone(LlamaModel model, PagedKvCache cache, int[] table) {
        return model.forward(List.of(new SequenceChunk(new int[] {42}, PROMPT, table, false)), cache)[0];
    }

    private static int[] prompt() {
        int[] prompt = new int[PROMPT];
        for (int i = 0; i < PROMPT; i++) {
            prompt[i] = 17 + (i * 31 + i / 7) % 283;
        }
        return prompt;
    }

    private static KvCache newCache(LlamaConfig c, KvCacheType type) {
        return new KvCache(c.layers(), PROMPT, c.kvDim(), c.headDim(), type);
    }

    private static int[] table(int first, int count) {
        int[] t = new int[count];
        for (int i = 0; i < count; i++) {
            t[i] = first + i;
        }
        return t;
    }
}
