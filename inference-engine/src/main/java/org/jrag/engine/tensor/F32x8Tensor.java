package org.jrag.engine.tensor;

import java.lang.foreign.MemorySegment;
import java.util.Optional;
import org.jrag.engine.gguf.GgmlType;

/**
 * An F32 matrix copied at load time into a float array on the heap in 8-row panels: for each group of 8 rows and
 * each column, the 8 rows' weights side by side ({@code panels[(g * cols + c) * 8 + r]} = row 8g + r, column c; the
 * last group padded with zero rows). A kernel loads one column of 8 rows as one vector and multiplies it by a
 * broadcast activation: no horizontal sums, and each row's sum is one fused multiply-add chain over the columns in
 * order whatever the token count, the row range and the pass, so a k-token step (speculative verification) gives bit
 * for bit the values of k one-token steps. Vector loads from a heap array also skip the bounds and liveness checks
 * per load of a memory segment, which tiny F32 models (stories260K) are bound by.
 */
public record F32x8Tensor(float[] panels, long size, int cols) implements Tensor {
    static final int ROWS = 8;

    /** Largest matrix {@link #repack} copies: 64 MiB of floats (the F32 models in use are tiny). */
    public static final long MAX_ELEMENTS = 1L << 24;

    public F32x8Tensor {
        if (cols <= 0 || size % cols != 0 || size > MAX_ELEMENTS) {
            throw new IllegalArgumentException("an 8-row panel F32 matrix needs whole rows of " + cols
                    + " columns and at most " + MAX_ELEMENTS + " elements, got: " + size);
        }
        long groups = (size / cols + ROWS - 1) / ROWS;
        if (panels.length != groups * ROWS * cols) {
            throw new IllegalArgumentException("panels of " + groups + " groups of 8 x " + cols + " need "
                    + groups * ROWS * cols + " floats, got: " + panels.length);
        }
    }

    /** The panel copy of a row-major F32 matrix of {@code cols} columns; empty when it is over {@link #MAX_ELEMENTS}. */
    public static Optional<F32x8Tensor> repack(F32Tensor t, int cols) {
        if (t.size() > MAX_ELEMENTS) {
            return Optional.empty();
        }
        int rows = (int) (t.size() / cols);
        float[] panels = new float[(rows + ROWS - 1) / ROWS * ROWS * cols];
        float[] row = new float[cols];
        for (int r = 0; r < rows; r++) {
            MemorySegment.copy(t.data(), Layouts.F32, 4L * r * cols, row, 0, cols);
            for (int c = 0; c < cols; c++) {
                panels[index(cols, r, c)] = row[c];
            }
        }
        return Optional.of(new F32x8Tensor(panels, t.size(), cols));
    }

    /** Where row r, column c lies in the panels. */
    static int index(int cols, int r, int c) {
        return ((r >> 3) * cols + c) * ROWS + (r & 7);
    }

    @Override
    public GgmlType type() {
        return GgmlType.F32;
    }

    @Override
    public MemorySegment data() {
        return MemorySegment.ofArray(panels);
    }

    @Override
    public void dequantize(long start, float[] out, int outOff, int n) {
        for (int i = 0; i < n; i++) {
            long e = start + i;
            out[outOff + i] = panels[index(cols, (int) (e / cols), (int) (e % cols))];
        }
    }

    /** The elements in order, one fused multiply-add chain: a whole row's sum as the matrix kernels compute it. */
    @Override
    public float dot(long start, float[] x, int xOff, int n, TensorKernels kernels) {
        float sum = 0f;
        for (int i = 0; i < n; i++) {
            long e = start + i;
            sum = Math.fma(panels[index(cols, (int) (e / cols), (int) (e % cols))], x[xOff + i], sum);
        }
        return sum;
    }

    /** Panel rows have no linear element-to-byte mapping. */
    @Override
    public long byteOffset(long start) {
        throw new UnsupportedOperationException("a panel matrix has no linear byte offset");
    }
}
