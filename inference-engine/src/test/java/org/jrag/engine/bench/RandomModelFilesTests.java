package org.jrag.engine.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.jrag.engine.gguf.GgmlType;
import org.jrag.engine.gguf.GgufFile;
import org.jrag.engine.model.LlamaConfig;
import org.jrag.engine.model.LlamaModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's model writer on a tiny shape: the file loads as the shape says, runs, and is reused. */
class RandomModelFilesTests {
    private static final BenchShape TINY = TinyShape.TINY;

    @TempDir
    Path dir;

    @Test
    void writesEveryMatrixInTheRequestedTypeWithTiedEmbeddings() {
        Path p = RandomModelFiles.ensure(dir, TINY, GgmlType.Q4_0);
        try (GgufFile f = GgufFile.open(p)) {
            assertThat(f.tensors()).hasSize(2 + 9 * 2).doesNotContainKey("output.weight");
            assertThat(f.tensorInfo("token_embd.weight").type()).isEqualTo(GgmlType.Q4_0);
            assertThat(f.tensorInfo("blk.1.ffn_down.weight").type()).isEqualTo(GgmlType.Q4_0);
            assertThat(f.tensorInfo("blk.0.attn_norm.weight").type()).isEqualTo(GgmlType.F32);
            LlamaModel model = LlamaModel.load(f);
            LlamaConfig c = model.config();
            assertThat(c)
                    .extracting(
                            LlamaConfig::dim,
                            LlamaConfig::layers,
                            LlamaConfig::heads,
                            LlamaConfig::kvHeads,
                            LlamaConfig::hiddenDim,
                            LlamaConfig::vocabSize)
                    .containsExactly(64, 2, 4, 2, 96, 300);
            assertThat(c.ropeTheta()).isEqualTo(10000f);
            float[] logits = model.forward(new int[] {1, 5, 299}, 0, model.newKvCache(8), false);
            assertFiniteAndNotAllZero(logits, 300);
        }
    }

    @Test
    void reusesACachedFileAndRewritesABrokenOne() throws Exception {
        Path p = RandomModelFiles.ensure(dir, TINY, GgmlType.Q8_0);
        FileTime old = FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(p, old);
        assertThat(RandomModelFiles.ensure(dir, TINY, GgmlType.Q8_0)).isEqualTo(p);
        assertThat(Files.getLastModifiedTime(p)).isEqualTo(old);

        Files.write(p, new byte[] {1, 2, 3});
        RandomModelFiles.ensure(dir, TINY, GgmlType.Q8_0);
        assertThat(Files.size(p)).isGreaterThan(GgmlType.Q8_0.bytesFor(64L * 300));
    }

    @Test
    void writesQ4KBlocksWithFiniteScalesThatTheEngineRuns() {
        BenchShape shape = new BenchShape("tinyk", 1, 256, 4, 2, 512, 300, 10000f, 256, "smollm", 0, 17, 1, 2);
        Path p = RandomModelFiles.ensure(dir, shape, GgmlType.Q4_K);
        try (GgufFile f = GgufFile.open(p)) {
            assertThat(f.tensorInfo("token_embd.weight").type()).isEqualTo(GgmlType.Q4_K);
            assertThat(f.tensorInfo("blk.0.attn_k.weight").type()).isEqualTo(GgmlType.Q4_K);
            assertThat(f.tensorInfo("blk.0.ffn_down.weight").type()).isEqualTo(GgmlType.Q4_K);
            MemorySegment data = f.tensorData(f.tensorInfo("blk.0.ffn_up.weight"));
            // every block's d and dmin as written, the rest random
            for (long off = 0; off < data.byteSize(); off += GgmlType.Q4_K.blockBytes()) {
                assertThat(Float.float16ToFloat(data.get(ValueLayout.JAVA_SHORT_UNALIGNED, off)))
                        .isEqualTo(Float.float16ToFloat(Float.floatToFloat16(0.02f * 2.2f / (63 * 15))));
                assertThat(Float.float16ToFloat(data.get(ValueLayout.JAVA_SHORT_UNALIGNED, off + 2)))
                        .isEqualTo(Float.float16ToFloat(Float.floatToFloat16(0.02f / 63)));
            }
            LlamaModel model = LlamaModel.load(f);
            float[] logits = model.forward(new int[] {1, 5, 299}, 0, model.newKvCache(8), false);
            assertFiniteAndNotAllZero(logits, 300);
        }
    }

