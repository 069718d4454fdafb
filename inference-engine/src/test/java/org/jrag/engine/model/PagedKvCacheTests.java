package org.jrag.engine.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.jrag.engine.gguf.GgufFile;
import org.jrag.engine.reference.SharedFolder;
import org.jrag.engine.tensor.TensorKernels;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@link PagedKvCache}: shape, block copies, and the single-sequence {@link KvCache} built on it. */
class PagedKvCacheTests {
    private static GgufFile file;
    private static LlamaModel model;

    @BeforeAll
    static void load() {
        file = GgufFile.open(SharedFolder.stories260K());
        model = LlamaModel.load(file);
    }

    @AfterAll
    static void close() {
        file.close();
    }

    @Test
    void reportsItsShapeAndBytesPerBlock() {
        // stories260K: 5 layers, kvDim 32
        PagedKvCache cache = model.newPagedKvCache(10, 16, KvCacheType.F16);
        assertThat(cache.numBlocks()).isEqualTo(10);
        assertThat(cache.blockSize()).isEqualTo(16);
        assertThat(cache.type()).isEqualTo(KvCacheType.F16);
        // keys and values, 5 layers, 16 positions of 32 halves; a float32 cache takes twice that
        assertThat(cache.bytesPerBlock()).isEqualTo(2L * 5 * 16 * 32 * 2);
        assertThat(model.newPagedKvCache(10, 16, KvCacheType.F32).bytesPerBlock())
                .isEqualTo(2L * 5 * 16 * 32 * 4);
    }

    @ParameterizedTest
    @EnumSource(KvCacheType.class)
    void copiedBlockContinuesAForkedSequenceAsTheOriginal(KvCacheType type) {
        // given a 20-token sequence in blocks {0, 1}, and a fork whose second block is a copy of block 1 in block 3
        PagedKvCache cache = model.newPagedKvCache(4, 16, type);
        int[] prompt = new int[20];
        for (int i = 0; i < prompt.length; i++) {
            prompt[i] = 1 + 7 * i;
        }
        model.forward(List.of(new SequenceChunk(prompt, 0, new int[] {0, 1}, false)), cache);
        cache.copyBlock(1, 3);
        // when both decode the same token at position 20 (the original first, so the fork sees its own copy)
        float[] original =
                model.forward(List.of(new SequenceChunk(new int[] {42}, 20, new int[] {0, 1}, false)), cache)[0];
        float[] fork = model.forward(List.of(new SequenceChunk(new int[] {42}, 20, new int[] {0, 3}, false)), cache)[0];
        // then the fork's logits equal the original's (within the last bit the JIT may change between two runs),
        // and differ from a fork whose block was never copied
        assertThat(LlamaModelTests.maxAbsDiff(fork, original)).isLessThanOrEqualTo(1e-5);
        float[] stale =
                model.forward(List.of(new SequenceChunk(new int[] {42}, 20, new int[] {0, 2}, false)), cache)[0];
        assertThat(LlamaModelTests.maxAbsDiff(stale, original)).isGreaterThan(1e-3);
    }

    @Test
    void halfCacheStoresTheNearestHalvesAndReadsThemBackAsFloats() {
        // given a 2-layer cache of 2 blocks of 2 positions, 4 values per position (2 kv heads of 2), in halves
        PagedKvCache cache = new PagedKvCache(2, 4, 2, 2, 2, KvCacheType.F16);
        float[] k = {0.1f, -3.14159f, 65504f, 1e-6f, 7f, 8f, 9f, 10f};
        float[] v = {0.25f, 2e5f, -0.0f, 5.5f, 1f, 2f, 3f, Float.NaN};
        // when token 0 of k, v goes to position 3 (block 1, slot 1) and token 1 to positions 2 (block 1, slot 0) and
        // 0 of layer 1
        int[] table = {0, 1};
        cache.store(1, table, 3, k, v, 0);
        cache.store(1, table, 2, k, v, 1);
        cache.store(1, table, 0, k, v, 1);
        // then each kv head's rows of a block read back as the values rounded to half precision, in position order
        float[] keys = new float[4];
        float[] values = new float[4];
        cache.keysToFloats(1, 1, 0, 0, 2, keys, TensorKernels.preferred());
        cache.valuesToFloats(1, 1, 0, 1, 2, values, TensorKernels.preferred());
        assertThat(keys).containsExactly(7f, 8f, half(0.1f), half(-3.14159f));
        assertThat(values).containsExactly(3f, Float.NaN, -0.0f, 5.5f);
        float[] second = new float[2];
        cache.keysToFloats(1, 1, 1, 1, 1, second, TensorKernels.preferred());
        assertThat(second).containsExactly(65504f, half(1e-6f));
        cache.valuesToFloats(1, 1, 1, 0, 1, second, TensorKernels.preferred());
        assertThat(second).containsExactly(0.25f, Float.POSITIVE_INFINITY);
        cache.keysToFloats(1, 0, 0, 1, 1, second, TensorKernels.preferred());
        assertThat(second).containsExactly(9f, 10f);
        // and layer 0 and block 0's slot 1 were never written
        cache.keysToFloats(0, 1, 0, 0, 2, keys, TensorKernels.preferred());
        assertThat(keys).containsExactly(0f, 0f, 0f, 0f);
        cache.keysToFloats(1, 0, 1, 0, 1, second, TensorKernels.preferred());
        assertThat(second).containsExactly(0f, 0f);
    }

