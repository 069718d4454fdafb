package org.jrag.engine.tensor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.lang.foreign.Arena;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.jrag.engine.gguf.GgufFile;
import org.jrag.engine.gguf.GgufTensorInfo;
import org.jrag.engine.reference.Json;
import org.jrag.engine.reference.LegacyQuantFixtures;
import org.junit.jupiter.api.Test;

/**
 * Q4_1, Q5_0, Q5_1, IQ4_NL, Q2_K, Q3_K and IQ4_XS blocks as llama.cpp writes them (stories260K and the kquants tiny model quantized by
 * llama-quantize) decoded against
 * llama.cpp's own dequantization ({@code ggml_get_type_traits(type)->to_float}, in {@code reference.json}).
 */
class LegacyQuantTensorsTests {
    private static final List<Object> DEQUANT =
            Json.list(LegacyQuantFixtures.reference().get("dequant"));

    @Test
    void decodedValuesEqualLlamaCppsBitForBitInEveryLegacyTensor() {
        int checked = 0;
        for (Object o : DEQUANT) {
            Map<String, Object> c = Json.object(o);
            try (GgufFile file = GgufFile.open(LegacyQuantFixtures.file((String) c.get("file")))) {
                Tensor t = tensor(file, (String) c.get("tensor"));
                assertThat(t.type().name()).isEqualToIgnoringCase((String) c.get("type"));
                float[] all = new float[(int) t.size()];
                t.dequantize(0, all, 0, all.length);
                float[] expected = Json.floats(c.get("values"));
                for (int i = 0; i < expected.length; i++) {
                    // bits, but a zero of either sign as zero: this libggml writes 0 * d as +0 for a negative d
                    int bits = all[i] == 0f ? 0 : Float.floatToRawIntBits(all[i]);
                    assertThat(bits)
                            .as("%s %s value %d", c.get("file"), c.get("tensor"), i)
                            .isEqualTo(Float.floatToRawIntBits(expected[i]));
                }
                double sum = 0;
                for (float v : all) {
                    sum += v;
                }
                // the whole tensor: the same float64 sum, in index order, as over llama.cpp's values
                assertThat(sum).as("%s %s", c.get("file"), c.get("tensor")).isEqualTo((Double) c.get("sum_f64"));
                checked++;
            }
        }
        assertThat(checked).isEqualTo(172);
    }

    @Test
    void q5_0TensorsAreExactQ8_0Blocks() {
        try (GgufFile file = GgufFile.open(LegacyQuantFixtures.file("stories260K-Q4_K_M.gguf"));
                Arena arena = Arena.ofShared()) {
            int transcoded = 0;
            for (GgufTensorInfo info : file.tensors().values()) {
                if (tensor(file, info.name()) instanceof Q5_0Tensor q) {
                    assertSameValues(q, q.toQ8_0(arena), info.name());
                    transcoded++;
                }
            }
            assertThat(transcoded).isEqualTo(29);
        }
    }

    @Test
    void q3KTensorsAreExactQ6KBlocks() {
        try (GgufFile file = GgufFile.open(LegacyQuantFixtures.file("tiny-kq-Q3_K_M.gguf"));
                Arena arena = Arena.ofShared()) {
            int transcoded = 0;
            for (GgufTensorInfo info : file.tensors().values()) {
                if (tensor(file, info.name()) instanceof Q3KTensor q) {
                    assertSameValues(q, q.toQ6K(arena), info.name());
                    transcoded++;
                }
            }
            assertThat(transcoded).isEqualTo(9);
        }
    }

    @Test
    void q2KTensorsServedAsQ6KBlocksPlusMinimumsKeepEveryValue() {
        try (GgufFile file = GgufFile.open(LegacyQuantFixtures.file("tiny-kq-Q2_K.gguf"));
                Arena arena = Arena.ofShared()) {
            int served = 0;
            for (GgufTensorInfo info : file.tensors().values()) {
                if (tensor(file, info.name()) instanceof Q2KTensor q) {
                    assertSameValues(
                            q,
                            new MinsTensor(q.type(), q.toQ6K(arena), q.mins(), (int) info.dims()[0], 16),
                            info.name());
                    served++;
                }
            }
            assertThat(served).isEqualTo(9);
        }
    }

