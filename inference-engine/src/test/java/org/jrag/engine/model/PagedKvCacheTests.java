package org.jrag.engine.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.jrag.engine.bench.RandomModelFiles;
import org.jrag.engine.bench.TinyShape;
import org.jrag.engine.gguf.GgmlType;
import org.jrag.engine.gguf.GgufFile;
import org.jrag.engine.reference.SharedFolder;
import org.jrag.engine.tensor.TensorKernels;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@link PagedKvCache}: shape, block copies, and the single-sequence {@link KvCache} built on it. */
class PagedKvCacheTests {
    private static GgufFile file;
    private static LlamaModel model;
    private static GgufFile headsOf32File;

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
        if (headsOf32File != null) {
            headsOf32File.close();
        }
    }

    /** A random-weight model with heads of 32 values ({@link TinyShape#TINY_HEADS_32}), written on first use. */
    private static LlamaModel headsOf32() {
        if (headsOf32File == null) {
            headsOf32File = GgufFile.open(RandomModelFiles.ensure(dir, TinyShape.TINY_HEADS_32, GgmlType.Q8_0));
        }
        return LlamaModel.load(headsOf32File);
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
        // stories260K's heads of 8 take F32 and F16; Q8_0's blocks of 32 need the model with heads of 32
        LlamaModel model = type == KvCacheType.Q8_0 ? headsOf32() : PagedKvCacheTests.model;
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
    @EnumSource(
            value = KvCacheType.class,
            names = {"F32", "F16"})
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

    @Test
    void q8CacheStoresRowsInBlocksOf32AndReadsThemBackWithinHalfAStep() {
        // given a 1-layer cache of 2 blocks of 2 positions, 2 kv heads of 32 values, in Q8_0
        PagedKvCache cache = new PagedKvCache(1, 64, 32, 2, 2, KvCacheType.Q8_0);
        float[] k = new float[64];
        float[] v = new float[64];
        for (int i = 0; i < 32; i++) {
            k[i] = (float) Math.sin(i) * 3f; // head 0: values up to 3
            k[32 + i] = i == 5 ? 100f : 0.01f * i; // head 1: one large value among small ones
            v[i] = 0f; // head 0 of the values: all zero (scale 0)
            v[32 + i] = -i;
        }
        // when the token goes to position 3 (block 1, slot 1)
        cache.store(0, new int[] {0, 1}, 3, k, v, 0);
        // then each row reads back within half its block's step (max |x| / 127 / 2, the step a half scale rounded)
        float[] row = new float[32];
        cache.keysToFloats(0, 1, 1, 0, 1, row, TensorKernels.preferred());
        assertWithinHalfAStep(row, k, 0);
        cache.keysToFloats(0, 1, 1, 1, 1, row, TensorKernels.preferred());
        assertWithinHalfAStep(row, k, 32);
        assertThat(row[5]).isCloseTo(100f, org.assertj.core.data.Offset.offset(0.1f));
        cache.valuesToFloats(0, 1, 1, 0, 1, row, TensorKernels.preferred());
        assertThat(row).containsOnly(0f);
        cache.valuesToFloats(0, 1, 1, 1, 1, row, TensorKernels.preferred());
        assertWithinHalfAStep(row, v, 32);
        assertThat(row[31]).isEqualTo(-127 * Float.float16ToFloat(Float.floatToFloat16(31f / 127f)));
        // and a copied block reads back the same floats; the slot never written reads zeros
        cache.copyBlock(1, 0);
        float[] copied = new float[32];
        cache.keysToFloats(0, 0, 1, 1, 1, copied, TensorKernels.preferred());
        cache.keysToFloats(0, 1, 1, 1, 1, row, TensorKernels.preferred());
        assertThat(copied).containsExactly(row);
        cache.keysToFloats(0, 1, 0, 0, 1, row, TensorKernels.preferred());
        assertThat(row).containsOnly(0f);
        // 34 bytes per 32 values: keys and values of 2 positions of 64 values
        assertThat(cache.bytesPerBlock()).isEqualTo(2L * (2 * 64 + 2 * 2 * 2));
    }

    private static void assertWithinHalfAStep(float[] row, float[] x, int from) {
        float amax = 0f;
        for (int i = 0; i < 32; i++) {
            amax = Math.max(amax, Math.abs(x[from + i]));
        }
        float step = amax / 127f;
        for (int i = 0; i < 32; i++) {
            assertThat(Math.abs(row[i] - x[from + i]))
                    .as("value %d of %s", i, java.util.Arrays.toString(row))
                    .isLessThanOrEqualTo(step / 2 + Math.abs(x[from + i]) * 1e-3f);
        }
    }

    @Test
    void q8CacheCopiesAPrefixBitForBit() {
        // given a single-sequence Q8_0 cache of 6 positions (2 layers, 2 kv heads of 32) holding distinct values
        KvCache source = new KvCache(2, 6, 64, 32, KvCacheType.Q8_0);
        KvCache target = new KvCache(2, 8, 64, 32, KvCacheType.Q8_0);
        float[] k = new float[6 * 64];
        float[] v = new float[6 * 64];
        for (int i = 0; i < k.length; i++) {
            k[i] = (float) Math.sin(i);
            v[i] = (float) Math.cos(i) * (1 + i % 7);
        }
        for (int layer = 0; layer < 2; layer++) {
            for (int p = 0; p < 6; p++) {
                source.paged().store(layer, source.blockTable(), p, k, v, p);
            }
        }
        // when its first 5 positions are copied into a larger cache
        source.copyTo(target, 5);
        // then positions 0-4 read back as the source's floats, codes and scales alike, and position 5 as zeros
        float[] want = new float[32];
        float[] got = new float[32];
        for (int layer = 0; layer < 2; layer++) {
            for (int p = 0; p < 6; p++) {
                for (int h = 0; h < 2; h++) {
                    source.paged().keysToFloats(layer, 0, p, h, 1, want, TensorKernels.preferred());
                    target.paged().keysToFloats(layer, 0, p, h, 1, got, TensorKernels.preferred());
                    assertThat(got)
                            .as("keys: layer %d position %d head %d", layer, p, h)
                            .containsExactly(p < 5 ? want : new float[32]);
                    source.paged().valuesToFloats(layer, 0, p, h, 1, want, TensorKernels.preferred());
                    target.paged().valuesToFloats(layer, 0, p, h, 1, got, TensorKernels.preferred());
                    assertThat(got)
                            .as("values: layer %d position %d head %d", layer, p, h)
                            .containsExactly(p < 5 ? want : new float[32]);
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
        assertThatThrownBy(() -> model.newPagedKvCache(4, 16, KvCacheType.Q8_0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a Q8_0 KV cache needs heads of a multiple of 32 values (its blocks), got heads of 8:"
                        + " use F16 or F32 for this model");
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
