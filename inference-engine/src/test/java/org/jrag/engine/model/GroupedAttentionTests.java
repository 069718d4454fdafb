package org.jrag.engine.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.jrag.engine.bench.BenchShape;
import org.jrag.engine.bench.RandomModelFiles;
import org.jrag.engine.bench.TinyShape;
import org.jrag.engine.gguf.GgmlType;
import org.jrag.engine.gguf.GgufFile;
import org.jrag.engine.tensor.ParallelRows;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Attention splits its work by query head where a step has few kv heads per thread, else by kv head (a group of
 * query heads reads each block once). The two splits must give the same bits: a sequence's logits may not depend on
 * which other sequences share its step, with either cache type (an F16 cache splits by kv head from one group per
 * thread on, so there, with 2 threads, both steps split by kv head).
 */
class GroupedAttentionTests {
    /** 4 query heads over 2 kv heads: with 2 threads one sequence splits by query head, two by kv head. */
    private static final BenchShape TINY = TinyShape.TINY;

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(KvCacheType.class)
    void aSequenceGetsTheSameLogitsAloneAndInABatchThatSplitsByKvHead(KvCacheType type) {
        BenchShape shape = type == KvCacheType.Q8_0 ? TinyShape.TINY_HEADS_32 : TINY; // Q8_0: heads of 32 or more
        try (GgufFile file = GgufFile.open(RandomModelFiles.ensure(dir, shape, GgmlType.Q8_0))) {
            LlamaModel model = LlamaModel.load(file);
            PagedKvCache cache = model.newPagedKvCache(8, 16, type);
            int[] a = {0, 1};
            int[] b = {2, 3};
            int[] prompt = new int[20];
            for (int i = 0; i < prompt.length; i++) {
                prompt[i] = 1 + 13 * i;
            }
            // given two sequences with the same 20-token prompt in different blocks
            model.forward(List.of(new SequenceChunk(prompt, 0, a, false)), cache);
            model.forward(List.of(new SequenceChunk(prompt, 0, b, false)), cache);
            // when the next token runs alone, then in a step of both
            float[] alone = model.forward(List.of(new SequenceChunk(new int[] {42}, 20, a, false)), cache)[0];
            float[][] both = model.forward(
                    List.of(
                            new SequenceChunk(new int[] {42}, 20, a, false),
                            new SequenceChunk(new int[] {42}, 20, b, false)),
                    cache);
            // then each sequence of the step has the bits of the step alone (F32 on 2 threads: the step alone splits
            // by query head and the step of both by kv head; with more threads both split by query head)
            System.out.printf("attention split: %d threads%n", ParallelRows.threads());
            assertThat(both[0]).containsExactly(alone);
            assertThat(both[1]).containsExactly(alone);
        }
    }
}
