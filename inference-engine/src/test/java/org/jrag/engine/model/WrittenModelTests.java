package org.jrag.engine.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.jrag.engine.gguf.GgmlType;
import org.jrag.engine.gguf.GgufFile;
import org.jrag.engine.gguf.GgufWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Random-weight models written with {@link GgufWriter}: the qwen2 path (NeoX RoPE, QKV biases, tied output). */
class WrittenModelTests {
    private static final ValueLayout.OfFloat F32 = ValueLayout.JAVA_FLOAT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final int DIM = 64;
    private static final int HIDDEN = 96;
    private static final int VOCAB = 128;
    private static final int KV_DIM = 32;

    @TempDir
    Path dir;

    @Test
    void qwen2BatchPrefillEqualsTokenByTokenDecode() {
        Path p = write("qwen2", true, dir.resolve("qwen2.gguf"));
        try (GgufFile f = GgufFile.open(p)) {
            LlamaModel model = LlamaModel.load(f);
            assertThat(model.config().ropeStyle()).isEqualTo(RopeStyle.NEOX);
            int[] ids = {1, 17, 42, 99, 5, 63, 7};
            float[] batch = model.forward(ids, 0, model.newKvCache(16), true);
            KvCache cache = model.newKvCache(16);
            for (int t = 0; t < ids.length; t++) {
                float[] one = model.forward(new int[] {ids[t]}, t, cache, false);
                float[] row = Arrays.copyOfRange(batch, t * VOCAB, (t + 1) * VOCAB);
                // the batch runs the tiled matrix kernel, a single token the dot kernel: same products, different
                // float summation order, so they agree to ~1e-5 of logits of magnitude ~10, not bit for bit
                assertThat(LlamaModelTests.maxAbsDiff(one, row))
                        .as("position %d", t)
                        .isLessThan(1e-4);
            }
        }
    }

    @Test
    void ropeStyleChangesTheResultOnlyAfterTheFirstPosition() {
        // same weights; at position 0 RoPE is the identity, so llama (NORMAL) and qwen2 (NEOX) agree there and differ
        // later
        try (GgufFile a = GgufFile.open(write("qwen2", false, dir.resolve("a.gguf")));
                GgufFile b = GgufFile.open(write("llama", false, dir.resolve("b.gguf")))) {
            LlamaModel neox = LlamaModel.load(a);
            LlamaModel normal = LlamaModel.load(b);
            int[] ids = {3, 4, 5};
            float[] x = neox.forward(ids, 0, neox.newKvCache(4), true);
            float[] y = normal.forward(ids, 0, normal.newKvCache(4), true);
            assertThat(LlamaModelTests.maxAbsDiff(Arrays.copyOf(x, VOCAB), Arrays.copyOf(y, VOCAB)))
                    .isEqualTo(0.0);
            assertThat(LlamaModelTests.maxAbsDiff(
                            Arrays.copyOfRange(x, 2 * VOCAB, 3 * VOCAB), Arrays.copyOfRange(y, 2 * VOCAB, 3 * VOCAB)))
                    .isGreaterThan(1e-4);
        }
    }

    @Test
    void rejectsUnknownArchitectures() {
        Path p = write("mamba", false, dir.resolve("mamba.gguf"));
        try (GgufFile f = GgufFile.open(p)) {
            assertThatThrownBy(() -> LlamaModel.load(f))
                    .isInstanceOf(UnsupportedModelException.class)
                    .hasMessage("unsupported architecture 'mamba' (supported: llama, mistral, qwen2)");
        }
    }

