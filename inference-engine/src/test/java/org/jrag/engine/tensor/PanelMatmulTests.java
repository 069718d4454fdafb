package org.jrag.engine.tensor;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.SplittableRandom;
import org.jrag.engine.gguf.GgmlType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The register-blocked batched product ({@link PanelMatmul}): the vector panel decoders equal the scalar ones bit
 * for bit, the vector tile kernel matches the scalar reference (with and without accumulating onto earlier
 * chunks), and whole products over every edge (row ranges not on 16- or 8-row panels, token counts not on the
 * 4-token tile, more columns than one 256-column chunk with a partial last chunk) match the per-token dots of the
 * scalar reference for every weight type. Tolerance as in {@link TensorKernelsTests}: 1e-5 of the magnitude sum
 * plus 1e-6, since only the summation order and FMAs differ.
 */
class PanelMatmulTests {
    private final TensorKernels scalar = new ScalarTensorKernels();
    private final TensorKernels vector = new PanamaTensorKernels();

    @ParameterizedTest
    @EnumSource(
            value = GgmlType.class,
            names = {"Q8_0", "Q4_0", "Q4_K", "Q5_K", "Q6_K"})
    void vectorPanelDecodersEqualTheScalarOnes(GgmlType type) {
        // given a 16 x 320 interleaved matrix (two groups, ten blocks; K-quants: 16 x 768, three super-blocks)
        SplittableRandom rnd = new SplittableRandom(type.id() * 3L);
        boolean kQuant = type.blockSize() == 256;
        int cols = kQuant ? 768 : 320;
        int first = kQuant ? 256 : 64;
        try (Arena arena = Arena.ofConfined()) {
            Tensor t = interleaved(type, TensorKernelsTests.randomBlocks(arena, type, 16 * cols, rnd), 16, cols, arena);
            float[] expected = new float[TensorKernels.PANEL_ROWS * 8 * 32];
            float[] actual = new float[expected.length];
            // when both decode the 256 columns from blocks 2 (super-block 1) of group 1 into lanes 8..15
            decode(scalar, t, cols, expected);
            decode(vector, t, cols, actual);
            // then the panels are identical and hold W[8 + r, first + k]
            assertThat(actual).containsExactly(expected);
            float[] row = new float[cols];
            t.dequantize(11L * cols, row, 0, cols);
            for (int k = 0; k < 8 * 32; k++) {
                assertThat(actual[k * TensorKernels.PANEL_ROWS + 8 + 3]).isEqualTo(row[first + k]);
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"1, false", "7, false", "64, true", "256, true"})
    void vectorTileMatchesScalarReference(int kc, boolean accumulate) {
        // given a decoded panel, packed tokens and (when accumulating) earlier partial sums in a strided output
        SplittableRandom rnd = new SplittableRandom(kc);
        float[] panel = gaussian(rnd, kc * TensorKernels.PANEL_ROWS);
        int xo = 3;
        float[] xp = gaussian(rnd, xo + kc * TensorKernels.PANEL_TOKENS);
        int stride = 21;
        int o = 2;
        float[] expected = gaussian(rnd, o + TensorKernels.PANEL_TOKENS * stride);
        float[] actual = expected.clone();
        // when both kernels run the tile
        scalar.matmulPanel(panel, kc, xp, xo, expected, o, stride, accumulate);
        vector.matmulPanel(panel, kc, xp, xo, actual, o, stride, accumulate);
        // then every output matches within the tolerance and the gaps between token rows are untouched
        for (int t = 0; t < TensorKernels.PANEL_TOKENS; t++) {
            for (int r = 0; r < stride; r++) {
                int i = o + t * stride + r;
                if (r >= TensorKernels.PANEL_ROWS) {
                    assertThat(actual[i]).isEqualTo(expected[i]);
                    continue;
                }
                double magnitude = 0;
                for (int k = 0; k < kc; k++) {
                    magnitude += Math.abs((double) panel[k * TensorKernels.PANEL_ROWS + r]
                            * xp[xo + k * TensorKernels.PANEL_TOKENS + t]);
                }
                assertThat((double) Math.abs(actual[i] - expected[i]))
                        .as("token %d row %d", t, r)
                        .isLessThanOrEqualTo(1e-5 * magnitude + 1e-5);
            }
        }
    }

    @ParameterizedTest
    @CsvSource({
        "Q8_0, true, 40, 320, 16, 0, 40",
        "Q8_0, true, 40, 320, 17, 8, 32",
        "Q8_0, true, 24, 96, 33, 0, 24",
        "Q4_0, true, 40, 320, 18, 0, 40",
        "Q4_0, true, 40, 576, 21, 16, 40",
        "Q8_0, false, 21, 320, 4, 3, 21",
        "Q4_0, false, 21, 320, 9, 1, 20",
        "F16, false, 19, 288, 6, 0, 19",
        "F32, false, 5, 64, 5, 0, 5",
        "Q4_K, false, 18, 512, 7, 2, 18",
        "Q4_K, true, 40, 768, 13, 0, 40",
        "Q4_K, true, 24, 512, 6, 3, 21",
        "Q6_K, false, 17, 256, 5, 0, 17",
        "Q5_K, true, 40, 768, 13, 0, 40",
        "Q6_K, true, 40, 768, 13, 0, 40",
        "Q6_K, true, 24, 512, 6, 3, 21"
    })
    void productMatchesPerTokenScalarDotsOnEveryEdge(
            GgmlType type, boolean repack, int rows, int cols, int tokens, int from, int to) {
        // given a matrix (interleaved when asked), a batch and an output with a leading offset
        SplittableRandom rnd = new SplittableRandom(rows * 31L + cols + tokens);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment data = TensorKernelsTests.randomBlocks(arena, type, rows * cols, rnd);
            Tensor w = repack ? interleaved(type, data, rows, cols, arena) : Tensor.of(type, data, (long) rows * cols);
            float[] x = gaussian(rnd, tokens * cols);
            int outOff = 3;
            float[] scalarOut = new float[outOff + tokens * rows];
            float[] vectorOut = new float[outOff + tokens * rows];
            // when the panel product fills rows [from, to) with the scalar and the vector kernels
            PanelMatmul.rows(w, cols, x, tokens, scalarOut, outOff, rows, from, to, scalar);
            PanelMatmul.rows(w, cols, x, tokens, vectorOut, outOff, rows, from, to, vector);
            // then both match the per-token reference dots, and rows outside the range stay untouched
            float[] wf = new float[rows * cols];
            w.dequantize(0, wf, 0, rows * cols);
            for (int t = 0; t < tokens; t++) {
                for (int r = 0; r < rows; r++) {
                    int o = outOff + t * rows + r;
                    if (r < from || r >= to) {
                        assertThat(vectorOut[o]).isZero();
                        assertThat(scalarOut[o]).isZero();
                        continue;
                    }
                    double magnitude = 0;
                    for (int i = 0; i < cols; i++) {
                        magnitude += Math.abs((double) wf[r * cols + i] * x[t * cols + i]);
                    }
                    float ref = w.dot((long) r * cols, x, t * cols, cols, scalar);
                    double bound = 1e-5 * magnitude + 1e-6;
                    assertThat((double) Math.abs(scalarOut[o] - ref))
                            .as("%s scalar token %d row %d", type, t, r)
                            .isLessThanOrEqualTo(bound);
                    assertThat((double) Math.abs(vectorOut[o] - ref))
                            .as("%s vector token %d row %d", type, t, r)
                            .isLessThanOrEqualTo(bound);
                }
            }
        }
    }

