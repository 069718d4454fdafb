package org.jrag.engine.tensor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.Arrays;
import java.util.Optional;
import java.util.SplittableRandom;
import org.jrag.engine.gguf.GgmlType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The 8-row interleaved Q4_K, Q5_K and Q6_K matrices: the repack keeps every value bit for bit, and the integer vector
 * kernels give the bits of their scalar references for any row range and batch below the panel threshold, both within
 * the rounding bound of 8-bit activation blocks (half a block scale times the block's weight magnitudes) of the
 * float64 product.
 */
class InterleavedKQuantTests {
    private final TensorKernels scalar = new ScalarTensorKernels();
    private final TensorKernels vector = new PanamaTensorKernels();

    private static Tensor random(GgmlType type, Arena arena, int rows, int cols, SplittableRandom rnd) {
        return Tensor.of(type, TensorKernelsTests.randomBlocks(arena, type, rows * cols, rnd), rows * cols);
    }

    private static Optional<? extends Tensor> repack(Tensor t, int cols, Arena arena) {
        return switch (t) {
            case Q4KTensor q -> Q4Kx8Tensor.repack(q, cols, arena);
            case Q5KTensor q -> Q5Kx8Tensor.repack(q, cols, arena);
            case Q6KTensor q -> Q6Kx8Tensor.repack(q, cols, arena);
            default -> throw new IllegalArgumentException("no interleaved K-quant form of " + t.type());
        };
    }

    @ParameterizedTest
    @CsvSource({"Q4_K, 152", "Q5_K, 184", "Q6_K, 212"})
    void repackedMatrixDequantizesToTheSameValues(GgmlType type, int bytesPerSuperBlock) {
        // given a 24 x 512 matrix with random scales, mins and codes, and its interleaved copy
        SplittableRandom rnd = new SplittableRandom(12);
        int rows = 24;
        int cols = 512;
        try (Arena arena = Arena.ofConfined()) {
            Tensor t = random(type, arena, rows, cols, rnd);
            Tensor packed = repack(t, cols, arena).orElseThrow();
            // then it is the same type and size in its bytes per row and super-block (file: 144 / 176 / 210)
            assertThat(packed.type()).isEqualTo(type);
            assertThat(packed.size()).isEqualTo(t.size());
            assertThat(packed.data().byteSize())
                    .isEqualTo(t.data().byteSize() / type.blockBytes() * bytesPerSuperBlock);
            // and every value decodes bit for bit as the file's block, whole or from the middle of a group
            float[] expected = new float[rows * cols];
            float[] actual = new float[rows * cols];
            t.dequantize(0, expected, 0, rows * cols);
            packed.dequantize(0, actual, 0, rows * cols);
            assertThat(actual).containsExactly(expected);
            float[] part = new float[2 * cols - 256];
            packed.dequantize(11L * cols + 256, part, 0, part.length);
            assertThat(part).containsExactly(Arrays.copyOfRange(expected, 11 * cols + 256, 13 * cols));
            float[] x = gaussian(rnd, cols);
            assertThat(packed.dot(5L * cols, x, 0, cols, scalar)).isEqualTo(t.dot(5L * cols, x, 0, cols, scalar));
            assertThatThrownBy(() -> packed.byteOffset(0)).isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @ParameterizedTest
    @CsvSource({
        "Q4_K, 1, 0, 40",
        "Q4_K, 1, 3, 37",
        "Q4_K, 2, 8, 24",
        "Q4_K, 3, 0, 40",
        "Q4_K, 4, 0, 40",
        "Q4_K, 5, 5, 35",
        "Q4_K, 7, 0, 40",
        "Q4_K, 9, 3, 37",
        "Q5_K, 1, 0, 40",
        "Q5_K, 1, 3, 37",
        "Q5_K, 3, 8, 24",
        "Q5_K, 4, 0, 40",
        "Q5_K, 9, 3, 37",
        "Q6_K, 1, 0, 40",
        "Q6_K, 1, 3, 37",
        "Q6_K, 2, 8, 24",
        "Q6_K, 4, 0, 40",
        "Q6_K, 5, 5, 35",
        "Q6_K, 9, 3, 37"
    })
    void integerKernelGivesTheScalarReferenceBitsWithinTheRoundingBound(GgmlType type, int tokens, int from, int to) {
        // given 40 rows (two group pairs and an odd group) of 512 columns, interleaved
        SplittableRandom rnd = new SplittableRandom(tokens * 131L + from * 7L + to + type.id());
        int rows = 40;
        int cols = 512;
        try (Arena arena = Arena.ofConfined()) {
            Tensor t = random(type, arena, rows, cols, rnd);
            Tensor packed = repack(t, cols, arena).orElseThrow();
            float[] x = gaussian(rnd, tokens * cols);
            int outOff = 3;
            float[] reference = new float[outOff + tokens * rows];
            float[] actual = new float[outOff + tokens * rows];
            Arrays.fill(actual, Float.NaN);
            // when the scalar reference and the vector kernels fill rows [from, to) for every token
            MatrixVector.rows(packed, cols, x, tokens, reference, outOff, rows, from, to, scalar);
            MatrixVector.rows(packed, cols, x, tokens, actual, outOff, rows, from, to, vector);
            // then they agree bit for bit, near the float64 product, and rows outside the range stay untouched
            float[] wf = new float[rows * cols];
            t.dequantize(0, wf, 0, rows * cols);
            for (int tok = 0; tok < tokens; tok++) {
                for (int r = 0; r < rows; r++) {
                    int o = outOff + tok * rows + r;
                    if (r < from || r >= to) {
                        assertThat(actual[o]).as("row %d outside range", r).isNaN();
                        continue;
                    }
                    assertThat(actual[o])
                            .as("token %d row %d vector vs scalar", tok, r)
                            .isEqualTo(reference[o]);
                    double magnitude = 0;
                    double exact = 0;
                    for (int i = 0; i < cols; i++) {
                        magnitude += Math.abs((double) wf[r * cols + i] * x[tok * cols + i]);
                        exact += (double) wf[r * cols + i] * x[tok * cols + i];
                    }
                    double tol = 1e-5 * magnitude + 1e-6 + roundingBound(wf, r * cols, x, tok * cols, cols);
                    assertThat(Math.abs(actual[o] - exact))
                            .as("token %d row %d vs float64", tok, r)
                            .isLessThanOrEqualTo(tol);
                }
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"Q4_K, 0, 2", "Q5_K, 0, 2", "Q6_K, 208, -1"})
    void subnormalSuperBlockScalesDecodeAndMultiplyBitForBit(GgmlType type, int dField, int dminField) {
        // given a matrix whose every d (and dmin) is a subnormal half, as in most published Q6_K files
        SplittableRandom rnd = new SplittableRandom(type.id());
        int rows = 16;
        int cols = 512;
        try (Arena arena = Arena.ofConfined()) {
            Tensor t = random(type, arena, rows, cols, rnd);
            for (long b = 0; b < t.data().byteSize(); b += type.blockBytes()) {
                t.data().set(Layouts.I16, b + dField, (short) (1 + rnd.nextInt(0x3FF)));
                if (dminField >= 0) {
                    t.data().set(Layouts.I16, b + dminField, (short) (1 + rnd.nextInt(0x3FF)));
                }
            }
            Tensor packed = repack(t, cols, arena).orElseThrow();
            // then the values decode as the file's, and the vector kernel gives the scalar reference's bits
            float[] expected = new float[rows * cols];
            float[] actual = new float[rows * cols];
            t.dequantize(0, expected, 0, rows * cols);
            packed.dequantize(0, actual, 0, rows * cols);
            assertThat(actual).containsExactly(expected);
            float[] x = gaussian(rnd, cols);
            float[] reference = new float[rows];
            float[] product = new float[rows];
            MatrixVector.rows(packed, cols, x, 1, reference, 0, rows, 0, rows, scalar);
            MatrixVector.rows(packed, cols, x, 1, product, 0, rows, 0, rows, vector);
            assertThat(product).containsExactly(reference);
            assertThat(reference).doesNotContain(0f);
        }
    }

    @Test
    void q4KExtremeCodesAndActivationsSumExactlyIn16Bits() {
        // given every nibble 15, every scale and min 63, and activations that round to +127 and -127
        int rows = 8;
        int cols = 256;
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment s = arena.allocate(GgmlType.Q4_K.bytesFor(rows * cols));
            s.fill((byte) 0xFF);
            for (long b = 0; b < s.byteSize(); b += Q4KTensor.BLOCK_BYTES) {
                s.set(Layouts.I16, b, Float.floatToFloat16(0.01f));
                s.set(Layouts.I16, b + 2, Float.floatToFloat16(0.002f));
            }
            Q4KTensor t = (Q4KTensor) Tensor.of(GgmlType.Q4_K, s, rows * cols);
            Tensor packed = Q4Kx8Tensor.repack(t, cols, arena).orElseThrow();
            assertSumsExactly(t, packed, cols);
        }
    }

    @Test
    void q5KExtremeCodesAndActivationsSumExactlyIn16Bits() {
        // given every code 31 (all bits set), every scale and min 63, and activations that round to +127 and -127
        int rows = 8;
        int cols = 256;
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment s = arena.allocate(GgmlType.Q5_K.bytesFor(rows * cols));
            s.fill((byte) 0xFF);
            for (long b = 0; b < s.byteSize(); b += GgmlType.Q5_K.blockBytes()) {
                s.set(Layouts.I16, b, Float.floatToFloat16(0.01f));
                s.set(Layouts.I16, b + 2, Float.floatToFloat16(0.002f));
            }
            Q5KTensor t = (Q5KTensor) Tensor.of(GgmlType.Q5_K, s, rows * cols);
            Tensor packed = Q5Kx8Tensor.repack(t, cols, arena).orElseThrow();
            assertSumsExactly(t, packed, cols);
        }
    }

    @Test
    void q6KExtremeCodesAndActivationsSumExactlyIn16Bits() {
        // given every code -32 (all bits zero), every scale -128, and activations that round to +127 and -127
        int rows = 8;
        int cols = 256;
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment s = arena.allocate(GgmlType.Q6_K.bytesFor(rows * cols));
            for (long b = 0; b < s.byteSize(); b += Q6KTensor.BLOCK_BYTES) {
                for (int k = 0; k < 16; k++) {
                    s.set(ValueLayout.JAVA_BYTE, b + 192 + k, (byte) -128);
                }
                s.set(Layouts.I16, b + 208, Float.floatToFloat16(0.001f));
            }
            Q6KTensor t = (Q6KTensor) Tensor.of(GgmlType.Q6_K, s, rows * cols);
            Tensor packed = Q6Kx8Tensor.repack(t, cols, arena).orElseThrow();
            assertSumsExactly(t, packed, cols);
        }
    }

    /** For x all 1 and all -1: the vector kernel gives the reference's bits and the exact sum of the (equal) values. */
    private void assertSumsExactly(Tensor t, Tensor packed, int cols) {
        int rows = 8;
        float[] w = new float[cols];
        t.dequantize(0, w, 0, cols);
        assertThat(w).containsOnly(w[0]);
        for (float sign : new float[] {1f, -1f}) {
            float[] x = new float[cols];
            Arrays.fill(x, sign);
            float[] reference = new float[rows];
            float[] actual = new float[rows];
            MatrixVector.rows(packed, cols, x, 1, reference, 0, rows, 0, rows, scalar);
            MatrixVector.rows(packed, cols, x, 1, actual, 0, rows, 0, rows, vector);
            // then the 16-bit lane sums (the largest products a lane can add) do not wrap: the exact product
            assertThat(actual).containsExactly(reference);
            assertThat((double) actual[0]).isCloseTo(sign * cols * (double) w[0], offset(1e-3 * Math.abs(cols * w[0])));
        }
    }

    @ParameterizedTest
    @CsvSource({"Q4_K, 0", "Q4_K, 2", "Q5_K, 0", "Q5_K, 2", "Q6_K, 208"})
    void aNonFiniteScaleKeepsTheMatrixRowMajor(GgmlType type, int field) {
        try (Arena arena = Arena.ofConfined()) {
            Tensor t = random(type, arena, 8, 256, new SplittableRandom(field));
            t.data().set(Layouts.I16, 3L * type.blockBytes() + field, (short) 0x7C00);
            assertThat(repack(t, 256, arena)).isEmpty();
        }
    }

    @Test
    void rejectsAShapeWithoutWholeGroupsOrSuperBlocks() {
        try (Arena arena = Arena.ofConfined()) {
            assertThat(repack(random(GgmlType.Q4_K, arena, 12, 256, new SplittableRandom(1)), 256, arena))
                    .isEmpty();
            assertThat(repack(random(GgmlType.Q6_K, arena, 12, 256, new SplittableRandom(1)), 256, arena))
                    .isEmpty();
            assertThat(repack(random(GgmlType.Q5_K, arena, 12, 256, new SplittableRandom(1)), 256, arena))
                    .isEmpty();
            assertThatThrownBy(() -> new Q4Kx8Tensor(MemorySegment.ofArray(new byte[0]), 12 * 256, 256))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("an 8-row interleaved Q4_K matrix needs cols a multiple of 256 and rows of 8, got: 3072"
                            + " elements of 256 columns");
            assertThatThrownBy(() -> new Q4Kx8Tensor(MemorySegment.ofArray(new byte[0]), 8 * 384, 384))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new Q6Kx8Tensor(MemorySegment.ofArray(new byte[0]), 8 * 384, 384))
                    .hasMessage("an 8-row interleaved Q6_K matrix needs cols a multiple of 256 and rows of 8, got: 3072"
                            + " elements of 384 columns");
        }
    }

    /** Half a block scale of x times the block's weight magnitudes, summed over the 32-value blocks. */
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

    private static float[] gaussian(SplittableRandom rnd, int n) {
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = (float) rnd.nextGaussian();
        }
        return v;
    }
}