    /** 2 layers, 4 heads of 16, 2 KV heads, F32 and Q8_0 weights, optional QKV biases, tied output. */
    private static Path write(String arch, boolean biases, Path path) {
        SplittableRandom rnd = new SplittableRandom(5);
        try (Arena arena = Arena.ofConfined()) {
            GgufWriter w = new GgufWriter()
                    .putString("general.architecture", arch)
                    .putUint32(arch + ".embedding_length", DIM)
                    .putUint32(arch + ".feed_forward_length", HIDDEN)
                    .putUint32(arch + ".block_count", 2)
                    .putUint32(arch + ".attention.head_count", 4)
                    .putUint32(arch + ".attention.head_count_kv", 2)
                    .putFloat32(arch + ".rope.freq_base", 10000f)
                    .putUint32(arch + ".vocab_size", VOCAB);
            w.addTensor("token_embd.weight", GgmlType.F32, new long[] {DIM, VOCAB}, gaussian(arena, DIM * VOCAB, rnd));
            w.addTensor("output_norm.weight", GgmlType.F32, new long[] {DIM}, ones(arena, DIM));
            for (int l = 0; l < 2; l++) {
                String b = "blk." + l + ".";
                w.addTensor(b + "attn_norm.weight", GgmlType.F32, new long[] {DIM}, ones(arena, DIM));
                w.addTensor(b + "ffn_norm.weight", GgmlType.F32, new long[] {DIM}, ones(arena, DIM));
                w.addTensor(b + "attn_q.weight", GgmlType.Q8_0, new long[] {DIM, DIM}, q8(arena, DIM * DIM, rnd));
                w.addTensor(b + "attn_k.weight", GgmlType.Q8_0, new long[] {DIM, KV_DIM}, q8(arena, DIM * KV_DIM, rnd));
                w.addTensor(b + "attn_v.weight", GgmlType.Q8_0, new long[] {DIM, KV_DIM}, q8(arena, DIM * KV_DIM, rnd));
                w.addTensor(
                        b + "attn_output.weight", GgmlType.F32, new long[] {DIM, DIM}, gaussian(arena, DIM * DIM, rnd));
                w.addTensor(
                        b + "ffn_gate.weight", GgmlType.Q8_0, new long[] {DIM, HIDDEN}, q8(arena, DIM * HIDDEN, rnd));
                w.addTensor(b + "ffn_up.weight", GgmlType.Q8_0, new long[] {DIM, HIDDEN}, q8(arena, DIM * HIDDEN, rnd));
                w.addTensor(
                        b + "ffn_down.weight",
                        GgmlType.F32,
                        new long[] {HIDDEN, DIM},
                        gaussian(arena, DIM * HIDDEN, rnd));
                if (biases) {
                    w.addTensor(b + "attn_q.bias", GgmlType.F32, new long[] {DIM}, gaussian(arena, DIM, rnd));
                    w.addTensor(b + "attn_k.bias", GgmlType.F32, new long[] {KV_DIM}, gaussian(arena, KV_DIM, rnd));
                    w.addTensor(b + "attn_v.bias", GgmlType.F32, new long[] {KV_DIM}, gaussian(arena, KV_DIM, rnd));
                }
            }
            w.write(path);
        }
        return path;
    }

    private static MemorySegment gaussian(Arena arena, int n, SplittableRandom rnd) {
        MemorySegment s = arena.allocate(4L * n);
        for (int i = 0; i < n; i++) {
            s.set(F32, 4L * i, (float) rnd.nextGaussian() * 0.3f);
        }
        return s;
    }

    private static MemorySegment ones(Arena arena, int n) {
        MemorySegment s = arena.allocate(4L * n);
        for (int i = 0; i < n; i++) {
            s.set(F32, 4L * i, 1f);
        }
        return s;
    }

    /** Q8_0 blocks: fp16 scale 0.01, int8 values uniform in [-127, 127]. */
    private static MemorySegment q8(Arena arena, int n, SplittableRandom rnd) {
        MemorySegment s = arena.allocate(GgmlType.Q8_0.bytesFor(n));
        for (int b = 0; b < n / 32; b++) {
            s.set(
                    ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN),
                    34L * b,
                    Float.floatToFloat16(0.01f));
            for (int j = 0; j < 32; j++) {
                s.set(ValueLayout.JAVA_BYTE, 34L * b + 2 + j, (byte) (rnd.nextInt(255) - 127));
            }
        }
        return s;
    }
}