    private static void decode(TensorKernels k, Tensor t, int cols, float[] panel) {
        switch (t) {
            case Q8_0x8Tensor q -> k.panelQ8_0x8(q.data(), cols, 1, 2, 8, panel, 8);
            case Q4_0x8Tensor q -> k.panelQ4_0x8(q.data(), cols, 1, 2, 8, panel, 8);
            case Q4Kx8Tensor q -> k.panelQ4Kx8(q.data(), cols, 1, 1, 1, panel, 8);
            case Q5Kx8Tensor q -> k.panelQ5Kx8(q.data(), cols, 1, 1, 1, panel, 8);
            case Q6Kx8Tensor q -> k.panelQ6Kx8(q.data(), cols, 1, 1, 1, panel, 8);
            default -> throw new IllegalArgumentException("no panel decoder for " + t.type());
        }
    }

    private static Tensor interleaved(GgmlType type, MemorySegment data, int rows, int cols, Arena arena) {
        Tensor t = Tensor.of(type, data, (long) rows * cols);
        return switch (t) {
            case Q8_0Tensor q -> Q8_0x8Tensor.repack(q, cols, arena).orElseThrow();
            case Q4_0Tensor q -> Q4_0x8Tensor.repack(q, cols, arena).orElseThrow();
            case Q4KTensor q -> Q4Kx8Tensor.repack(q, cols, arena).orElseThrow();
            case Q5KTensor q -> Q5Kx8Tensor.repack(q, cols, arena).orElseThrow();
            case Q6KTensor q -> Q6Kx8Tensor.repack(q, cols, arena).orElseThrow();
            default -> throw new IllegalArgumentException("no interleaved form of " + type);
        };
    }

    private static float[] gaussian(SplittableRandom rnd, int n) {
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = (float) rnd.nextGaussian();
        }
        return v;
    }
}
