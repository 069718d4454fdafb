package org.jrag.engine.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
            assertThat(logits).hasSize(300);
            double sumSq = 0;
            for (float v : logits) {
                assertThat(Float.isFinite(v)).isTrue();
                sumSq += v * v;
            }
            assertThat(sumSq).isGreaterThan(0);
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
    void rejectsTypesTheBenchmarkDoesNotCover() {
        assertThatThrownBy(() -> RandomModelFiles.write(TINY, GgmlType.F16, dir.resolve("x.gguf"), 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("type must be Q8_0 or Q4_0, got: F16");
    }
}