    @Test
    void q4_1AndQ5_1TensorsServedAsCodesPlusMinimumsKeepEveryValueAndProduct() {
        SplittableRandom random = new SplittableRandom(9);
        int served = 0;
        for (String name : new String[] {"stories260K-Q5_K_M.gguf", "stories260K-Q4_1-pure.gguf"}) {
            try (GgufFile file = GgufFile.open(LegacyQuantFixtures.file(name));
                    Arena arena = Arena.ofShared()) {
                for (GgufTensorInfo info : file.tensors().values()) {
                    Tensor t = tensor(file, info.name());
                    Q8_0Tensor codes;
                    float[] mins;
                    if (t instanceof Q5_1Tensor q) {
                        codes = q.codesAsQ8_0(arena);
                        mins = q.mins();
                    } else if (t instanceof Q4_1Tensor q) {
                        codes = q.codesAsQ8_0(arena);
                        mins = q.mins();
                    } else {
                        continue;
                    }
                    int cols = (int) info.dims()[0];
                    int rows = (int) (t.size() / cols);
                    MinsTensor m = new MinsTensor(t.type(), codes, mins, cols, 32);
                    float[] a = assertSameValues(t, m, info.name());
                    // products through the matrix path (Q8_0 kernels plus the minimums) for 1 and 9 tokens
                    for (int tokens : new int[] {1, 9}) {
                        float[] x = new float[tokens * cols];
                        for (int i = 0; i < x.length; i++) {
                            x[i] = (float) random.nextGaussian();
                        }
                        float[] out = new float[tokens * rows];
                        MatrixVector.multiplyBatch(m, rows, cols, x, tokens, out);
                        for (int k = 0; k < tokens; k++) {
                            for (int r = 0; r < rows; r += 7) {
                                double expected = 0;
                                for (int c = 0; c < cols; c++) {
                                    expected += (double) a[r * cols + c] * x[k * cols + c];
                                }
                                assertThat((double) out[k * rows + r])
                                        .as("%s %s token %d row %d", name, info.name(), k, r)
                                        .isCloseTo(expected, within(1e-4 * (1 + Math.abs(expected))));
                            }
                        }
                    }
                    served++;
                }
            }
        }
        assertThat(served).isEqualTo(61);
    }

    @Test
    void dotProductsEqualTheDotOfTheDecodedRow() {
        SplittableRandom random = new SplittableRandom(5);
        float[] x = new float[64];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) random.nextGaussian();
        }
        for (String name : LegacyQuantFixtures.MODELS) {
            try (GgufFile file = GgufFile.open(LegacyQuantFixtures.file(name))) {
                Tensor t = tensor(file, "blk.0.attn_q.weight");
                float[] row = new float[64];
                for (int r = 0; r < 64; r += 9) {
                    t.dequantize(64L * r, row, 0, 64);
                    double expected = 0;
                    for (int i = 0; i < 64; i++) {
                        expected += (double) row[i] * x[i];
                    }
                    for (TensorKernels kernels : List.of(new ScalarTensorKernels(), TensorKernels.preferred())) {
                        assertThat((double) t.dot(64L * r, x, 0, 64, kernels))
                                .as("%s row %d", name, r)
                                .isCloseTo(expected, within(1e-5 * (1 + Math.abs(expected))));
                    }
                }
            }
        }
    }

    /** Asserts that {@code served} decodes every value of {@code source} to the same bits; returns the values. */
    private static float[] assertSameValues(Tensor source, Tensor served, String name) {
        float[] a = new float[(int) source.size()];
        float[] b = new float[a.length];
        source.dequantize(0, a, 0, a.length);
        served.dequantize(0, b, 0, b.length);
        for (int i = 0; i < a.length; i++) {
            assertThat(Float.floatToRawIntBits(b[i]))
                    .as("%s value %d", name, i)
                    .isEqualTo(Float.floatToRawIntBits(a[i]));
        }
        return a;
    }

    private static Tensor tensor(GgufFile file, String name) {
        GgufTensorInfo info = file.tensors().get(name);
        return Tensor.of(info.type(), file.tensorData(info), info.elementCount());
    }
}