    @ParameterizedTest
    @EnumSource(KvCacheType.class)
    void copyingAPrefixKeepsEveryPositionOfEveryHead(KvCacheType type) {
        // given a single-sequence cache of 6 positions (2 layers, 2 kv heads of 4) holding distinct values
        KvCache source = new KvCache(2, 6, 8, 4, type);
        KvCache target = new KvCache(2, 8, 8, 4, type);
        float[] k = new float[6 * 8];
        float[] v = new float[6 * 8];
        for (int i = 0; i < k.length; i++) {
            k[i] = i;
            v[i] = -i;
        }
        for (int layer = 0; layer < 2; layer++) {
            for (int p = 0; p < 6; p++) {
                source.paged().store(layer, source.blockTable(), p, k, v, p);
            }
        }
        // when its first 5 positions are copied into a larger cache
        source.copyTo(target, 5);
        // then the target holds positions 0-4 as the source does, keys and values, and nothing at position 5
        float[] keys = new float[4];
        float[] values = new float[4];
        for (int layer = 0; layer < 2; layer++) {
            for (int p = 0; p < 6; p++) {
                for (int h = 0; h < 2; h++) {
                    float[] want = new float[4];
                    for (int i = 0; i < 4 && p < 5; i++) {
                        want[i] = p * 8 + h * 4 + i;
                    }
                    if (type == KvCacheType.F16) {
                        target.paged().keysToFloats(layer, 0, p, h, 1, keys, TensorKernels.preferred());
                        target.paged().valuesToFloats(layer, 0, p, h, 1, values, TensorKernels.preferred());
                    } else {
                        int at = target.paged().offset(target.blockTable(), p) + h * 4;
                        System.arraycopy(target.paged().keys(layer), at, keys, 0, 4);
                        System.arraycopy(target.paged().values(layer), at, values, 0, 4);
                    }
                    assertThat(keys)
                            .as("keys: layer %d position %d head %d", layer, p, h)
                            .containsExactly(want);
                    for (int i = 0; i < 4 && p < 5; i++) {
                        want[i] = -(p * 8 + h * 4 + i); // v as stored: an int negated, then a float (0 stays +0)
                    }
                    assertThat(values)
                            .as("values: layer %d position %d head %d", layer, p, h)
                            .containsExactly(want);
                }
            }
        }
    }

    private static float half(float x) {
        return Float.float16ToFloat(Float.floatToFloat16(x));
    }

    @Test
    void singleSequenceCacheRunsTheSamePathAsAOneBlockPagedCache() {
        // given a prompt on a KvCache of capacity 32 and on a paged cache with one block of 32 positions
        int[] prompt = {1, 300, 25, 99, 4, 18};
        float[] viaKvCache = model.forward(prompt, 0, model.newKvCache(32), true);
        float[][] viaPaged = model.forward(
                List.of(new SequenceChunk(prompt, 0, new int[] {0}, true)),
                model.newPagedKvCache(1, 32, KvCacheType.F32));
        // then the logits are the same (within the last bit the JIT may change between two runs)
        assertThat(viaKvCache).hasSameSizeAs(viaPaged[0]);
        assertThat(LlamaModelTests.maxAbsDiff(viaKvCache, viaPaged[0])).isLessThanOrEqualTo(1e-5);
    }

    @Test
    void rejectsBadShapesAndBlockIds() {
        assertThatThrownBy(() -> model.newPagedKvCache(0, 16, KvCacheType.F32))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("numBlocks must be > 0, got: 0");
        assertThatThrownBy(() -> model.newPagedKvCache(4, 0, KvCacheType.F32))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("blockSize must be > 0, got: 0");
        assertThatThrownBy(() -> model.newPagedKvCache(1 << 20, 1 << 10, KvCacheType.F32))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("numBlocks * blockSize * kvDim must fit one Java array per layer");
        PagedKvCache cache = model.newPagedKvCache(4, 16, KvCacheType.F32);
        assertThatThrownBy(() -> cache.copyBlock(4, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("from block id must be in 0..3, got: 4");
        assertThatThrownBy(() -> cache.copyBlock(0, -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("to block id must be in 0..3, got: -1");
    }
}
