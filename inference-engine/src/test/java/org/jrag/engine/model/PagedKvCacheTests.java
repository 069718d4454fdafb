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
        // given a 2-layer cache of 2 blocks of 2 positions, 4 values per position, in halves
        PagedKvCache cache = new PagedKvCache(2, 4, 2, 2, KvCacheType.F16);
        float[] k = {0.1f, -3.14159f, 65504f, 1e-6f, 7f, 8f, 9f, 10f};
        float[] v = {0.25f, 2e5f, -0.0f, 5.5f, 1f, 2f, 3f, 4f};
        // when token 1 of k, v goes to position 3 (block 1, slot 1) and token 0 to position 0 of layer 1
        cache.store(1, new int[] {0, 1}, 3, k, v, 0);
        cache.store(1, new int[] {0, 1}, 0, k, v, 1);
        // then reading columns 1..3 of positions 2..3 (block 1) gives each value rounded to half precision
        float[] keys = new float[6];
        float[] values = new float[6];
        cache.keysToFloats(1, cache.offset(new int[] {0, 1}, 2) + 1, 2, 3, keys, TensorKernels.preferred());
        cache.valuesToFloats(1, cache.offset(new int[] {0, 1}, 2) + 1, 2, 3, values, TensorKernels.preferred());
        assertThat(keys).containsExactly(0f, 0f, 0f, half(-3.14159f), 65504f, half(1e-6f));
        assertThat(values).containsExactly(0f, 0f, 0f, Float.POSITIVE_INFINITY, -0.0f, 5.5f);
        float[] first = new float[4];
        cache.keysToFloats(1, 0, 1, 4, first, TensorKernels.preferred());
        assertThat(first).containsExactly(7f, 8f, 9f, 10f);
    }

    @Test
    void halfCacheOfFiniteValuesReadsThemBackExactlyTooOnItsFastConversion() {
        // given a cache that holds only finite halves (the largest, a subnormal, a negative zero)
        PagedKvCache cache = new PagedKvCache(1, 8, 1, 2, KvCacheType.F16);
        float[] k = {65504f, -65504f, 1e-6f, -0.0f, 0.1f, -3.14159f, 2.5f, 6e-8f};
        float[] v = {1f, 2f, 3f, 4f, 5f, 6f, 7f, -8f};
        cache.store(0, new int[] {0}, 1, k, v, 0);
        // when position 1 is read back
        float[] keys = new float[8];
        float[] values = new float[8];
        cache.keysToFloats(0, cache.offset(new int[] {0}, 1), 1, 8, keys, TensorKernels.preferred());
        cache.valuesToFloats(0, cache.offset(new int[] {0}, 1), 1, 8, values, TensorKernels.preferred());
        // then each value is its nearest half
        for (int i = 0; i < 8; i++) {
            assertThat(keys[i]).isEqualTo(half(k[i]));
            assertThat(values[i]).isEqualTo(half(v[i]));
        }
        assertThat(Float.floatToRawIntBits(keys[3])).isEqualTo(Float.floatToRawIntBits(-0.0f));
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
