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
 * Q4_1, Q5_0 and Q5_1 blocks as llama.cpp writes them (stories260K quantized by llama-quantize) decoded against
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
                assertThat(t.type().name().toLowerCase()).isEqualTo(c.get("type"));
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
        assertThat(checked).isEqualTo(90);
    }

    @Test
    void q5_0TensorsAreExactQ8_0Blocks() {
        try (GgufFile file = GgufFile.open(LegacyQuantFixtures.file("stories260K-Q4_K_M.gguf"));
                Arena arena = Arena.ofConfined()) {
            int transcoded = 0;
            for (GgufTensorInfo info : file.tensors().values()) {
                if (tensor(file, info.name()) instanceof Q5_0Tensor q) {
                    Q8_0Tensor q8 = q.toQ8_0(arena);
                    float[] a = new float[(int) q.size()];
                    float[] b = new float[a.length];
                    q.dequantize(0, a, 0, a.length);
                    q8.dequantize(0, b, 0, b.length);
                    for (int i = 0; i < a.length; i++) {
                        assertThat(Float.floatToRawIntBits(b[i])).isEqualTo(Float.floatToRawIntBits(a[i]));
                    }
                    transcoded++;
                }
            }
            assertThat(transcoded).isEqualTo(29);
        }
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

    private static Tensor tensor(GgufFile file, String name) {
        GgufTensorInfo info = file.tensors().get(name);
        return Tensor.of(info.type(), file.tensorData(info), info.elementCount());
    }
}
