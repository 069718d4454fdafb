package org.jrag.engine.tensor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.InputStream;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.assertj.core.data.Offset;
import org.assertj.core.data.Percentage;
import org.jrag.engine.gguf.GgmlType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IntegerPassesTests {
    @ParameterizedTest
    @CsvSource({
        "VNNI, 1, 0, 48",
        "VNNI, 2, 0, 48",
        "VNNI, 3, 0, 48",
        "VNNI, 4, 0, 48",
        "VNNI, 5, 0, 48",
        "VNNI, 6, 0, 48",
        "VNNI, 7, 0, 48",
        "VNNI, 8, 0, 48",
        "VNNI, 9, 0, 48",
        "VNNI, 17, 0, 48",
        "VNNI, 1, 3, 45",
        "VNNI, 8, 5, 40",
        "VNNI, 3, 8, 40",
        "VNNI, 8, 0, 24",
        "VNNI, 2, 16, 17",
        "VNNI, 12, 8, 48",
        "AVX2, 1, 0, 48",
        "AVX2, 2, 0, 48",
        "AVX2, 3, 0, 48",
        "AVX2, 4, 0, 48",
        "AVX2, 5, 0, 48",
        "AVX2, 6, 0, 48",
        "AVX2, 7, 0, 48",
        "AVX2, 8, 0, 48",
        "AVX2, 9, 0, 48",
        "AVX2, 17, 0, 48",
        "AVX2, 1, 3, 45",
        "AVX2, 8, 5, 40",
        "AVX2, 3, 8, 40",
        "AVX2, 8, 0, 24",
        "AVX2, 2, 16, 17",
        "AVX2, 12, 8, 48"
    })
    void machineCodeGivesTheReferenceBitsForEveryTokenCountAndRange(
            IntegerPasses.Isa isa, int tokens, int from, int to) {
        assumeRuns(isa);
        // given 48 rows (three group pairs) of 96 columns, interleaved in runs of 4, and tokens of random activations
        SplittableRandom rnd = new SplittableRandom(tokens * 97L + from * 13L + to);
        int rows = 48;
        int cols = 96;
        try (Arena arena = Arena.ofConfined()) {
            Q8_0x8RunsTensor w = interleaved(arena, rows, cols, rnd);
            float[] x = gaussian(rnd, tokens * cols);
            int outOff = 5;
            int stride = rows + 3;
            float[] actual = new float[outOff + tokens * stride];
            float[] expected = new float[actual.length];
            Arrays.fill(actual, Float.NaN);
            Arrays.fill(expected, Float.NaN);
            // when the passes and the Java reference fill rows [from, to)
            IntegerPasses.matmulQ8_0(isa, w.data(), cols, x, tokens, actual, outOff, stride, from, to);
            IntegerPasses.Scratch s = new IntegerPasses.Scratch();
            s.round(x, tokens, cols);
            IntegerPasses.reference(
                    w.data(), cols, Q8_0x8RunsTensor.RUN, s, tokens, expected, outOff, stride, from, to);
            // then every value has the same bits, and nothing outside the rows is written
            assertThat(actual).usingElementComparator(IntegerPassesTests::bits).containsExactly(expected);
            for (int t = 0; t < tokens; t++) {
                for (int r = 0; r < rows; r++) {
                    assertThat(Float.isNaN(actual[outOff + t * stride + r]))
                            .as("token %d row %d", t, r)
                            .isEqualTo(r < from || r >= to);
                }
            }
        }
    }

    @ParameterizedTest
    @CsvSource({
        "VNNI, 1, 0, 120",
        "VNNI, 1, 3, 117",
        "VNNI, 1, 0, 24",
        "VNNI, 1, 16, 96",
        "VNNI, 2, 0, 48",
        "VNNI, 3, 8, 40",
        "VNNI, 5, 0, 48",
        "VNNI, 7, 3, 45",
        "VNNI, 8, 0, 48",
        "VNNI, 8, 5, 40",
        "VNNI, 9, 0, 48",
        "VNNI, 12, 8, 48",
        "VNNI, 17, 16, 48",
        "AVX2, 1, 0, 120",
        "AVX2, 1, 3, 117",
        "AVX2, 1, 0, 24",
        "AVX2, 1, 16, 96",
        "AVX2, 2, 0, 48",
        "AVX2, 3, 8, 40",
        "AVX2, 5, 0, 48",
        "AVX2, 7, 3, 45",
        "AVX2, 8, 0, 48",
        "AVX2, 8, 5, 40",
        "AVX2, 9, 0, 48",
        "AVX2, 12, 8, 48",
        "AVX2, 17, 16, 48"
    })
    void runsOfFourGiveTheBitsOfTheColumnOrder(IntegerPasses.Isa isa, int tokens, int from, int to) {
        assumeRuns(isa);
        // given a Q8_0 matrix of 120 rows (15 groups) repacked both ways, and tokens of random activations
        SplittableRandom rnd = new SplittableRandom(tokens * 31L + from * 7L + to);
        int rows = 120;
        int cols = 96;
        try (Arena arena = Arena.ofConfined()) {
            Q8_0Tensor t = (Q8_0Tensor) Tensor.of(
                    GgmlType.Q8_0,
                    TensorKernelsTests.randomBlocks(arena, GgmlType.Q8_0, rows * cols, rnd),
                    rows * cols);
            Q8_0x8Tensor columns = Q8_0x8Tensor.repack(t, cols, arena).orElseThrow();
            Q8_0x8RunsTensor runs = Q8_0x8RunsTensor.repack(t, cols, arena).orElseThrow();
            float[] x = gaussian(rnd, tokens * cols);
            int outOff = 3;
            int stride = rows + 5;
            float[] actual = new float[outOff + tokens * stride];
            float[] expected = new float[actual.length];
            Arrays.fill(actual, Float.NaN);
            Arrays.fill(expected, Float.NaN);
            // when the runs go through their passes of that instruction set and the columns through the Java reference
            IntegerPasses.matmulQ8_0(isa, runs.data(), cols, x, tokens, actual, outOff, stride, from, to);
            IntegerPasses.Scratch s = new IntegerPasses.Scratch();
            s.round(x, tokens, cols);
            IntegerPasses.reference(columns.data(), cols, 1, s, tokens, expected, outOff, stride, from, to);
            // then every value has the same bits, and nothing outside the rows is written
            assertThat(actual).usingElementComparator(IntegerPassesTests::bits).containsExactly(expected);
            for (int k = 0; k < tokens; k++) {
                for (int r = 0; r < rows; r++) {
                    assertThat(Float.isNaN(actual[outOff + k * stride + r]))
                            .as("token %d row %d", k, r)
                            .isEqualTo(r < from || r >= to);
                }
            }
        }
    }

    @ParameterizedTest
    @CsvSource({
        "VNNI, 0, 120",
        "VNNI, 8, 120",
        "VNNI, 16, 96",
        "VNNI, 3, 117",
        "AVX2, 0, 120",
        "AVX2, 8, 120",
        "AVX2, 16, 96",
        "AVX2, 3, 117",
        "AVX2, 0, 24"
    })
    void oneTokenOverSeveralRegionsGivesTheReferenceBits(IntegerPasses.Isa isa, int from, int to) {
        assumeRuns(isa);
        // given 120 rows (15 groups: VNNI, pairs of the first and second half side by side, then a pair and a group
        // left; AVX2, groups of four quarters side by side, then three groups left)
        SplittableRandom rnd = new SplittableRandom(from * 7L + to);
        int rows = 120;
        int cols = 64;
        try (Arena arena = Arena.ofConfined()) {
            Q8_0x8RunsTensor w = interleaved(arena, rows, cols, rnd);
            float[] x = gaussian(rnd, cols);
            float[] actual = new float[rows];
            float[] expected = new float[rows];
            // when one token goes through the passes and through the Java reference
            IntegerPasses.matmulQ8_0(isa, w.data(), cols, x, 1, actual, 0, rows, from, to);
            IntegerPasses.Scratch s = new IntegerPasses.Scratch();
            s.round(x, 1, cols);
            IntegerPasses.reference(w.data(), cols, Q8_0x8RunsTensor.RUN, s, 1, expected, 0, rows, from, to);
            // then every row has the same bits
            assertThat(actual).usingElementComparator(IntegerPassesTests::bits).containsExactly(expected);
        }
    }

    @ParameterizedTest
    @CsvSource({
        "VNNI, 1, 0, 120",
        "VNNI, 1, 8, 120",
        "VNNI, 1, 3, 117",
        "VNNI, 2, 0, 48",
        "VNNI, 3, 0, 48",
        "VNNI, 4, 8, 40",
        "VNNI, 5, 0, 48",
        "VNNI, 7, 3, 45",
        "VNNI, 8, 0, 48",
        "VNNI, 9, 0, 48",
        "VNNI, 17, 16, 48",
        "VNNI, 12, 8, 48",
        "AVX2, 1, 0, 120",
        "AVX2, 1, 8, 120",
        "AVX2, 1, 3, 117",
        "AVX2, 2, 0, 48",
        "AVX2, 3, 0, 48",
        "AVX2, 4, 8, 40",
        "AVX2, 5, 0, 48",
        "AVX2, 7, 3, 45",
        "AVX2, 8, 0, 48",
        "AVX2, 9, 0, 48",
        "AVX2, 17, 16, 48",
        "AVX2, 12, 8, 48"
    })
    void q4_0MachineCodeGivesTheBitsOfTheIntegerReference(IntegerPasses.Isa isa, int tokens, int from, int to) {
        assumeRuns(isa);
        // given 120 rows of 96 columns of Q4_0, interleaved, and tokens of random activations
        SplittableRandom rnd = new SplittableRandom(tokens * 31L + from * 3L + to);
        int rows = 120;
        int cols = 96;
        try (Arena arena = Arena.ofConfined()) {
            Q4_0Tensor t = (Q4_0Tensor) Tensor.of(
                    GgmlType.Q4_0,
                    TensorKernelsTests.randomBlocks(arena, GgmlType.Q4_0, rows * cols, rnd),
                    rows * cols);
            Q4_0x8Tensor w = Q4_0x8Tensor.repack(t, cols, arena).orElseThrow();
            float[] x = gaussian(rnd, tokens * cols);
            int outOff = 2;
            int stride = rows + 1;
            float[] actual = new float[outOff + tokens * stride];
            float[] expected = new float[actual.length];
            Arrays.fill(actual, Float.NaN);
            Arrays.fill(expected, Float.NaN);
            // when the passes and the scalar integer reference (the Vector API kernels' bits) fill rows [from, to)
            IntegerPasses.matmulQ4_0(isa, w.data(), cols, x, tokens, actual, outOff, stride, from, to);
            Q8Activations.matmulQ4_0x8(w.data(), cols, x, tokens, expected, outOff, stride, from, to);
            // then every value has the same bits, and nothing else is written
            assertThat(actual).usingElementComparator(IntegerPassesTests::bits).containsExactly(expected);
        }
    }

    @Test
    void iq4XsRepackHoldsTheFilesValuesAndKeepsANonFiniteScaleWhereItLies() {
        // given 16 rows of 512 columns of IQ4_XS
        SplittableRandom rnd = new SplittableRandom(11);
        int rows = 16;
        int cols = 512;
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment blocks = TensorKernelsTests.randomBlocks(arena, GgmlType.IQ4_XS, rows * cols, rnd);
            IQ4_XSTensor t = (IQ4_XSTensor) Tensor.of(GgmlType.IQ4_XS, blocks, rows * cols);
            // when it is repacked into 8-row groups with float scales
            IQ4_XSx8Tensor w = IQ4_XSx8Tensor.repack(t, cols, arena).orElseThrow();
            // then every value decodes to the bits of the file's block, read row by row from any start
            float[] expected = new float[rows * cols];
            float[] actual = new float[rows * cols];
            t.dequantize(0, expected, 0, rows * cols);
            w.dequantize(0, actual, 0, rows * cols);
            assertThat(actual).usingElementComparator(IntegerPassesTests::bits).containsExactly(expected);
            float[] part = new float[cols + 64];
            w.dequantize(3L * cols + 32, part, 0, part.length);
            assertThat(part)
                    .usingElementComparator(IntegerPassesTests::bits)
                    .containsExactly(Arrays.copyOfRange(expected, 3 * cols + 32, 4 * cols + 96));
            // and a super-block whose d is infinite leaves the matrix unrepacked
            blocks.set(ValueLayout.JAVA_SHORT_UNALIGNED, 5L * IQ4_XSTensor.BLOCK_BYTES, (short) 0x7C00);
            assertThat(IQ4_XSx8Tensor.repack(t, cols, arena)).isEmpty();
        }
    }

    @ParameterizedTest
    @CsvSource({
        "VNNI, 1, 0, 48",
        "VNNI, 1, 0, 112",
        "VNNI, 1, 3, 109",
        "VNNI, 2, 0, 48",
        "VNNI, 3, 8, 40",
        "VNNI, 4, 0, 48",
        "VNNI, 5, 0, 48",
        "VNNI, 6, 0, 24",
        "VNNI, 7, 3, 45",
        "VNNI, 8, 0, 48",
        "VNNI, 9, 0, 48",
        "VNNI, 17, 16, 48",
        "AVX2, 1, 0, 48",
        "AVX2, 1, 0, 112",
        "AVX2, 1, 3, 109",
        "AVX2, 2, 0, 48",
        "AVX2, 3, 8, 40",
        "AVX2, 4, 0, 48",
        "AVX2, 5, 0, 48",
        "AVX2, 6, 0, 24",
        "AVX2, 7, 3, 45",
        "AVX2, 8, 0, 48",
        "AVX2, 9, 0, 48",
        "AVX2, 17, 16, 48"
    })
    void iq4XsMachineCodeGivesTheBitsOfTheIntegerReference(IntegerPasses.Isa isa, int tokens, int from, int to) {
        assumeRuns(isa);
        // given 112 rows of 512 columns of IQ4_XS (two super-blocks a row), interleaved, and random activations
        SplittableRandom rnd = new SplittableRandom(tokens * 37L + from * 5L + to);
        int rows = 112;
        int cols = 512;
        try (Arena arena = Arena.ofConfined()) {
            IQ4_XSTensor t = (IQ4_XSTensor) Tensor.of(
                    GgmlType.IQ4_XS,
                    TensorKernelsTests.randomBlocks(arena, GgmlType.IQ4_XS, rows * cols, rnd),
                    rows * cols);
            IQ4_XSx8Tensor w = IQ4_XSx8Tensor.repack(t, cols, arena).orElseThrow();
            float[] x = gaussian(rnd, tokens * cols);
            int outOff = 2;
            int stride = rows + 1;
            float[] actual = new float[outOff + tokens * stride];
            float[] expected = new float[actual.length];
            Arrays.fill(actual, Float.NaN);
            Arrays.fill(expected, Float.NaN);
            // when the passes and the Java integer reference fill rows [from, to)
            IntegerPasses.matmulIQ4_XS(isa, w.data(), cols, x, tokens, actual, outOff, stride, from, to);
            IntegerPasses.referenceIQ4_XS(w.data(), cols, x, tokens, expected, outOff, stride, from, to);
            // then every value has the same bits, and nothing else is written
            assertThat(actual).usingElementComparator(IntegerPassesTests::bits).containsExactly(expected);
            // and lies within the rounding bound of the activations (half a step a value) of the exact product
            float[] wf = new float[rows * cols];
            w.dequantize(0, wf, 0, rows * cols);
            for (int i = 0; i < tokens; i++) {
                for (int r = from; r < to; r++) {
                    double exact = 0;
                    double bound = 0;
                    double magnitude = 0;
                    for (int b = 0; b < cols; b += 32) {
                        double amax = 0;
                        double wsum = 0;
                        for (int j = b; j < b + 32; j++) {
                            exact += (double) wf[r * cols + j] * x[i * cols + j];
                            magnitude += Math.abs((double) wf[r * cols + j] * x[i * cols + j]);
                            amax = Math.max(amax, Math.abs(x[i * cols + j]));
                            wsum += Math.abs(wf[r * cols + j]);
                        }
                        bound += amax / 127 / 2 * wsum;
                    }
                    assertThat(Math.abs(expected[outOff + i * stride + r] - exact))
                            .as("token %d row %d", i, r)
                            .isLessThanOrEqualTo(bound + 1e-6 * magnitude);
                }
            }
        }
    }

    @ParameterizedTest
    @CsvSource({
        "VNNI, Q4_K, 1, 0, 40", "VNNI, Q4_K, 2, 0, 40", "VNNI, Q4_K, 3, 0, 40", "VNNI, Q4_K, 4, 8, 40",
        "VNNI, Q4_K, 5, 0, 40", "VNNI, Q4_K, 6, 0, 24", "VNNI, Q4_K, 7, 3, 37", "VNNI, Q4_K, 8, 0, 40",
        "VNNI, Q4_K, 9, 0, 40", "VNNI, Q4_K, 17, 16, 40", "VNNI, Q4_K, 1, 5, 40", "VNNI, Q4_K, 12, 8, 16",
        "AVX2, Q4_K, 1, 0, 40", "AVX2, Q4_K, 2, 0, 40", "AVX2, Q4_K, 3, 0, 40", "AVX2, Q4_K, 4, 8, 40",
        "AVX2, Q4_K, 5, 0, 40", "AVX2, Q4_K, 6, 0, 24", "AVX2, Q4_K, 7, 3, 37", "AVX2, Q4_K, 8, 0, 40",
        "AVX2, Q4_K, 9, 0, 40", "AVX2, Q4_K, 17, 16, 40", "AVX2, Q4_K, 1, 5, 40", "AVX2, Q4_K, 12, 8, 16",
        "AVX2, Q5_K, 1, 0, 40", "AVX2, Q5_K, 2, 0, 40", "AVX2, Q5_K, 3, 8, 40", "AVX2, Q5_K, 4, 0, 40",
        "AVX2, Q5_K, 5, 0, 40", "AVX2, Q5_K, 8, 3, 37", "AVX2, Q5_K, 9, 0, 40", "AVX2, Q5_K, 17, 16, 40",
        "AVX2, Q6_K, 1, 0, 40", "AVX2, Q6_K, 2, 0, 40", "AVX2, Q6_K, 3, 8, 40", "AVX2, Q6_K, 5, 0, 40",
        "AVX2, Q6_K, 8, 3, 37", "AVX2, Q6_K, 9, 0, 40", "AVX2, Q6_K, 17, 16, 40", "AVX2, Q6_K, 1, 5, 16",
        "VNNI, Q6_K, 1, 0, 40", "VNNI, Q6_K, 2, 0, 40", "VNNI, Q6_K, 3, 8, 40", "VNNI, Q6_K, 5, 0, 40",
        "VNNI, Q6_K, 8, 3, 37", "VNNI, Q6_K, 9, 0, 40", "VNNI, Q6_K, 17, 16, 40", "VNNI, Q6_K, 1, 5, 24"
    })
    void kQuantMachineCodeGivesTheBitsOfTheScalarReference(
            IntegerPasses.Isa isa, GgmlType type, int tokens, int from, int to) {
        assumeRuns(isa);
        // given 40 rows of 512 columns (two super-blocks a row), interleaved, and tokens of random activations
        SplittableRandom rnd = new SplittableRandom(type.ordinal() * 1009L + tokens * 41L + from * 7L + to);
        int rows = 40;
        int cols = 512;
        try (Arena arena = Arena.ofConfined()) {
            Tensor t = Tensor.of(type, TensorKernelsTests.randomBlocks(arena, type, rows * cols, rnd), rows * cols);
            MemorySegment w = switch (t) {
                case Q4KTensor q ->
                    Q4Kx8Tensor.repack(q, cols, arena).orElseThrow().data();
                case Q5KTensor q ->
                    Q5Kx8Tensor.repack(q, cols, arena).orElseThrow().data();
                case Q6KTensor q ->
                    Q6Kx8Tensor.repack(q, cols, arena).orElseThrow().data();
                default -> throw new IllegalArgumentException(type.name());
            };
            float[] x = gaussian(rnd, tokens * cols);
            int outOff = 3;
            int stride = rows + 2;
            float[] actual = new float[outOff + tokens * stride];
            float[] expected = new float[actual.length];
            Arrays.fill(actual, Float.NaN);
            Arrays.fill(expected, Float.NaN);
            // when the passes and the scalar reference (the Vector API kernels' bits) fill rows [from, to)
            switch (type) {
                case Q4_K -> {
                    IntegerPasses.matmulQ4_K(isa, w, cols, x, tokens, actual, outOff, stride, from, to);
                    Q8Activations.matmulQ4Kx8(w, cols, x, tokens, expected, outOff, stride, from, to);
                }
                case Q5_K -> {
                    IntegerPasses.matmulQ5_K(w, cols, x, tokens, actual, outOff, stride, from, to);
                    Q8Activations.matmulQ5Kx8(w, cols, x, tokens, expected, outOff, stride, from, to);
                }
                default -> {
                    IntegerPasses.matmulQ6_K(isa, w, cols, x, tokens, actual, outOff, stride, from, to);
                    Q8Activations.matmulQ6Kx8(w, cols, x, tokens, expected, outOff, stride, from, to);
                }
            }
            // then every value has the same bits, and nothing else is written
            assertThat(actual).usingElementComparator(IntegerPassesTests::bits).containsExactly(expected);
        }
    }

    @Test
    void q8_0SumsStayExactAtTheExtremesOfCodesAndActivations() {
        // given 16 rows of 256 columns whose codes are all -128, all 127, -128 and 127 by turns, or all -127
        int rows = 16;
        int cols = 256;
        int blockBytes = 2 + Q8_0Tensor.BLOCK;
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment s = arena.allocate((long) rows * cols / Q8_0Tensor.BLOCK * blockBytes);
            int[] pattern = new int[rows * cols];
            for (int r = 0; r < rows; r++) {
                for (int i = 0; i < cols; i++) {
                    pattern[r * cols + i] = switch (r % 4) {
                        case 0 -> -128;
                        case 1 -> 127;
                        case 2 -> i % 2 == 0 ? -128 : 127;
                        default -> -127;
                    };
                }
            }
            for (int b = 0; b < rows * cols / Q8_0Tensor.BLOCK; b++) {
                long at = (long) b * blockBytes;
                s.set(ValueLayout.JAVA_SHORT_UNALIGNED, at, Float.floatToFloat16(0.5f));
                for (int k = 0; k < Q8_0Tensor.BLOCK; k++) {
                    s.set(ValueLayout.JAVA_BYTE, at + 2 + k, (byte) pattern[b * Q8_0Tensor.BLOCK + k]);
                }
            }
            Q8_0Tensor t = (Q8_0Tensor) Tensor.of(GgmlType.Q8_0, s, (long) rows * cols);
            Q8_0x8RunsTensor w = Q8_0x8RunsTensor.repack(t, cols, arena).orElseThrow();
            // and 8 tokens (the passes' widest tile) of activations that round to 127 or -127: all 1, all -1, 1 and
            // -1 by turns, -1 and 1 by turns, and those four again
            int tokens = 8;
            float[] x = new float[tokens * cols];
            for (int k = 0; k < tokens; k++) {
                for (int i = 0; i < cols; i++) {
                    x[k * cols + i] = switch (k % 4) {
                        case 0 -> 1f;
                        case 1 -> -1f;
                        case 2 -> i % 2 == 0 ? 1f : -1f;
                        default -> i % 2 == 0 ? -1f : 1f;
                    };
                }
            }
            // when the reference and (where they run) the passes multiply them
            float[] expected = new float[tokens * rows];
            IntegerPasses.Scratch scratch = new IntegerPasses.Scratch();
            scratch.round(x, tokens, cols);
            IntegerPasses.reference(w.data(), cols, Q8_0x8RunsTensor.RUN, scratch, tokens, expected, 0, rows, 0, rows);
            // then each value is d * sum q x (no 16-bit pair sum saturated), and all give the same bits
            for (int k = 0; k < tokens; k++) {
                for (int r = 0; r < rows; r++) {
                    double sum = 0;
                    for (int i = 0; i < cols; i++) {
                        sum += 0.5 * pattern[r * cols + i] * x[k * cols + i];
                    }
                    assertThat((double) expected[k * rows + r])
                            .as("token %d row %d", k, r)
                            .isCloseTo(sum, Offset.offset(Math.abs(sum) * 1e-4 + 1e-3));
                }
            }
            for (IntegerPasses.Isa isa : IntegerPasses.Isa.values()) {
                if (IntegerPasses.available(isa)) {
                    for (int n = 1; n <= tokens; n++) {
                        float[] actual = new float[n * rows];
                        IntegerPasses.matmulQ8_0(isa, w.data(), cols, x, n, actual, 0, rows, 0, rows);
                        assertThat(actual)
                                .as("%s, %d tokens", isa, n)
                                .usingElementComparator(IntegerPassesTests::bits)
                                .containsExactly(Arrays.copyOf(expected, n * rows));
                    }
                }
            }
        }
    }

    @Test
    void q6KSumsStayExactAtTheExtremesOfCodesAndActivations() {
        // given 16 rows of 512 columns whose codes are all the largest (31) or all the smallest (-32) value, with
        // scales 127 or -128
        int rows = 16;
        int cols = 512;
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment s = arena.allocate(GgmlType.Q6_K.bytesFor((long) rows * cols));
            int[] q = new int[Q6KTensor.BLOCK];
            int[] sc = new int[Q6KTensor.BLOCK / 16];
            short d = Float.floatToFloat16(0.5f);
            for (int r = 0; r < rows; r++) {
                Arrays.fill(q, r % 2 == 0 ? 31 : -32);
                Arrays.fill(sc, r % 4 < 2 ? 127 : -128);
                for (int b = 0; b < cols / Q6KTensor.BLOCK; b++) {
                    long block = (long) r * (cols / Q6KTensor.BLOCK) + b;
                    Q6KTensor.encodeBlock(q, sc, d, s, block * Q6KTensor.BLOCK_BYTES);
                }
            }
            Q6KTensor t = (Q6KTensor) Tensor.of(GgmlType.Q6_K, s, (long) rows * cols);
            MemorySegment w = Q6Kx8Tensor.repack(t, cols, arena).orElseThrow().data();
            // and 3 tokens: every activation 1, every one -1, and 1 and -1 by turns (each rounds to 127 or -127)
            int tokens = 3;
            float[] x = new float[tokens * cols];
            for (int i = 0; i < cols; i++) {
                x[i] = 1f;
                x[cols + i] = -1f;
                x[2 * cols + i] = i % 2 == 0 ? 1f : -1f;
            }
            // when the reference, the Vector API kernels and (where they run) the passes multiply them
            float[] expected = new float[tokens * rows];
            float[] vector = new float[tokens * rows];
            Q8Activations.matmulQ6Kx8(w, cols, x, tokens, expected, 0, rows, 0, rows);
            Q6Kx8IntegerKernels.matmul(w, cols, x, tokens, vector, 0, rows, 0, rows / 8);
            // then each value is d * sc * code * sum x (the 16-bit sums did not wrap), and all give the same bits
            for (int r = 0; r < rows; r++) {
                double code = (r % 2 == 0 ? 31 : -32) * 0.5 * (r % 4 < 2 ? 127 : -128);
                assertThat(expected[r]).isCloseTo((float) (code * cols), Percentage.withPercentage(1e-4));
                assertThat(expected[rows + r]).isCloseTo((float) (-code * cols), Percentage.withPercentage(1e-4));
                assertThat(expected[2 * rows + r]).isZero();
            }
            assertThat(vector).usingElementComparator(IntegerPassesTests::bits).containsExactly(expected);
            for (IntegerPasses.Isa isa : IntegerPasses.Isa.values()) {
                if (IntegerPasses.available(isa)) {
                    float[] actual = new float[tokens * rows];
                    IntegerPasses.matmulQ6_K(isa, w, cols, x, tokens, actual, 0, rows, 0, rows);
                    assertThat(actual)
                            .usingElementComparator(IntegerPassesTests::bits)
                            .containsExactly(expected);
                }
            }
        }
    }

    @Test
    void aTokenGetsTheSameBitsAloneAsInABatch() {
        assumeTrue(IntegerPasses.available(), "needs AVX2 at least");
        // given 11 tokens over 32 rows of 64 columns
        SplittableRandom rnd = new SplittableRandom(3);
        int rows = 32;
        int cols = 64;
        int tokens = 11;
        try (Arena arena = Arena.ofConfined()) {
            Q8_0x8RunsTensor w = interleaved(arena, rows, cols, rnd);
            float[] x = gaussian(rnd, tokens * cols);
            float[] batched = new float[tokens * rows];
            // when they run as one batch (a tile of 8, then one of 3) and each alone
            IntegerPasses.matmulQ8_0(w.data(), cols, x, tokens, batched, 0, rows, 0, rows);
            for (int t = 0; t < tokens; t++) {
                float[] one = new float[rows];
                float[] xt = Arrays.copyOfRange(x, t * cols, (t + 1) * cols);
                IntegerPasses.matmulQ8_0(w.data(), cols, xt, 1, one, 0, rows, 0, rows);
                // then each token alone has its bits of the batch
                assertThat(one).containsExactly(Arrays.copyOfRange(batched, t * rows, (t + 1) * rows));
            }
        }
    }

    @Test
    void referenceStaysWithinTheRoundingOfTheActivations() {
        // given 16 rows of 128 columns and 3 tokens
        SplittableRandom rnd = new SplittableRandom(5);
        int rows = 16;
        int cols = 128;
        int tokens = 3;
        try (Arena arena = Arena.ofConfined()) {
            Q8_0x8RunsTensor w = interleaved(arena, rows, cols, rnd);
            float[] x = gaussian(rnd, tokens * cols);
            float[] out = new float[tokens * rows];
            // when the Java reference multiplies the rounded activations
            IntegerPasses.Scratch s = new IntegerPasses.Scratch();
            s.round(x, tokens, cols);
            IntegerPasses.reference(w.data(), cols, Q8_0x8RunsTensor.RUN, s, tokens, out, 0, rows, 0, rows);
            // then each result lies within the rounding bound (half a step per value) of the exact product
            float[] wf = new float[rows * cols];
            w.dequantize(0, wf, 0, rows * cols);
            for (int t = 0; t < tokens; t++) {
                for (int r = 0; r < rows; r++) {
                    double exact = 0;
                    double bound = 1e-5;
                    for (int b = 0; b < cols; b += 32) {
                        double amax = 0;
                        double wsum = 0;
                        for (int j = b; j < b + 32; j++) {
                            exact += (double) wf[r * cols + j] * x[t * cols + j];
                            amax = Math.max(amax, Math.abs(x[t * cols + j]));
                            wsum += Math.abs(wf[r * cols + j]);
                        }
                        bound += amax / 127 / 2 * wsum * (1 + 1e-5);
                    }
                    assertThat(Math.abs(out[t * rows + r] - exact))
                            .as("token %d row %d", t, r)
                            .isLessThanOrEqualTo(bound);
                    assertThat(Math.abs(out[t * rows + r] - exact)).isGreaterThan(0.0);
                }
            }
        }
    }

    @Test
    void roundsEachValueAsQ8ActivationsDoes() {
        // given 3 tokens of 64 values: random ones, a block of exact halves (scale 1: amax 127), a block of zeros and
        // one of tiny values
        SplittableRandom rnd = new SplittableRandom(21);
        int cols = 64;
        int tokens = 3;
        float[] x = gaussian(rnd, tokens * cols);
        for (int j = 0; j < 32; j++) {
            x[cols + j] = j == 0 ? 127f : (j % 2 == 0 ? 1 : -1) * (j / 2 + 0.5f);
            x[cols + 32 + j] = 0f;
            x[2 * cols + j] = (float) rnd.nextGaussian() * 1e-30f;
        }
        // when the scratch rounds them
        IntegerPasses.Scratch s = new IntegerPasses.Scratch();
        s.round(x, tokens, cols);
        // then every value, scale and offset term is the scalar rounding's (halves to even)
        for (int t = 0; t < tokens; t++) {
            for (int b = 0; b < cols / 32; b++) {
                float amax = 0f;
                for (int j = 0; j < 32; j++) {
                    amax = Math.max(amax, Math.abs(x[t * cols + 32 * b + j]));
                }
                float d = Q8Activations.scale(amax);
                assertThat(s.scale(t, b, cols / 32)).isEqualTo(d);
                int q = s.quantOffset(t, b, cols);
                for (int j = 0; j < 32; j++) {
                    int expected = Q8Activations.round(x[t * cols + 32 * b + j], Q8Activations.inverse(d));
                    assertThat((int) s.quants[q + j])
                            .as("token %d block %d value %d", t, b, j)
                            .isEqualTo(expected);
                }
            }
        }
        assertThat(s.quants[s.quantOffset(1, 0, cols) + 3]).isEqualTo((byte) -2);
        assertThat(s.quants[s.quantOffset(1, 0, cols) + 2]).isEqualTo((byte) 2);
    }

    @ParameterizedTest
    @CsvSource({"1, 32", "3, 64", "8, 576", "9, 96", "17, 1536"})
    void machineCodeRoundingGivesTheJavaRoundingsBits(int tokens, int cols) {
        assumeTrue(IntegerPasses.available(), "needs AVX2 at least");
        // given rows of random values in blocks of every scale, with blocks holding a NaN, an infinity, a zero block,
        // negative zeros and values below the smallest normal float
        SplittableRandom rnd = new SplittableRandom(tokens * 1000 + cols);
        float[] x = gaussian(rnd, tokens * cols);
        for (int i = 0; i < x.length; i++) {
            x[i] *= (float) Math.pow(10, i / 32 % 7 - 3);
        }
        int blocks = tokens * cols / 32;
        fill(x, rnd.nextInt(blocks), 0f);
        fill(x, rnd.nextInt(blocks), -0f);
        fill(x, rnd.nextInt(blocks), 1e-39f);
        x[32 * rnd.nextInt(blocks) + rnd.nextInt(32)] = Float.NaN;
        x[32 * rnd.nextInt(blocks) + rnd.nextInt(32)] = Float.POSITIVE_INFINITY;
        x[32 * rnd.nextInt(blocks) + rnd.nextInt(32)] = Float.NEGATIVE_INFINITY;
        // when the machine code and the Java loop round them
        IntegerPasses.Scratch code = new IntegerPasses.Scratch();
        code.roundInMachineCode(x, tokens, cols);
        IntegerPasses.Scratch java = new IntegerPasses.Scratch();
        java.roundInJava(x, tokens, cols);
        // then the bytes, the offset terms and the scales (NaN as NaN) are the same
        assertThat(Arrays.copyOf(code.quants, tokens * cols)).isEqualTo(Arrays.copyOf(java.quants, tokens * cols));
        for (int i = 0; i < 2 * blocks; i += 2) {
            assertThat(Float.floatToIntBits(Float.intBitsToFloat(code.aux[i])))
                    .as("scale %d", i / 2)
                    .isEqualTo(Float.floatToIntBits(Float.intBitsToFloat(java.aux[i])));
            assertThat(code.aux[i + 1]).as("offset term %d", i / 2).isEqualTo(java.aux[i + 1]);
        }
    }

    private static void fill(float[] x, int block, float value) {
        Arrays.fill(x, 32 * block, 32 * block + 32, value);
    }

    @Test
    void roundsAgainWhenTheSameArrayChangesBetweenJobs() {
        assumeTrue(IntegerPasses.available(), "needs AVX2 at least");
        // given one activation array, changed between two products in jobs of their own (and once outside any)
        SplittableRandom rnd = new SplittableRandom(8);
        int rows = 16;
        int cols = 64;
        try (Arena arena = Arena.ofConfined()) {
            Q8_0x8RunsTensor w = interleaved(arena, rows, cols, rnd);
            float[] x = gaussian(rnd, cols);
            float[] first = new float[rows];
            float[] second = new float[rows];
            float[] outside = new float[rows];
            ParallelRows.run(
                    rows, 1, (lo, hi) -> IntegerPasses.matmulQ8_0(w.data(), cols, x, 1, first, 0, rows, lo, hi));
            for (int i = 0; i < x.length; i++) {
                x[i] = -x[i];
            }
            ParallelRows.run(
                    rows, 1, (lo, hi) -> IntegerPasses.matmulQ8_0(w.data(), cols, x, 1, second, 0, rows, lo, hi));
            IntegerPasses.matmulQ8_0(w.data(), cols, x, 1, outside, 0, rows, 0, rows);
            // then the second job saw the new values (rounding is symmetric: every result flips its sign)
            for (int r = 0; r < rows; r++) {
                assertThat(second[r]).isEqualTo(-first[r]);
                assertThat(outside[r]).isEqualTo(second[r]);
            }
        }
    }

    private static void assumeRuns(IntegerPasses.Isa isa) {
        assumeTrue(IntegerPasses.available(isa), "needs " + isa.requiredFlags());
    }

    @Test
    void machineCodeIsTheAssembledSource(@TempDir Path dir) throws Exception {
        assumeTrue(onPath("as") && onPath("objcopy") && onPath("nm"), "needs GNU binutils (as, objcopy, nm)");
        // given tools/passes/passes.s assembled as generate.py assembles it
        Path object = dir.resolve("passes.o");
        Path text = dir.resolve("passes.bin");
        run("as", "-o", object.toString(), "tools/passes/passes.s");
        run("objcopy", "-O", "binary", "-j", ".text", object.toString(), text.toString());
        Map<String, Integer> symbols = new HashMap<>();
        for (String line : run("nm", object.toString()).split("\n")) {
            String[] f = line.trim().split("\\s+");
            if (f.length == 3) {
                symbols.put(f[2], Integer.parseInt(f[0], 16));
            }
        }
        // then the class holds those bytes, and its entries are the passes' symbols in order
        try (InputStream in = IntegerPasses.class.getResourceAsStream("passes.bin")) {
            assertThat(in).as("the passes.bin resource").isNotNull();
            assertThat(in.readAllBytes()).isEqualTo(Files.readAllBytes(text));
        }
        List<Integer> entries = new ArrayList<>();
        for (String kind : new String[] {"q8", "q4", "iq4"}) {
            for (int t = 1; t <= IntegerPasses.TILE; t++) {
                entries.add(symbols.get(kind + "_pairs_" + t));
            }
            entries.add(symbols.get(kind + "_regions_1"));
        }
        for (String kind : new String[] {"q8", "q4", "iq4"}) {
            for (int t = 1; t <= IntegerPasses.TILE; t++) {
                entries.add(symbols.get(kind + "_avx2_" + t));
            }
            entries.add(symbols.get(kind + "_avx2_regions_1"));
        }
        for (String kind : new String[] {"q4k", "q6k", "q5k"}) {
            for (int t = 1; t <= IntegerPasses.TILE; t++) {
                entries.add(symbols.get(kind + "_avx2_" + t));
            }
        }
        for (String pass : new String[] {"q4k_pairs_", "q6k_vnni_"}) {
            for (int t = 1; t <= IntegerPasses.TILE; t++) {
                entries.add(symbols.get(pass + t));
            }
        }
        entries.add(symbols.get("round_avx2"));
        assertThat(Arrays.stream(IntegerPasses.ENTRIES).boxed().toList()).isEqualTo(entries);
    }

    @Test
    void vnniPassesWithoutVbmiUseNoVbmiInstruction() throws Exception {
        // given the passes' source: the VNNI passes of Q8_0 and Q4_0 run where the CPU has AVX-512 VNNI without
        // AVX512_VBMI (IntegerPasses.Kind), the Q4_K ones only where it has both
        Map<String, Integer> vbmiUses = new HashMap<>();
        String function = "";
        for (String line : Files.readAllLines(Path.of("tools/passes/passes.s"))) {
            if (line.matches("[a-z0-9_]+:")) {
                function = line.substring(0, line.length() - 1);
            } else if (line.matches("\\s+(vpermb|vpermi2b|vpermt2b|vpmultishiftqb) .*")) {
                vbmiUses.merge(function.replaceAll("_(block|pair|sub|group)$", ""), 1, Integer::sum);
            }
        }
        // then only the Q4_K VNNI passes hold a VBMI instruction
        assertThat(vbmiUses.keySet()).isNotEmpty().allSatisfy(f -> assertThat(f).matches("q4k_pairs_[1-8]"));
    }

    private static boolean onPath(String tool) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, tool))) {
                return true;
            }
        }
        return false;
    }

    /** Runs a command in the module's folder; its standard output. */
    private static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as("%s: %s", String.join(" ", command), out).isZero();
        return out;
    }

    private static Q8_0x8RunsTensor interleaved(Arena arena, int rows, int cols, SplittableRandom rnd) {
        Q8_0Tensor t = (Q8_0Tensor) Tensor.of(
                GgmlType.Q8_0, TensorKernelsTests.randomBlocks(arena, GgmlType.Q8_0, rows * cols, rnd), rows * cols);
        return Q8_0x8RunsTensor.repack(t, cols, arena).orElseThrow();
    }

    private static float[] gaussian(SplittableRandom rnd, int n) {
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = (float) rnd.nextGaussian();
        }
        return v;
    }

    private static int bits(Float a, Float b) {
        return Integer.compare(Float.floatToRawIntBits(a), Float.floatToRawIntBits(b));
    }
}
