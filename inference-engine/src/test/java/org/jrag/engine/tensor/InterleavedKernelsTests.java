package org.jrag.engine.tensor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.jrag.engine.gguf.GgmlType;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The 8-row interleaved Q8_0 / Q4_0 matrices: the repack keeps every value, and the vector kernel matches the
 * scalar reference and the row-major kernels over any row range (whole group pairs, an odd group, rows outside
 * whole groups) for 1 to 3 tokens, 4-token passes with a remainder, and batches long enough to decode rows first.
 * Q8_0, and batches that decode rows first, on float activations, tolerance as in {@link TensorKernelsTests}: 1e-5
 * of the magnitude sum plus 1e-6, since only the summation order and FMAs differ. Q4_0 below that batch size on
 * activations rounded to 8-bit blocks ({@link Q8Activations}): the vector kernel gives the scalar reference's bits
 * (integer block sums, the same float steps), and both stay within the rounding bound (half a block scale times the
 * block's weight magnitudes) of the float products.
 */
class InterleavedKernelsTests {
    private final TensorKernels scalar = new ScalarTensorKernels();
    private final TensorKernels vector = new PanamaTensorKernels();

    private static Tensor repack(Tensor t, int cols, Arena arena) {
        return switch (t) {
            case Q8_0Tensor q -> Q8_0x8Tensor.repack(q, cols, arena).orElseThrow();
            case Q4_0Tensor q -> Q4_0x8Tensor.repack(q, cols, arena).orElseThrow();
            default -> throw new IllegalArgumentException("no interleaved form of " + t.type());
        };
    }

    /** A random Q8_0 matrix of rows x cols in its 8-row interleaved form. */
    private static Tensor randomInterleavedQ8_0(Arena arena, int rows, int cols, SplittableRandom rnd) {
        Tensor t = Tensor.of(
                GgmlType.Q8_0, TensorKernelsTests.randomBlocks(arena, GgmlType.Q8_0, rows * cols, rnd), rows * cols);
        return repack(t, cols, arena);
    }

    @ParameterizedTest
    @EnumSource(
            value = GgmlType.class,
            names = {"Q8_0", "Q4_0"})
    void repackedMatrixDequantizesToTheSameValues(GgmlType type) {
        // given a 24 x 96 matrix and its interleaved copy
        SplittableRandom rnd = new SplittableRandom(type.id());
        int rows = 24;
        int cols = 96;
        try (Arena arena = Arena.ofConfined()) {
            Tensor t = Tensor.of(type, TensorKernelsTests.randomBlocks(arena, type, rows * cols, rnd), rows * cols);
            Tensor packed = repack(t, cols, arena);
            // then it is the same type and size, its bytes are the file's in another order, and every value
            // decodes bit for bit the same, whole or from a row in the middle of a group
            assertThat(packed.type()).isEqualTo(type);
            assertThat(packed.size()).isEqualTo(t.size());
            assertThat(packed.data().byteSize()).isEqualTo(t.data().byteSize());
            float[] expected = new float[rows * cols];
            float[] actual = new float[rows * cols];
            t.dequantize(0, expected, 0, rows * cols);
            packed.dequantize(0, actual, 0, rows * cols);
            assertThat(actual).containsExactly(expected);
            float[] row = new float[2 * cols - 32];
            packed.dequantize(11L * cols + 32, row, 0, row.length);
            assertThat(row).containsExactly(Arrays.copyOfRange(expected, 11 * cols + 32, 13 * cols));
            float[] x = gaussian(rnd, cols);
            assertThat(packed.dot(5L * cols, x, 0, cols, scalar)).isEqualTo(t.dot(5L * cols, x, 0, cols, scalar));
            assertThatThrownBy(() -> packed.byteOffset(0)).isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @ParameterizedTest
    @CsvSource({"1, 0, 40", "3, 3, 37", "8, 0, 40", "9, 5, 35"})
    void runsOfFourDecodeAndMultiplyAsTheColumnOrder(int tokens, int from, int to) {
        // given a 40 x 96 Q8_0 matrix repacked in columns and in runs of 4
        SplittableRandom rnd = new SplittableRandom(tokens * 17L + from);
        int rows = 40;
        int cols = 96;
        try (Arena arena = Arena.ofConfined()) {
            Q8_0Tensor t = (Q8_0Tensor) Tensor.of(
                    GgmlType.Q8_0,
                    TensorKernelsTests.randomBlocks(arena, GgmlType.Q8_0, rows * cols, rnd),
                    rows * cols);
            Q8_0x8Tensor columns = Q8_0x8Tensor.repack(t, cols, arena).orElseThrow();
            Q8_0x8RunsTensor runs = Q8_0x8RunsTensor.repack(t, cols, arena).orElseThrow();
            // then the runs are the file's bytes in another order, and decode bit for bit as the file
            assertThat(runs.type()).isEqualTo(GgmlType.Q8_0);
            assertThat(runs.data().byteSize()).isEqualTo(t.data().byteSize());
            float[] expected = new float[rows * cols];
            float[] actual = new float[rows * cols];
            t.dequantize(0, expected, 0, rows * cols);
            runs.dequantize(0, actual, 0, rows * cols);
            assertThat(actual).containsExactly(expected);
            float[] x = gaussian(rnd, tokens * cols);
            assertThat(runs.dot(9L * cols, x, 0, cols, scalar)).isEqualTo(t.dot(9L * cols, x, 0, cols, scalar));
            assertThatThrownBy(() -> runs.byteOffset(0)).isInstanceOf(UnsupportedOperationException.class);
            // when both orders are multiplied by the scalar kernels and by the vector ones
            float[] scalarColumns = product(columns, cols, x, tokens, rows, from, to, scalar);
            float[] scalarRuns = product(runs, cols, x, tokens, rows, from, to, scalar);
            float[] vectorColumns = product(columns, cols, x, tokens, rows, from, to, vector);
            float[] vectorRuns = product(runs, cols, x, tokens, rows, from, to, vector);
            // then the scalar products have the same bits; where the integer passes run, the vector kernels multiply
            // the runs through them, with the bits of the passes' Java reference on the column order (the columns go
            // through the float kernels), else the runs take the scalar reference
            assertThat(scalarRuns)
                    .usingElementComparator(InterleavedKernelsTests::bits)
                    .containsExactly(scalarColumns);
            if (PanamaTensorKernels.integerPassesAvailable()) {
                float[] reference = new float[tokens * rows];
                Arrays.fill(reference, Float.NaN);
                IntegerPasses.Scratch s = new IntegerPasses.Scratch();
                s.round(x, tokens, cols);
                IntegerPasses.reference(columns.data(), cols, 1, s, tokens, reference, 0, rows, from, to);
                assertThat(vectorRuns)
                        .usingElementComparator(InterleavedKernelsTests::bits)
                        .containsExactly(reference);
                assertThat(vectorColumns)
                        .usingElementComparator(InterleavedKernelsTests::bits)
                        .containsExactly(
                                product(columns, cols, x, tokens, rows, from, to, PanamaTensorKernels.floatQ8_0()));
            } else {
                assertThat(vectorRuns)
                        .usingElementComparator(InterleavedKernelsTests::bits)
                        .containsExactly(scalarRuns);
            }
        }
    }

    /** Rows [from, to) of w times tokens rows of x through the kernels, the other rows NaN. */
    private static float[] product(
            Tensor w, int cols, float[] x, int tokens, int rows, int from, int to, TensorKernels kernels) {
        float[] out = new float[tokens * rows];
        Arrays.fill(out, Float.NaN);
        MatrixVector.rows(w, cols, x, tokens, out, 0, rows, from, to, kernels);
        return out;
    }

    private static int bits(Float a, Float b) {
        return Integer.compare(Float.floatToRawIntBits(a), Float.floatToRawIntBits(b));
    }

    @ParameterizedTest
    @CsvSource({
        "Q8_0, 1, 0, 40",
        "Q8_0, 3, 0, 40",
        "Q8_0, 1, 3, 37",
        "Q8_0, 2, 8, 24",
        "Q8_0, 1, 5, 7",
        "Q8_0, 2, 16, 40",
        "Q8_0, 4, 0, 40",
        "Q8_0, 9, 3, 37",
        "Q8_0, 2, 0, 40",
        "Q8_0, 3, 3, 37",
        "Q8_0, 5, 0, 40",
        "Q8_0, 6, 5, 35",
        "Q8_0, 7, 0, 40",
        "Q8_0, 3, 8, 24",
        "Q8_0, 2, 16, 40",
        "Q8_0, 17, 0, 40",
        "Q4_0, 1, 0, 40",
        "Q4_0, 3, 0, 40",
        "Q4_0, 1, 3, 37",
        "Q4_0, 2, 8, 24",
        "Q4_0, 1, 5, 7",
        "Q4_0, 2, 16, 40",
        "Q4_0, 4, 0, 40",
        "Q4_0, 9, 3, 37",
        "Q4_0, 2, 0, 40",
        "Q4_0, 3, 3, 37",
        "Q4_0, 5, 0, 40",
        "Q4_0, 6, 5, 35",
        "Q4_0, 7, 0, 40",
        "Q4_0, 3, 8, 24",
        "Q4_0, 2, 16, 40",
        "Q4_0, 17, 0, 40"
    })
    void interleavedMatmulMatchesScalarReferenceAndRowMajorKernel(GgmlType type, int tokens, int from, int to) {
        // given 40 rows (two group pairs and an odd group) of 128 columns and its interleaved copy
        SplittableRandom rnd = new SplittableRandom(tokens * 131L + from * 7L + to + type.id());
        int rows = 40;
        int cols = 128;
        try (Arena arena = Arena.ofConfined()) {
            Tensor t = Tensor.of(type, TensorKernelsTests.randomBlocks(arena, type, rows * cols, rnd), rows * cols);
            Tensor packed = repack(t, cols, arena);
            float[] x = gaussian(rnd, tokens * cols);
            int outOff = 3;
            float[] reference = new float[outOff + tokens * rows];
            float[] actual = new float[outOff + tokens * rows];
            float[] rowMajor = new float[outOff + tokens * rows];
            Arrays.fill(actual, Float.NaN);
            // when the scalar and vector kernels fill rows [from, to) for every token, and the row-major vector kernel
            // too
            MatrixVector.rows(packed, cols, x, tokens, reference, outOff, rows, from, to, scalar);
            MatrixVector.rows(packed, cols, x, tokens, actual, outOff, rows, from, to, vector);
            MatrixVector.rows(t, cols, x, tokens, rowMajor, outOff, rows, from, to, vector);
            // then they agree within the tolerance, and rows outside the range stay untouched
            float[] wf = new float[rows * cols];
            t.dequantize(0, wf, 0, rows * cols);
            for (int tok = 0; tok < tokens; tok++) {
                for (int r = 0; r < rows; r++) {
                    int o = outOff + tok * rows + r;
                    if (r < from || r >= to) {
                        assertThat(actual[o]).as("row %d outside range", r).isNaN();
                        continue;
                    }
                    double magnitude = 0;
                    double exact = 0;
                    for (int i = 0; i < cols; i++) {
                        magnitude += Math.abs((double) wf[r * cols + i] * x[tok * cols + i]);
                        exact += (double) wf[r * cols + i] * x[tok * cols + i];
                    }
                    double tol = 1e-5 * magnitude + 1e-6;
                    // Q4_0 sums in integers below the panels' batch size, and at every size where the integer passes
                    // run; the scalar kernels' integer reference then gives the same bits
                    if (type == GgmlType.Q4_0
                            && (tokens < MatrixVector.INTERLEAVED_BATCHED_TOKENS
                                    || PanamaTensorKernels.integerPassesAvailable())) {
                        assertThat(actual[o])
                                .as("%s token %d row %d vector vs scalar", type, tok, r)
                                .isEqualTo(reference[o]);
                        tol += roundingBound(wf, r * cols, x, tok * cols, cols);
                    } else if (type == GgmlType.Q8_0 && PanamaTensorKernels.integerPassesAvailable()) {
                        // the vector kernels round the activations to 8-bit blocks (IntegerPasses), the scalar
                        // ones multiply them exact
                        tol += roundingBound(wf, r * cols, x, tok * cols, cols);
                        assertThat((double) Math.abs(actual[o] - reference[o]))
                                .as("%s token %d row %d vector vs scalar", type, tok, r)
                                .isLessThanOrEqualTo(tol);
                    } else {
                        assertThat((double) Math.abs(actual[o] - reference[o]))
                                .as("%s token %d row %d vector vs scalar", type, tok, r)
                                .isLessThanOrEqualTo(tol);
                    }
                    assertThat((double) Math.abs(actual[o] - rowMajor[o]))
                            .as("%s token %d row %d vs row-major", type, tok, r)
                            .isLessThanOrEqualTo(tol);
                    assertThat(Math.abs(reference[o] - exact))
                            .as("%s token %d row %d scalar vs float64", type, tok, r)
                            .isLessThanOrEqualTo(tol);
                }
            }
        }
    }

    /** Rows [from, to) of token tok of x alone, through the vector kernels' one-token path. */
    private float[] oneToken(Tensor packed, int cols, float[] x, int tok, int rows, int from, int to) {
        float[] one = new float[rows];
        MatrixVector.rows(
                packed, cols, Arrays.copyOfRange(x, tok * cols, (tok + 1) * cols), 1, one, 0, rows, from, to, vector);
        return one;
    }

    @ParameterizedTest
    @CsvSource({"Q8_0, 0, 104", "Q8_0, 3, 101", "Q8_0, 0, 24", "Q4_0, 0, 104", "Q4_0, 3, 101"})
    void oneTokenOverFourStreamsSumsAsATokenOfABatch(GgmlType type, int from, int to) {
        // given 104 rows (13 groups: Q8_0 reads three of four streams, then one group alone) of 128 columns, and two
        // tokens
        SplittableRandom rnd = new SplittableRandom(from * 31L + to + type.id());
        int rows = 104;
        int cols = 128;
        try (Arena arena = Arena.ofConfined()) {
            Tensor t = Tensor.of(type, TensorKernelsTests.randomBlocks(arena, type, rows * cols, rnd), rows * cols);
            Tensor packed = repack(t, cols, arena);
            float[] x = gaussian(rnd, 2 * cols);
            float[] batched = new float[2 * rows];
            // when the two tokens run as one batch, and each alone (the one-token path reads four groups at once)
            MatrixVector.rows(packed, cols, x, 2, batched, 0, rows, from, to, vector);
            for (int tok = 0; tok < 2; tok++) {
                float[] one = oneToken(packed, cols, x, tok, rows, from, to);
                // then each token alone gets exactly the bits it gets in the batch
                assertThat(one).containsExactly(Arrays.copyOfRange(batched, tok * rows, (tok + 1) * rows));
            }
        }
    }

    @ParameterizedTest
    @CsvSource({
        "Q8_0, 2",
        "Q8_0, 3",
        "Q8_0, 4",
        "Q8_0, 5",
        "Q8_0, 6",
        "Q8_0, 7",
        "Q8_0, 8",
        "Q8_0, 9",
        "Q8_0, 10",
        "Q8_0, 11",
        "Q8_0, 12",
        "Q8_0, 17",
        "Q8_0, 23",
        "Q4_0, 2",
        "Q4_0, 3",
        "Q4_0, 4",
        "Q4_0, 5",
        "Q4_0, 6",
        "Q4_0, 7",
        "Q4_0, 8",
        "Q4_0, 11"
    })
    void everyTokenOfABatchBelowThePanelThresholdSumsInTheOrderOfASingleToken(GgmlType type, int tokens) {
        // given 40 rows of 128 columns, interleaved, and a batch below the panel kernel (passes of 8 and 4, the rest)
        SplittableRandom rnd = new SplittableRandom(tokens * 7919L + type.id());
        int rows = 40;
        int cols = 128;
        try (Arena arena = Arena.ofConfined()) {
            Tensor t = Tensor.of(type, TensorKernelsTests.randomBlocks(arena, type, rows * cols, rnd), rows * cols);
            Tensor packed = repack(t, cols, arena);
            assertThat(tokens).isLessThan(MatrixVector.panelTokens(packed));
            float[] x = gaussian(rnd, tokens * cols);
            float[] batched = new float[tokens * rows];
            // when the vector kernel runs the batch at once
            MatrixVector.rows(packed, cols, x, tokens, batched, 0, rows, 0, rows, vector);
            // then every token, in a 4-token pass or not, gets exactly the bits of a one-token call
            for (int tok = 0; tok < tokens; tok++) {
                float[] one = oneToken(packed, cols, x, tok, rows, 0, rows);
                assertThat(Arrays.copyOfRange(batched, tok * rows, (tok + 1) * rows))
                        .as("%s token %d of %d", type, tok, tokens)
                        .containsExactly(one);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = GgmlType.class,
            names = {"Q8_0", "Q4_0"})
    void rejectsAShapeWithoutWholeGroupsOrBlocks(GgmlType type) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment w = TensorKernelsTests.randomBlocks(arena, type, 12 * 64, new SplittableRandom(1));
            Tensor t = Tensor.of(type, w, 12 * 64);
            assertThatThrownBy(() -> repack(t, 64, arena))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("an 8-row interleaved " + type
                            + " matrix needs cols a multiple of 32 and rows of 8, got: 768 elements of 64 columns");
        }
    }

    /**
     * How far 8-bit block rounding of x can move the dot product with the row w: each value by at most half its
     * block's scale (max|x| / 127), weighted by |w| (plus float slack).
     */
    private static double roundingBound(float[] w, int wOff, float[] x, int xOff, int n) {
        double bound = 0;
        for (int b = 0; b < n; b += 32) {
            double amax = 0;
            double wsum = 0;
            for (int j = b; j < b + 32; j++) {
                amax = Math.max(amax, Math.abs(x[xOff + j]));
                wsum += Math.abs(w[wOff + j]);
            }
            bound += amax / 127 / 2 * wsum;
        }
        return bound * (1 + 1e-5);
    }

    @org.junit.jupiter.api.Test
    void q4_0ExtremeCodesAndActivationsSumExactlyIn16Bits() {
        // given 16 rows of 256 columns whose every code is 15 (or 0) and a token of one magnitude (all +-127 once
        // rounded), so every 16-bit lane adds 16 products of 15 * 127 = 30,480
        int rows = 16;
        int cols = 256;
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment w = arena.allocate(GgmlType.Q4_0.bytesFor((long) rows * cols));
            for (long i = 0; i < w.byteSize(); i++) {
                w.set(java.lang.foreign.ValueLayout.JAVA_BYTE, i, i / 18 % 3 == 2 ? 0 : (byte) 0xFF);
            }
            for (long b = 0; b < w.byteSize(); b += 18) {
                w.set(Layouts.I16, b, Float.floatToFloat16(b % 36 == 0 ? 0.5f : -0.25f));
            }
            Tensor t = Tensor.of(GgmlType.Q4_0, w, (long) rows * cols);
            Tensor packed = repack(t, cols, arena);
            for (float sign : new float[] {1f, -1f}) {
                float[] x = new float[2 * cols];
                for (int i = 0; i < x.length; i++) {
                    x[i] = i < cols ? sign * 127f / 32 : (i % 32 == 5 ? -sign * 3f : sign * 0.75f);
                }
                float[] reference = new float[2 * rows];
                float[] actual = new float[2 * rows];
                // when the vector kernel and the reference multiply
                MatrixVector.rows(packed, cols, x, 2, reference, 0, rows, 0, rows, scalar);
                MatrixVector.rows(packed, cols, x, 2, actual, 0, rows, 0, rows, vector);
                // then they agree bit for bit, and the first token's products are exact (its scale is 1/32)
                assertThat(actual).containsExactly(reference);
                float[] wf = new float[rows * cols];
                t.dequantize(0, wf, 0, rows * cols);
                for (int r = 0; r < rows; r++) {
                    double exact = 0;
                    for (int i = 0; i < cols; i++) {
                        exact += (double) wf[r * cols + i] * x[i];
                    }
                    assertThat((double) actual[r]).as("row %d", r).isEqualTo(exact);
                }
            }
        }
    }

    @org.junit.jupiter.api.Test
    void q4_0ActivationsChangedInPlaceAreRoundedAgain() {
        // given a Q4_0 matrix and activations the vector kernel has rounded once (and keeps for the next call)
        SplittableRandom rnd = new SplittableRandom(21);
        int rows = 32;
        int cols = 128;
        try (Arena arena = Arena.ofConfined()) {
            Tensor t = Tensor.of(
                    GgmlType.Q4_0,
                    TensorKernelsTests.randomBlocks(arena, GgmlType.Q4_0, rows * cols, rnd),
                    rows * cols);
            Tensor packed = repack(t, cols, arena);
            float[] x = gaussian(rnd, 2 * cols);
            float[] first = new float[2 * rows];
            MatrixVector.rows(packed, cols, x, 2, first, 0, rows, 0, rows, vector);
            // when one value of the same array changes (and when the same floats come again in another array)
            x[cols + 77] += 1f;
            float[] actual = new float[2 * rows];
            float[] reference = new float[2 * rows];
            MatrixVector.rows(packed, cols, x, 2, actual, 0, rows, 0, rows, vector);
            MatrixVector.rows(packed, cols, x, 2, reference, 0, rows, 0, rows, scalar);
            float[] again = new float[2 * rows];
            MatrixVector.rows(packed, cols, x.clone(), 2, again, 0, rows, 0, rows, vector);
            // then the product follows the new value, and equal floats give equal results
            assertThat(actual).containsExactly(reference);
            assertThat(again).containsExactly(reference);
            assertThat(Arrays.copyOfRange(actual, rows, 2 * rows))
                    .isNotEqualTo(Arrays.copyOfRange(first, rows, 2 * rows));
            assertThat(Arrays.copyOf(actual, rows)).containsExactly(Arrays.copyOf(first, rows));
        }
    }

    @ParameterizedTest
    @CsvSource({
        "4, 0, 40",
        "5, 3, 37",
        "6, 5, 35",
        "7, 8, 24",
        "8, 0, 40",
        "12, 3, 37",
        "16, 0, 40",
        "23, 3, 37",
        "9, 8, 24",
        "17, 16, 40"
    })
    void q8_0PassesOn512BitVectorsGiveTheBitsOf256BitOnes(int tokens, int from, int to) {
        // given a machine with 512-bit vectors, and 40 rows (two group pairs and an odd group) of 160 columns
        Assumptions.assumeTrue(
                PanamaTensorKernels.wideVectorsSupported(), "the CPU or JVM offers no 512-bit float vectors");
        SplittableRandom rnd = new SplittableRandom(tokens * 17L + from);
        int rows = 40;
        int cols = 160;
        try (Arena arena = Arena.ofConfined()) {
            Tensor packed = randomInterleavedQ8_0(arena, rows, cols, rnd);
            float[] x = gaussian(rnd, tokens * cols);
            float[] wide = new float[tokens * rows];
            float[] narrow = new float[tokens * rows];
            // when the 512-bit and the 256-bit kernels fill rows [from, to) for every token
            MatrixVector.rows(packed, cols, x, tokens, wide, 0, rows, from, to, PanamaTensorKernels.wideVectors());
            MatrixVector.rows(packed, cols, x, tokens, narrow, 0, rows, from, to, PanamaTensorKernels.narrowVectors());
            // then every value has the same bits
            assertThat(wide).containsExactly(narrow);
        }
    }

    @org.junit.jupiter.api.Test
    void q8_0ActivationsChangedInPlaceAreLaidOutAgain() {
        // given a Q8_0 matrix and 8 tokens' activations the vector kernel has interleaved once (and keeps for the
        // next call)
        SplittableRandom rnd = new SplittableRandom(23);
        int rows = 32;
        int cols = 128;
        int tokens = 8;
        try (Arena arena = Arena.ofConfined()) {
            Tensor packed = randomInterleavedQ8_0(arena, rows, cols, rnd);
            float[] x = gaussian(rnd, tokens * cols);
            float[] first = new float[tokens * rows];
            MatrixVector.rows(packed, cols, x, tokens, first, 0, rows, 0, rows, vector);
            // when one value of token 5 changes in the same array
            x[5 * cols + 77] += 1f;
            float[] actual = new float[tokens * rows];
            MatrixVector.rows(packed, cols, x, tokens, actual, 0, rows, 0, rows, vector);
            // then token 5 follows the new value (the bits of a one-token product), the other tokens stay as they were
            assertThat(Arrays.copyOfRange(actual, 5 * rows, 6 * rows))
                    .containsExactly(oneToken(packed, cols, x, 5, rows, 0, rows))
                    .isNotEqualTo(Arrays.copyOfRange(first, 5 * rows, 6 * rows));
            assertThat(Arrays.copyOf(actual, 5 * rows)).containsExactly(Arrays.copyOf(first, 5 * rows));
        }
    }

    @ParameterizedTest
    @CsvSource({"0, 7", "1, 7", "2, 6", "3, 4", "5, 6"})
    void oneTokenOverTwoGroupsAtOnceGivesEachGroupTheBitsOfOneGroupAtATime(int g0, int g1) {
        // given a Q4_0 matrix of 7 groups of 8 rows and 160 columns, interleaved, and one token
        SplittableRandom rnd = new SplittableRandom(31L * g0 + g1);
        int rows = 56;
        int cols = 160;
        try (Arena arena = Arena.ofConfined()) {
            Tensor t = Tensor.of(
                    GgmlType.Q4_0,
                    TensorKernelsTests.randomBlocks(arena, GgmlType.Q4_0, rows * cols, rnd),
                    rows * cols);
            MemorySegment w = ((Q4_0x8Tensor) repack(t, cols, arena)).data();
            float[] x = gaussian(rnd, cols);
            float[] paired = new float[rows + 2];
            float[] single = new float[rows + 2];
            Arrays.fill(paired, Float.NaN);
            Arrays.fill(single, Float.NaN);
            // when groups [g0, g1) go through the two-stream pass and through the one-stream pass
            Q4_0x8IntegerKernels.matmul(w, cols, x, 1, paired, 2, rows, g0, g1, true, true);
            Q4_0x8IntegerKernels.matmul(w, cols, x, 1, single, 2, rows, g0, g1, true, false);
            // then every row gets the same bits, and rows of other groups stay untouched
            assertThat(paired).containsExactly(single);
            for (int r = 0; r < rows; r++) {
                assertThat(Float.isNaN(paired[2 + r])).as("row %d", r).isEqualTo(r < 8 * g0 || r >= 8 * g1);
            }
        }
    }

    @org.junit.jupiter.api.Test
    void activationsRoundIntoQuadsWhoseTermsUndoTheNibblePositions() {
        // given 2 blocks of gaussian values, the second with its extremes at the run edges
        SplittableRandom rnd = new SplittableRandom(11);
        float[] x = new float[64];
        for (int i = 0; i < 64; i++) {
            x[i] = (float) rnd.nextGaussian();
        }
        x[32] = -9f;
        x[63] = 9f;
        int[] quads = new int[2 * Q4_0x8IntegerKernels.BLOCK_INTS];
        float[] scales = new float[2];
        int[] offsets = new int[2];
        // when the vector kernel rounds them into quads
        Q4_0x8IntegerKernels.quantizeQuads(x, 2, quads, scales, offsets);
        for (int b = 0; b < 2; b++) {
            assertThat(scales[b]).isEqualTo(Q8Activations.scale(maxAbs(x, 32 * b)));
            int[] q = new int[32];
            int sum = 0;
            for (int j = 0; j < 32; j++) {
                q[j] = Q8Activations.round(x[32 * b + j], Q8Activations.inverse(scales[b]));
                sum += q[j];
            }
            assertThat(offsets[b]).isEqualTo(-8 * sum);
            for (int k = 0; k < 4; k++) {
                // then for every 16-bit lane u of 4 nibbles, u a + (u >>> 4) b + (u >>> 8) c + (u >>> 12) d modulo
                // 2^16 is the dot product of the nibbles with the lane's 4 values: 4k, 4k + 16, 4k + 1, 4k + 17 in
                // the even lane, 4k + 2, 4k + 18, 4k + 3, 4k + 19 in the odd one
                for (int odd = 0; odd < 2; odd++) {
                    int j = 4 * k + 2 * odd;
                    int[] values = {q[j], q[j + 16], q[j + 1], q[j + 17]};
                    short[] terms = new short[4];
                    for (int i = 0; i < 4; i++) {
                        int quad = quads[b * Q4_0x8IntegerKernels.BLOCK_INTS + 4 * k + i];
                        terms[i] = (short) (odd == 0 ? quad : quad >> 16);
                    }
                    for (int u = 0; u < 1 << 16; u++) {
                        int lanes = u * terms[0] + (u >>> 4) * terms[1] + (u >>> 8) * terms[2] + (u >>> 12) * terms[3];
                        int dot = (u & 15) * values[0]
                                + (u >>> 4 & 15) * values[1]
                                + (u >>> 8 & 15) * values[2]
                                + (u >>> 12) * values[3];
                        assertThat((short) lanes)
                                .as("block %d run %d lane %d u %d", b, k, odd, u)
                                .isEqualTo((short) dot);
                    }
                }
            }
        }
    }

    @org.junit.jupiter.api.Test
    void activationsRoundToBlocksOf8BitsInPairs() {
        // given 3 blocks: gaussian values, one ending in exact halves of its scale, and zeros
        SplittableRandom rnd = new SplittableRandom(5);
        float[] x = new float[96];
        for (int i = 0; i < 32; i++) {
            x[i] = (float) rnd.nextGaussian();
            x[32 + i] = (i - 16) * 0.25f;
        }
        x[63] = 63.5f;
        int[] pairs = new int[3 * Q4_0x8IntegerKernels.BLOCK_INTS];
        float[] scales = new float[3];
        int[] offsets = new int[3];
        // when the vector kernel rounds them
        Q4_0x8IntegerKernels.quantize(x, 3, pairs, scales, offsets);
        // then each block has scale max|x| / 127, each value the nearest integer of x / scale (halves to even, ggml
        // rounds them away from zero) within half a step, the largest one +-127, the offset -8 * the sum, and values
        // j and j + 1 in the low and high 16 bits of one int, from j = 16 on as q(j) - 16 q(j - 16)
        assertThat(scales).containsExactly(Q8Activations.scale(maxAbs(x, 0)), 0.5f, 0f);
        for (int b = 0; b < 3; b++) {
            int sum = 0;
            int[] q = new int[32];
            for (int j = 0; j < 32; j++) {
                float v = x[32 * b + j];
                q[j] = Q8Activations.round(v, Q8Activations.inverse(scales[b]));
                sum += q[j];
                assertThat(Math.abs(q[j])).isLessThanOrEqualTo(127);
                assertThat((double) Math.abs(q[j] * scales[b] - v)).isLessThanOrEqualTo(scales[b] * 0.5 * (1 + 1e-6));
            }
            for (int j = 0; j < 32; j++) {
                int pair = pairs[b * Q4_0x8IntegerKernels.BLOCK_INTS + j / 2];
                assertThat((short) (j % 2 == 0 ? pair : pair >> 16))
                        .as("block %d value %d", b, j)
                        .isEqualTo((short) (j < 16 ? q[j] : q[j] - 16 * q[j - 16]));
            }
            assertThat(offsets[b]).isEqualTo(-8 * sum);
        }
        assertThat(Q8Activations.round(63.5f, 2f)).isEqualTo(127);
        assertThat(Q8Activations.round(-0.5f, 1f)).isEqualTo(0);
        assertThat(Q8Activations.round(1.5f, 1f)).isEqualTo(2);
        assertThat(Q8Activations.inverse(Q8Activations.scale(1e-37f))).isEqualTo(0f);
    }

    private static float maxAbs(float[] x, int off) {
        float m = 0f;
        for (int i = off; i < off + 32; i++) {
            m = Math.max(m, Math.abs(x[i]));
        }
        return m;
    }

    private static float[] gaussian(SplittableRandom rnd, int n) {
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = (float) rnd.nextGaussian();
        }
        return v;
    }
}
