package org.jrag.engine.tensor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.jrag.engine.gguf.GgmlType;
import org.jrag.engine.reference.Json;
import org.jrag.engine.reference.SharedFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Vector kernels against the scalar reference per type, and the scalar block decoders bit-exact against
 * llama.cpp's dequantization (shared/reference/kquants/dequant.json).
 */
class TensorKernelsTests {
    private static final ValueLayout.OfShort I16 = ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final ValueLayout.OfFloat F32 = ValueLayout.JAVA_FLOAT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

    /**
     * Tolerance: |vector - scalar| <= 1e-5 * sum_i |w_i x_i| + 1e-6. Both sum n float products in a different
     * order (and the vector one fuses multiply-adds), so they may differ by a few float ulps of the magnitude sum.
     */
    private static final double REL_TOL = 1e-5;

    @ParameterizedTest
    @EnumSource(
            value = GgmlType.class,
            names = {"F32", "F16", "BF16", "Q8_0", "Q4_0", "Q4_K", "Q5_K", "Q6_K", "IQ4_XS"})
    void vectorDotMatchesScalarReference(GgmlType type) {
        SplittableRandom rnd = new SplittableRandom(type.id());
        int n = 1024 + (type.blockSize() == 1 ? 13 : 0); // odd length exercises the scalar tail
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment data = randomBlocks(arena, type, n, rnd);
            Tensor t = Tensor.of(type, data, n);
            float[] x = new float[n + 7];
            for (int i = 0; i < x.length; i++) {
                x[i] = (float) rnd.nextGaussian();
            }
            float[] w = new float[n];
            t.dequantize(0, w, 0, n);
            for (int off = 0; off < 8; off += 7) {
                double magnitude = 0;
                double exact = 0;
                for (int i = 0; i < n; i++) {
                    magnitude += Math.abs((double) w[i] * x[off + i]);
                    exact += (double) w[i] * x[off + i];
                }
                float scalar = t.dot(0, x, off, n, new ScalarTensorKernels());
                float vector = t.dot(0, x, off, n, new PanamaTensorKernels());
                double tol = REL_TOL * magnitude + 1e-6;
                assertThat((double) Math.abs(vector - scalar))
                        .as("%s vector vs scalar", type)
                        .isLessThanOrEqualTo(tol);
                assertThat(Math.abs(scalar - exact))
                        .as("%s scalar vs float64", type)
                        .isLessThanOrEqualTo(tol);
            }
        }
    }

    @Test
    void dotOverLaterBlocksUsesTheRightOffset() {
        SplittableRandom rnd = new SplittableRandom(3);
        try (Arena arena = Arena.ofConfined()) {
            Tensor t = Tensor.of(GgmlType.Q4_K, randomBlocks(arena, GgmlType.Q4_K, 512, rnd), 512);
            float[] ones = new float[256];
            java.util.Arrays.fill(ones, 1f);
            float[] w = new float[256];
            t.dequantize(256, w, 0, 256);
            double sum = 0;
            for (float v : w) {
                sum += v;
            }
            assertThat((double) t.dot(256, ones, 0, 256, new PanamaTensorKernels()))
                    .isCloseTo(sum, org.assertj.core.api.Assertions.within(1e-4 * Math.abs(sum) + 1e-5));
        }
    }

    @Test
    void blockDecodersAreBitExactWithLlamaCppDequantization() {
        Map<String, Object> ref = Json.object(SharedFolder.json("kquants/dequant.json"));
        List<Object> cases = Json.list(ref.get("cases"));
        assertThat(cases).extracting(c -> Json.object(c).get("type")).contains("Q4_K", "Q5_K", "Q6_K", "Q8_0", "Q4_0");
        for (Object o : cases) {
            Map<String, Object> c = Json.object(o);
            GgmlType type = GgmlType.valueOf((String) c.get("type"));
            StringBuilder hex = new StringBuilder();
            Json.list(c.get("blocks_hex")).forEach(h -> hex.append((String) h));
            byte[] bytes = HexFormat.of().parseHex(hex);
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment seg = arena.allocate(bytes.length);
                seg.copyFrom(MemorySegment.ofArray(bytes));
                int n = bytes.length / type.blockBytes() * type.blockSize();
                Tensor t = Tensor.of(type, seg, n);
                float[] out = new float[n];
                t.dequantize(0, out, 0, n);
                float[] expected = Json.floats(c.get("dequantized_first_2048"));
                for (int i = 0; i < expected.length; i++) {
                    assertThat(out[i] == expected[i])
                            .as("%s element %d: %s vs %s", type, i, out[i], expected[i])
                            .isTrue();
                }
                // dot of each given row with x, without activation quantization, vs float64
                Map<String, Object> dot = Json.object(c.get("dot"));
                float[] x = Json.floats(Json.object(ref.get("dot_vector")).get("x"));
                int cols = Json.ints(c.get("ne"))[0];
                float[] f64 = Json.floats(dot.get("f64_dequant_dot_x"));
                int[] rows = Json.ints(dot.get("rows"));
                for (int r = 0; r < rows.length && (long) (rows[r] + 1) * cols <= n; r++) {
                    float v = t.dot((long) rows[r] * cols, x, 0, cols, new PanamaTensorKernels());
                    assertThat((double) v)
                            .as("%s row %d dot", type, r)
                            .isCloseTo(f64[r], org.assertj.core.api.Assertions.within(1e-5));
                }
            }
        }
    }

    @Test
    void matrixVectorSplitsRowsAcrossCoresWithoutChangingResults() {
        SplittableRandom rnd = new SplittableRandom(11);
        int rows = 300;
        int cols = 512;
        try (Arena arena = Arena.ofShared()) {
            Tensor t =
                    Tensor.of(GgmlType.Q8_0, randomBlocks(arena, GgmlType.Q8_0, rows * cols, rnd), (long) rows * cols);
            float[] x = new float[2 * cols];
            for (int i = 0; i < x.length; i++) {
                x[i] = (float) rnd.nextGaussian();
            }
            float[] out = new float[2 * rows];
            MatrixVector.multiplyBatch(t, rows, cols, x, 2, out);
            for (int tok = 0; tok < 2; tok++) {
                for (int r = 0; r < rows; r++) {
                    // same kernel either way; the JIT may reassociate the lane sums differently between calls
                    float expected = t.dot((long) r * cols, x, tok * cols, cols);
                    assertThat(out[tok * rows + r]).isCloseTo(expected, within(Math.abs(expected) * 1e-5f + 1e-6f));
                }
            }
        }
    }

    /** Random bytes with every fp16 scale field set to a finite, realistic value. */
    static MemorySegment randomBlocks(Arena arena, GgmlType type, int n, SplittableRandom rnd) {
        long bytes = type.bytesFor(n);
        MemorySegment s = arena.allocate(bytes);
        for (long i = 0; i < bytes; i++) {
            s.set(ValueLayout.JAVA_BYTE, i, (byte) rnd.nextInt(256));
        }
        switch (type) {
            case F32 -> {
                for (int i = 0; i < n; i++) {
                    s.set(F32, 4L * i, (float) rnd.nextGaussian());
                }
            }
            case F16 -> {
                for (int i = 0; i < n; i++) {
                    s.set(I16, 2L * i, Float.floatToFloat16((float) rnd.nextGaussian() * (i % 50 == 0 ? 1e-6f : 1f)));
                }
            }
            case BF16 -> {
                for (int i = 0; i < n; i++) {
                    s.set(I16, 2L * i, (short) (Float.floatToRawIntBits((float) rnd.nextGaussian()) >>> 16));
                }
            }
            case Q8_0, Q4_0 -> {
                for (long b = 0; b < bytes; b += type.blockBytes()) {
                    s.set(I16, b, Float.floatToFloat16(0.01f * (float) (rnd.nextDouble() + 0.1)));
                }
            }
            case Q4_K, Q5_K -> {
                for (long b = 0; b < bytes; b += type.blockBytes()) {
                    s.set(I16, b, Float.floatToFloat16(0.001f * (float) (rnd.nextDouble() + 0.1)));
                    s.set(I16, b + 2, Float.floatToFloat16(0.001f * (float) (rnd.nextDouble() + 0.1)));
                }
            }
            case Q6_K -> {
                for (long b = 0; b < bytes; b += type.blockBytes()) {
                    s.set(I16, b + 208, Float.floatToFloat16(0.001f * (float) (rnd.nextDouble() + 0.1)));
                }
            }
            case IQ4_XS -> {
                for (long b = 0; b < bytes; b += type.blockBytes()) {
                    s.set(I16, b, Float.floatToFloat16(0.001f * (float) (rnd.nextDouble() + 0.1)));
                }
            }
            default -> throw new IllegalArgumentException("no generator for " + type);
        }
        return s;
    }
}
