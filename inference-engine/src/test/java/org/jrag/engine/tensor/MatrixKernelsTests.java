package org.jrag.engine.tensor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.jrag.engine.gguf.GgmlType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The matrix kernels (row ranges, 2-row x 4-token tiles of decoded rows, edge fallbacks) and the float-array
 * kernels used by attention and SwiGLU, each against the scalar reference. Tolerance as in {@link
 * TensorKernelsTests}: 1e-5 of the magnitude sum plus 1e-6, since only summation order and FMAs differ.
 */
class MatrixKernelsTests {
    private final TensorKernels scalar = new ScalarTensorKernels();
    private final TensorKernels vector = new PanamaTensorKernels();

    @ParameterizedTest
    @CsvSource({
        "Q8_0, 1", "Q8_0, 3", "Q8_0, 4", "Q8_0, 9", "Q8_0, 16",
        "Q4_0, 1", "Q4_0, 3", "Q4_0, 4", "Q4_0, 9", "Q4_0, 16"
    })
    void matmulMatchesScalarReferenceForEveryTileEdge(GgmlType type, int tokens) {
        // given 7 rows (an odd row left over after the pairs) of 96 columns (3 blocks), rows 1..6 requested
        SplittableRandom rnd = new SplittableRandom(tokens * 31L + type.id());
        int rows = 7;
        int cols = 96;
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment w = TensorKernelsTests.randomBlocks(arena, type, rows * cols, rnd);
            float[] x = gaussian(rnd, tokens * cols);
            int outOff = 5;
            float[] expected = new float[outOff + tokens * rows];
            float[] actual = new float[outOff + tokens * rows];
            // when both kernels fill rows [1, 6) for every token
            matmul(scalar, type, w, cols, x, tokens, expected, outOff, rows, 1, 6);
            matmul(vector, type, w, cols, x, tokens, actual, outOff, rows, 1, 6);
            // then each output matches within the tolerance, and rows outside the range stay untouched
            Tensor t = Tensor.of(type, w, (long) rows * cols);
            float[] wf = new float[rows * cols];
            t.dequantize(0, wf, 0, rows * cols);
            for (int tok = 0; tok < tokens; tok++) {
                for (int r = 0; r < rows; r++) {
                    int o = outOff + tok * rows + r;
                    if (r < 1 || r >= 6) {
                        assertThat(actual[o]).as("row %d outside range", r).isZero();
                        continue;
                    }
                    double magnitude = 0;
                    for (int i = 0; i < cols; i++) {
                        magnitude += Math.abs((double) wf[r * cols + i] * x[tok * cols + i]);
                    }
                    assertThat((double) Math.abs(actual[o] - expected[o]))
                            .as("%s token %d row %d", type, tok, r)
                            .isLessThanOrEqualTo(1e-5 * magnitude + 1e-6);
                    assertThat(expected[o]).isEqualTo(t.dot((long) r * cols, x, tok * cols, cols, scalar));
                }
            }
        }
    }

    @ParameterizedTest
    @CsvSource({
        "100, 64, 0, 100",
        "100, 67, 3, 97",
        "75, 64, 9, 75",
        "27, 172, 1, 8",
        "27, 5, 2, 7",
        "8, 8, 0, 1",
        "24, 64, 17, 19",
        "48, 64, 16, 48"
    })
    void f32PanelMatmulGivesTheReferenceBitsForEveryTokenCountAndRowRange(int rows, int cols, int from, int to) {
        // given an F32 matrix in 8-row panels (the last group padded when rows % 8 != 0) and 11 tokens
        SplittableRandom rnd = new SplittableRandom(cols * 31L + from);
        float[] w = gaussian(rnd, rows * cols);
        F32x8Tensor panels = panels(w, rows, cols);
        float[] x = gaussian(rnd, 11 * cols);
        int outOff = 3;
        for (int tokens : new int[] {1, 2, 3, 4, 5, 7, 8, 11}) {
            float[] expected = new float[outOff + tokens * rows];
            float[] actual = new float[outOff + tokens * rows];
            // when the scalar reference and the vector kernel fill rows [from, to) for every token
            scalar.matmulF32x8(panels.panels(), cols, x, tokens, expected, outOff, rows, from, to);
            vector.matmulF32x8(panels.panels(), cols, x, tokens, actual, outOff, rows, from, to);
            // then they agree bit for bit (each output one chain over the columns in order, whatever the pass),
            // rows outside the range stay untouched, and each output is the product within float rounding
            assertThat(actual).as("%d tokens", tokens).containsExactly(expected);
            for (int t = 0; t < tokens; t++) {
                for (int r = 0; r < rows; r++) {
                    int o = outOff + t * rows + r;
                    if (r < from || r >= to) {
                        assertThat(actual[o]).isZero();
                        continue;
                    }
                    double exact = 0;
                    double magnitude = 0;
                    for (int i = 0; i < cols; i++) {
                        exact += (double) w[r * cols + i] * x[t * cols + i];
                        magnitude += Math.abs((double) w[r * cols + i] * x[t * cols + i]);
                    }
                    assertThat((double) Math.abs(actual[o] - exact))
                            .as("%d tokens, token %d row %d", tokens, t, r)
                            .isLessThanOrEqualTo(1e-5 * magnitude + 1e-6);
                    assertThat(actual[o]).isEqualTo(panels.dot((long) r * cols, x, t * cols, cols, scalar));
                }
            }
        }
    }

    @Test
    void f32PanelsHoldTheMappedWeightsAndTakeThePanelKernel() {
        // given a mapped-style (native) F32 tensor of 13 x 64 and its panel copy
        SplittableRandom rnd = new SplittableRandom(5);
        int rows = 13;
        int cols = 64;
        float[] values = gaussian(rnd, rows * cols);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment native_ = arena.allocate(4L * values.length);
            MemorySegment.copy(values, 0, native_, Layouts.F32, 0, values.length);
            F32Tensor mapped = new F32Tensor(native_, values.length);
            F32x8Tensor panels = F32x8Tensor.repack(mapped, cols).orElseThrow();
            // then the copy holds the same values (the last group padded with zero rows) on the heap
            float[] decoded = new float[values.length];
            panels.dequantize(0, decoded, 0, values.length);
            assertThat(decoded).containsExactly(values);
            assertThat(panels.panels()).hasSize(16 * cols);
            assertThat(panels.data().isNative()).isFalse();
            assertThatThrownBy(() -> panels.byteOffset(64)).isInstanceOf(UnsupportedOperationException.class);
            // and both multiply alike: the copy through the panel kernel, the mapping through per-row dots
            float[] x = gaussian(rnd, 2 * cols);
            float[] viaPanels = new float[2 * rows];
            float[] viaSegment = new float[2 * rows];
            MatrixVector.rows(panels, cols, x, 2, viaPanels, 0, rows, 0, rows, vector);
            MatrixVector.rows(mapped, cols, x, 2, viaSegment, 0, rows, 0, rows, vector);
            float[] direct = new float[2 * rows];
            vector.matmulF32x8(panels.panels(), cols, x, 2, direct, 0, rows, 0, rows);
            assertThat(viaPanels).containsExactly(direct);
            for (int i = 0; i < viaPanels.length; i++) {
                assertThat(viaSegment[i]).isCloseTo(viaPanels[i], within(1e-4f));
            }
        }
        // a panel array of the wrong size is refused, naming both sizes
        assertThatThrownBy(() -> new F32x8Tensor(new float[64], 13 * 8, 8))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("need 128 floats, got: 64");
    }

    private static F32x8Tensor panels(float[] w, int rows, int cols) {
        MemorySegment heap = MemorySegment.ofArray(w);
        return F32x8Tensor.repack(new F32Tensor(heap, (long) rows * cols), cols).orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 7, 8, 20, 64, 67})
    void maxAndScaleMatchScalarReference(int len) {
        float[] s = gaussian(new SplittableRandom(len), len + 2);
        s[len - 1] = 9f; // the largest in the tail, past the vector body when len % 8 != 0
        s[len] = 99f; // past len: ignored
        assertThat(vector.max(s, len)).isEqualTo(scalar.max(s, len)).isEqualTo(9f);
        float[] a = s.clone();
        float[] b = s.clone();
        scalar.scale(a, len, 0.3f);
        vector.scale(b, len, 0.3f);
        assertThat(b).containsExactly(a);
        assertThat(b[len]).isEqualTo(99f);
    }

    @ParameterizedTest
    @CsvSource({"1, 64", "3, 64", "4, 64", "9, 64", "16, 64", "5, 67", "8, 13"})
    void decodedMatmulMatchesScalarReferenceForEveryTileEdge(int tokens, int cols) {
        // given 5 decoded rows (two pairs and a leftover) that land at rows 3..7 of an 8-row output
        SplittableRandom rnd = new SplittableRandom(tokens * 7L + cols);
        int rows = 5;
        float[] w = gaussian(rnd, rows * cols);
        float[] x = gaussian(rnd, tokens * cols);
        int outOff = 2;
        int stride = 8;
        float[] expected = new float[outOff + tokens * stride];
        float[] actual = new float[outOff + tokens * stride];
        // when both kernels multiply the block by the batch
        scalar.matmulDecoded(w, rows, cols, x, tokens, expected, outOff, stride, 3);
        vector.matmulDecoded(w, rows, cols, x, tokens, actual, outOff, stride, 3);
        // then every output agrees within the tolerance and rows 0..2 stay untouched
        for (int t = 0; t < tokens; t++) {
            for (int r = 0; r < stride; r++) {
                int o = outOff + t * stride + r;
                if (r < 3) {
                    assertThat(actual[o]).isZero();
                    continue;
                }
                double magnitude = 0;
                for (int i = 0; i < cols; i++) {
                    magnitude += Math.abs((double) w[(r - 3) * cols + i] * x[t * cols + i]);
                }
                assertThat((double) Math.abs(actual[o] - expected[o]))
                        .as("token %d row %d", t, r)
                        .isLessThanOrEqualTo(1e-5 * magnitude + 1e-6);
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"Q8_0, 4", "Q4_0, 9", "Q4_K, 5", "F16, 4"})
    void batchedRowsEqualPerTokenDotsForEveryWeightType(GgmlType type, int tokens) {
        // given a 6 x 256 matrix of the type and a batch large enough for the decoded-block path
        SplittableRandom rnd = new SplittableRandom(type.id());
        int rows = 6;
        int cols = 256;
        try (Arena arena = Arena.ofConfined()) {
            Tensor w = Tensor.of(type, TensorKernelsTests.randomBlocks(arena, type, rows * cols, rnd), rows * cols);
            float[] x = gaussian(rnd, tokens * cols);
            float[] out = new float[tokens * rows];
            // when rows 0..6 run batched
            MatrixVector.rows(w, cols, x, tokens, out, 0, rows, 0, rows, vector);
            // then each equals the scalar dot of that row and token within the tolerance
            float[] wf = new float[rows * cols];
            w.dequantize(0, wf, 0, rows * cols);
            for (int t = 0; t < tokens; t++) {
                for (int r = 0; r < rows; r++) {
                    double magnitude = 0;
                    for (int i = 0; i < cols; i++) {
                        magnitude += Math.abs((double) wf[r * cols + i] * x[t * cols + i]);
                    }
                    float ref = w.dot((long) r * cols, x, t * cols, cols, scalar);
                    assertThat((double) Math.abs(out[t * rows + r] - ref))
                            .as("%s token %d row %d", type, t, r)
                            .isLessThanOrEqualTo(1e-5 * magnitude + 1e-6);
                }
            }
        }
    }

    @ParameterizedTest
    @CsvSource({
        "1, 3, 64", "3, 3, 64", "4, 3, 64", "5, 3, 64", "7, 2, 64", "16, 3, 64", "37, 4, 64", "256, 3, 64",
        "19, 5, 64", "21, 7, 128", "33, 8, 128", "18, 6, 64", "12, 1, 64", "9, 2, 8", "20, 3, 96", "23, 3, 24"
    })
    void groupAttentionKernelsGiveEachHeadItsOwnBits(int len, int count, int headDim) {
        // given count query heads that share a kv head, len cached rows of 3 kv heads (stride 3 * headDim), head 1
        SplittableRandom rnd = new SplittableRandom(len * 977L + count * 31L + headDim);
        int stride = 3 * headDim;
        float[] q = gaussian(rnd, (count + 1) * headDim);
        float[] keys = gaussian(rnd, len * stride);
        float[] values = gaussian(rnd, len * stride);
        float scale = (float) (1 / Math.sqrt(headDim));
        for (TensorKernels k : new TensorKernels[] {scalar, vector}) {
            // when the heads' scores and weighted value sums run in one call, and head by head
            float[][] group = new float[count][len + 2];
            float[][] alone = new float[count][len + 2];
            k.groupAttentionScores(q, headDim, count, keys, headDim, stride, len, headDim, scale, group, 2);
            for (int h = 0; h < count; h++) {
                k.attentionScores(q, (h + 1) * headDim, keys, headDim, stride, len, headDim, scale, alone[h], 2);
            }
            float[] o1 = gaussian(rnd, (count + 2) * headDim);
            float[] o2 = o1.clone();
            k.groupAttentionValues(group, 2, count, len, values, headDim, stride, headDim, o1, headDim);
            for (int h = 0; h < count; h++) {
                k.attentionValues(group[h], 2, len, values, headDim, stride, headDim, o2, (h + 1) * headDim);
            }
            // then every score and output value has the same bits either way, and nothing else is written
            for (int h = 0; h < count; h++) {
                assertThat(group[h])
                        .as("%s scores of head %d", k.getClass().getSimpleName(), h)
                        .isEqualTo(alone[h]);
                assertThat(group[h][0]).isZero();
                assertThat(group[h][1]).isZero();
            }
            assertThat(o1).as("%s outputs", k.getClass().getSimpleName()).isEqualTo(o2);
        }
    }

    @ParameterizedTest
    @CsvSource({"1, 64", "7, 64", "16, 64", "37, 64", "5, 128", "19, 128"})
    void wideValuesKernelsGiveTheBitsOfThe256BitOnes(int len, int headDim) {
        // given three heads' weights over len rows of 3 kv heads (stride 3 * headDim), head 1's values, and outputs
        // that already hold partial sums
        SplittableRandom rnd = new SplittableRandom(len * 7919L + headDim);
        int stride = 3 * headDim;
        float[] values = gaussian(rnd, len * stride);
        float[][] w = {gaussian(rnd, len + 1), gaussian(rnd, len + 1), gaussian(rnd, len + 1)};
        float[] start = gaussian(rnd, 4 * headDim);
        // when the 512-bit kernels and the 256-bit ones run them (each output value one chain of fused
        // multiply-adds over the positions in order, at either width)
        float[] wide = start.clone();
        float[] narrow = start.clone();
        PanamaTensorKernels.values3Wide(w[0], w[1], w[2], 1, len, values, headDim, stride, headDim, wide, headDim);
        PanamaTensorKernels.values3(w[0], w[1], w[2], 1, len, values, headDim, stride, headDim, narrow, headDim);
        // then every output value has the same bits, and nothing outside the heads is written
        assertThat(wide).as("three heads").isEqualTo(narrow);
        assertThat(Arrays.copyOf(wide, headDim)).isEqualTo(Arrays.copyOf(start, headDim));
        wide = start.clone();
        narrow = start.clone();
        PanamaTensorKernels.values2Wide(w[0], w[1], 1, len, values, headDim, stride, headDim, wide, headDim);
        PanamaTensorKernels.values2(w[0], w[1], 1, len, values, headDim, stride, headDim, narrow, headDim);
        assertThat(wide).as("two heads").isEqualTo(narrow);
        wide = start.clone();
        narrow = start.clone();
        PanamaTensorKernels.values1Wide(w[2], 1, len, values, headDim, stride, headDim, wide, headDim);
        PanamaTensorKernels.wideValues(w[2], 1, len, values, headDim, stride, headDim, narrow, headDim);
        assertThat(wide).as("one head").isEqualTo(narrow);
    }

    @ParameterizedTest
    @CsvSource({"1, 64", "7, 64", "8, 64", "37, 64", "130, 64", "9, 8", "20, 96", "23, 24", "5, 12"})
    void attentionKernelsMatchScalarReference(int len, int headDim) {
        // given one query head and len cached rows of 3 KV heads (stride 3 * headDim), head 1 selected
        SplittableRandom rnd = new SplittableRandom(len * 131L + headDim);
        int stride = 3 * headDim;
        float[] q = gaussian(rnd, 2 * headDim);
        float[] keys = gaussian(rnd, len * stride);
        float[] values = gaussian(rnd, len * stride);
        float scale = (float) (1 / Math.sqrt(headDim));
        // when scores, softmax numerators and the weighted value sum run in both kernels
        float[] s1 = new float[len + 3];
        float[] s2 = new float[len + 3];
        scalar.attentionScores(q, headDim, keys, headDim, stride, len, headDim, scale, s1, 0);
        vector.attentionScores(q, headDim, keys, headDim, stride, len, headDim, scale, s2, 0);
        float[] shifted = new float[len + 3];
        vector.attentionScores(q, headDim, keys, headDim, stride, len, headDim, scale, shifted, 3);
        for (int p = 0; p < len; p++) {
            double magnitude = 0;
            for (int i = 0; i < headDim; i++) {
                magnitude += Math.abs((double) q[headDim + i] * keys[p * stride + headDim + i]) * scale;
            }
            assertThat((double) Math.abs(s2[p] - s1[p])).as("score %d", p).isLessThanOrEqualTo(1e-5 * magnitude + 1e-6);
            assertThat(shifted[3 + p]).as("score %d written at offset 3", p).isEqualTo(s2[p]);
        }
        float max = Float.NEGATIVE_INFINITY;
        for (int p = 0; p < len; p++) {
            max = Math.max(max, s1[p]);
        }
        float[] e1 = s1.clone();
        float[] e2 = s1.clone();
        float sum1 = scalar.expShifted(e1, len, max);
        float sum2 = vector.expShifted(e2, len, max);
        assertThat(sum2).isCloseTo(sum1, within(2e-6f * sum1));
        for (int p = 0; p < len; p++) {
            assertThat(e2[p]).as("e %d", p).isCloseTo(e1[p], within(2e-6f * e1[p] + 1e-12f));
        }
        float[] o1 = gaussian(rnd, 3 * headDim);
        float[] o2 = o1.clone();
        scalar.attentionValues(e1, 0, len, values, headDim, stride, headDim, o1, headDim);
        vector.attentionValues(e1, 0, len, values, headDim, stride, headDim, o2, headDim);
        // then all agree within float rounding (the head's outputs accumulate onto what was there), and outputs
        // outside the head are untouched
        for (int i = 0; i < o1.length; i++) {
            double magnitude = Math.abs(o1[i]);
            if (i >= headDim && i < 2 * headDim) {
                for (int p = 0; p < len; p++) {
                    magnitude += Math.abs((double) e1[p] * values[p * stride + i]);
                }
            }
            assertThat((double) Math.abs(o2[i] - o1[i])).as("value %d", i).isLessThanOrEqualTo(1e-5 * magnitude + 1e-6);
        }
    }

    @Test
    void softmaxNumeratorsBelowTheFloorBecomeZeroInsteadOfSubnormal() {
        // given scores whose shifted exponentials straddle 2^-64 (e^-44.4), down to subnormal and zero, in the
        // vector body and in the tail
        float[] scores = {0f, -10f, -44f, -45f, -90f, -100f, -200f, -3f, -43f, -46f, -95f};
        for (TensorKernels k : new TensorKernels[] {scalar, vector}) {
            float[] e = scores.clone();
            // when the kernel turns them into softmax numerators
            float sum = k.expShifted(e, e.length, 0f);
            // then those under the floor are exactly zero, the others e^s, and the sum is theirs
            double expected = 0;
            for (int p = 0; p < scores.length; p++) {
                double exact = Math.exp(scores[p]);
                if (exact < 0x1p-64) {
                    assertThat(e[p])
                            .as("%s numerator %d", k.getClass().getSimpleName(), p)
                            .isZero();
                } else {
                    assertThat((double) e[p]).isCloseTo(exact, within(2e-6 * exact));
                    expected += exact;
                }
            }
            assertThat((double) sum).isCloseTo(expected, within(2e-6 * expected));
        }
    }

    @ParameterizedTest
    @CsvSource({"37, 64, 16", "130, 64, 16", "20, 96, 7", "9, 8, 4", "41, 64, 12", "30, 24, 5"})
    void attentionOverBlocksEqualsOneContiguousRun(int len, int headDim, int blockSize) {
        // given len keys and values laid out contiguously, and the same rows split into blocks of blockSize stored
        // in reverse block order (a paged cache's block table)
        SplittableRandom rnd = new SplittableRandom(len * 7L + blockSize);
        int stride = 2 * headDim;
        float[] q = gaussian(rnd, headDim);
        float[] keys = gaussian(rnd, len * stride);
        float[] values = gaussian(rnd, len * stride);
        int blocks = (len + blockSize - 1) / blockSize;
        float[] pagedKeys = new float[blocks * blockSize * stride];
        float[] pagedValues = new float[blocks * blockSize * stride];
        for (int p = 0; p < len; p++) {
            int dst = ((blocks - 1 - p / blockSize) * blockSize + p % blockSize) * stride;
            System.arraycopy(keys, p * stride, pagedKeys, dst, stride);
            System.arraycopy(values, p * stride, pagedValues, dst, stride);
        }
        float[] w = gaussian(rnd, len);
        for (TensorKernels k : new TensorKernels[] {scalar, vector}) {
            // when scores and the weighted value sum run once contiguously and once per block
            float[] s1 = new float[len];
            float[] s2 = new float[len];
            k.attentionScores(q, 0, keys, headDim, stride, len, headDim, 0.125f, s1, 0);
            float[] o1 = new float[headDim];
            float[] o2 = new float[headDim];
            k.attentionValues(w, 0, len, values, headDim, stride, headDim, o1, 0);
            for (int p0 = 0; p0 < len; p0 += blockSize) {
                int m = Math.min(blockSize, len - p0);
                int base = (blocks - 1 - p0 / blockSize) * blockSize * stride + headDim;
                k.attentionScores(q, 0, pagedKeys, base, stride, m, headDim, 0.125f, s2, p0);
                k.attentionValues(w, p0, m, pagedValues, base, stride, headDim, o2, 0);
            }
            // then the results are the same bit for bit: the same products in the same order
            assertThat(s2).as("%s scores", k.getClass().getSimpleName()).containsExactly(s1);
            assertThat(o2).as("%s values", k.getClass().getSimpleName()).containsExactly(o1);
        }
    }

    /** One call of {@link TensorKernels#attentionLanes}, or of its default one query at a time. */
    private interface LanesCall {
        void run(TensorKernels k, boolean alone, float[] out, float[] maxes, float[] sums);
    }

    @ParameterizedTest
    @CsvSource({
        "8, 8, 16, 100, 0.35, 0, false",
        "3, 8, 16, 5, 0.35, 0, false",
        "8, 16, 7, 41, 0.25, 0, false",
        "5, 64, 16, 30, 0.125, 0, false",
        "8, 24, 16, 9, 0.2, 0, false",
        "6, 8, 16, 64, 6.0, 0, false",
        "1, 8, 4, 1, 0.35, 0, false",
        "4, 12, 16, 20, 0.3, 0, false",
        "8, 8, 16, 100, 0.35, 0, true",
        "8, 8, 16, 300, 0.35, 256, true",
        "5, 8, 16, 77, 0.35, 32, true",
        "7, 16, 7, 60, 0.25, 13, true",
        "2, 8, 16, 40, 6.0, 39, true",
        "12, 8, 16, 100, 0.35, 0, false",
        "16, 8, 16, 300, 0.35, 256, true",
        "9, 16, 7, 60, 0.25, 13, true",
        "16, 24, 16, 33, 0.2, 0, false"
    })
    void attentionLanesGiveEachQueryTheBitsOfRunningItAlone(
            int count, int headDim, int blockSize, int last, float scale, int start, boolean partial) {
        // given count queries of two heads per token over consecutive tokens (the last at position last - 1, so
        // ends differ by token), keys and values of 3 kv heads in blocks stored in reverse order, over the positions
        // from start (a segment's partials) or all of them
        SplittableRandom rnd = new SplittableRandom(count * 977L + headDim * 31L + blockSize + start);
        int stride = 3 * headDim;
        int blocks = (last + blockSize - 1) / blockSize;
        int[] table = new int[blocks];
        for (int b = 0; b < blocks; b++) {
            table[b] = blocks - 1 - b;
        }
        float[] keys = gaussian(rnd, blocks * blockSize * stride);
        float[] values = gaussian(rnd, blocks * blockSize * stride);
        float[] q = gaussian(rnd, (count + 1) * headDim);
        int tokens = (count + 1) / 2;
        int[] qOffs = new int[16];
        int[] outOffs = new int[16];
        int[] ends = new int[16];
        int[] statOffs = new int[16];
        for (int j = 0; j < count; j++) {
            qOffs[j] = (count - j) * headDim - 3 * (count - j) % headDim;
            outOffs[j] = 2 + (count - 1 - j) * headDim;
            ends[j] = last - (tokens - 1) + j / 2;
            statOffs[j] = 1 + 2 * j;
        }
        float[] expected = new float[2 + count * headDim + 3];
        Arrays.fill(expected, 7f);
        float[] actual = expected.clone();
        float[][] stats = new float[4][2 * count + 2];
        for (float[] row : stats) {
            Arrays.fill(row, 7f);
        }
        // when the vector kernel runs them side by side, and each runs alone through its one-query kernels
        LanesCall lanes = (k, alone, out, maxes, sums) -> {
            if (alone) {
                TensorKernels.attentionOneByOne(
                        k, q, qOffs, count, start, ends, keys, values, table, blockSize, stride, headDim, headDim,
                        scale, out, outOffs, maxes, sums, statOffs);
            } else {
                k.attentionLanes(
                        q, qOffs, count, start, ends, keys, values, table, blockSize, stride, headDim, headDim, scale,
                        out, outOffs, maxes, sums, statOffs);
            }
        };
        lanes.run(vector, false, actual, partial ? stats[0] : null, stats[1]);
        lanes.run(vector, true, expected, partial ? stats[2] : null, stats[3]);
        // then every output (and a segment's maxima and sums) has the same bits, and nothing outside them is written
        assertThat(actual).containsExactly(expected);
        assertThat(stats[0]).containsExactly(stats[2]);
        assertThat(stats[1]).containsExactly(stats[3]);
        if (partial) {
            assertThat(stats[1][1]).as("a sum of exponentials").isGreaterThanOrEqualTo(1f);
        }
        // and the scalar kernels agree within float rounding
        float[] reference = new float[expected.length];
        Arrays.fill(reference, 7f);
        lanes.run(scalar, false, reference, partial ? new float[stats[0].length] : null, new float[stats[1].length]);
        for (int i = 0; i < reference.length; i++) {
            assertThat(actual[i])
                    .as("output %d", i)
                    .isCloseTo(reference[i], within(1e-5f * Math.max(1f, Math.abs(reference[i]))));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 7, 8, 16, 64, 67})
    void floatDotAxpyScaleAndSwigluMatchScalarReference(int n) {
        SplittableRandom rnd = new SplittableRandom(n);
        float[] a = gaussian(rnd, n + 3);
        float[] b = gaussian(rnd, n + 5);
        double magnitude = 0;
        for (int i = 0; i < n; i++) {
            magnitude += Math.abs((double) a[3 + i] * b[5 + i]);
        }
        assertThat((double) Math.abs(vector.dot(a, 3, b, 5, n) - scalar.dot(a, 3, b, 5, n)))
                .isLessThanOrEqualTo(1e-5 * magnitude + 1e-6);

        float[] y1 = gaussian(new SplittableRandom(1), n + 2);
        float[] y2 = y1.clone();
        scalar.axpy(0.37f, a, 3, y1, 2, n);
        vector.axpy(0.37f, a, 3, y2, 2, n);
        for (int i = 0; i < y1.length; i++) {
            assertThat(y2[i]).as("axpy %d", i).isCloseTo(y1[i], within(1e-6f));
        }

        float[] s1 = new float[n + 5];
        float[] s2 = new float[n + 5];
        scalar.scaleByWeight(a, 3, 0.731f, b, s1, 5, n);
        vector.scaleByWeight(a, 3, 0.731f, b, s2, 5, n);
        for (int i = 0; i < s1.length; i++) {
            assertThat(Float.floatToRawIntBits(s2[i]))
                    .as("scaleByWeight %d", i)
                    .isEqualTo(Float.floatToRawIntBits(s1[i]));
        }

        float[] g1 = gaussian(rnd, n + 4);
        for (int i = 0; i < g1.length; i++) {
            g1[i] *= 6; // covers the saturated ends of the sigmoid
        }
        float[] g2 = g1.clone();
        float[] up = gaussian(rnd, n + 4);
        scalar.swiglu(g1, up, 4, n);
        vector.swiglu(g2, up, 4, n);
        for (int i = 0; i < g1.length; i++) {
            assertThat((double) Math.abs(g2[i] - g1[i]))
                    .as("swiglu %d", i)
                    .isLessThanOrEqualTo(2e-6 * Math.abs(g1[i]) + 1e-7);
        }
    }

    private static void matmul(
            TensorKernels k,
            GgmlType type,
            MemorySegment w,
            int cols,
            float[] x,
            int tokens,
            float[] out,
            int outOff,
            int rows,
            int from,
            int to) {
        if (type == GgmlType.Q8_0) {
            k.matmulQ8_0(w, cols, x, tokens, out, outOff, rows, from, to);
        } else {
            k.matmulQ4_0(w, cols, x, tokens, out, outOff, rows, from, to);
        }
    }

    private static float[] gaussian(SplittableRandom rnd, int n) {
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = (float) rnd.nextGaussian();
        }
        return v;
    }
}