    @Test
    void writesQ6KBlocksWithFiniteScalesThatTheEngineRuns() {
        BenchShape shape = new BenchShape("tinyk6", 1, 256, 4, 2, 512, 304, 10000f, 256, "smollm", 0, 17, 1, 2);
        Path p = RandomModelFiles.ensure(dir, shape, GgmlType.Q6_K);
        try (GgufFile f = GgufFile.open(p)) {
            assertThat(f.tensorInfo("token_embd.weight").type()).isEqualTo(GgmlType.Q6_K);
            assertThat(f.tensorInfo("blk.0.ffn_down.weight").type()).isEqualTo(GgmlType.Q6_K);
            MemorySegment data = f.tensorData(f.tensorInfo("blk.0.ffn_up.weight"));
            // every block's d as written, the rest random
            for (long off = 0; off < data.byteSize(); off += GgmlType.Q6_K.blockBytes()) {
                assertThat(Float.float16ToFloat(data.get(ValueLayout.JAVA_SHORT_UNALIGNED, off + 208)))
                        .isEqualTo(Float.float16ToFloat(Float.floatToFloat16(0.02f * 2.2f / (64 * 32))));
            }
            // and the model (every matrix repacked, the tied output too: 304 rows) runs to finite logits
            LlamaModel model = LlamaModel.load(f);
            float[] logits = model.forward(new int[] {1, 5, 303}, 0, model.newKvCache(8), false);
            assertFiniteAndNotAllZero(logits, 304);
        }
    }

    @Test
    void writesIQ4XSBlocksWithFiniteScalesThatTheEngineRuns() {
        BenchShape shape = new BenchShape("tinyiq4", 1, 256, 4, 2, 512, 304, 10000f, 256, "smollm", 0, 17, 1, 2);
        Path p = RandomModelFiles.ensure(dir, shape, GgmlType.IQ4_XS);
        try (GgufFile f = GgufFile.open(p)) {
            assertThat(f.tensorInfo("token_embd.weight").type()).isEqualTo(GgmlType.IQ4_XS);
            assertThat(f.tensorInfo("blk.0.ffn_down.weight").type()).isEqualTo(GgmlType.IQ4_XS);
            MemorySegment data = f.tensorData(f.tensorInfo("blk.0.ffn_up.weight"));
            // every block's d as written, the rest random
            for (long off = 0; off < data.byteSize(); off += GgmlType.IQ4_XS.blockBytes()) {
                assertThat(Float.float16ToFloat(data.get(ValueLayout.JAVA_SHORT_UNALIGNED, off)))
                        .isEqualTo(Float.float16ToFloat(Float.floatToFloat16(0.02f * 2.2f / (32 * 127))));
            }
            // and the model runs to finite logits
            LlamaModel model = LlamaModel.load(f);
            float[] logits = model.forward(new int[] {1, 5, 303}, 0, model.newKvCache(8), false);
            assertFiniteAndNotAllZero(logits, 304);
        }
    }

    @Test
    void rejectsTypesTheBenchmarkDoesNotCover() {
        assertThatThrownBy(() -> RandomModelFiles.write(TINY, GgmlType.F16, dir.resolve("x.gguf"), 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("type must be Q8_0, Q4_0, Q4_K, Q5_K, Q6_K or IQ4_XS, got: F16");
        assertThatThrownBy(() -> RandomModelFiles.write(TINY, GgmlType.Q4_K, dir.resolve("x.gguf"), 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Q4_K needs rows of whole 256-value blocks; the tiny shape has 64 and 96 columns");
        assertThatThrownBy(() -> RandomModelFiles.write(TINY, GgmlType.Q6_K, dir.resolve("x.gguf"), 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Q6_K needs rows of whole 256-value blocks; the tiny shape has 64 and 96 columns");
    }

    private static void assertFiniteAndNotAllZero(float[] logits, int vocabulary) {
        assertThat(logits).hasSize(vocabulary);
        double sumSq = 0;
        for (float v : logits) {
            assertThat(Float.isFinite(v)).isTrue();
            sumSq += v * v;
        }
        assertThat(sumSq).isGreaterThan(0);
    }
}
