package org.jrag.engine.tensor;

import java.lang.foreign.MemorySegment;
import org.jrag.engine.gguf.GgmlType;

/**
 * A matrix of values {@code c * d + m} as served: {@code quants} holds the {@code c * d} part as blocks some kernels
 * multiply (Q8_0 for Q4_1 and Q5_1: their codes with the block scale; Q6_K for Q2_K: its codes with {@code d * sc};
 * plain or repacked into 8-row groups) and {@code mins} one float per {@code minBlock} values (row-major, cols /
 * minBlock per row). A row times x is then that product plus {@code sum_b m_b * sum(x over b)}, 1/minBlock of the
 * work, as llama.cpp's q4_1 / q5_1 / q2_K dots add their minimums' part; decoded values keep the original type's bits
 * ({@code c * d} rounded, then {@code + m}; Q2_K's {@code - ml} is stored as {@code m = -ml}).
 */
public record MinsTensor(GgmlType type, Tensor quants, float[] mins, int cols, int minBlock) implements Tensor {
    public MinsTensor {
        if (!(quants instanceof Q8_0Tensor
                || quants instanceof Q8_0x8Tensor
                || quants instanceof Q8_0x8RunsTensor
                || quants instanceof Q6KTensor
                || quants instanceof Q6Kx8Tensor)) {
            throw new IllegalArgumentException("quants must be Q8_0 or Q6_K blocks, got: "
                    + quants.getClass().getSimpleName());
        }
        if (minBlock <= 0
                || cols <= 0
                || cols % minBlock != 0
                || quants.size() % cols != 0
                || mins.length != quants.size() / minBlock) {
            throw new IllegalArgumentException("a matrix of " + quants.size() + " values in rows of " + cols
                    + " needs one minimum per " + minBlock + " values, got: " + mins.length);
        }
    }

    @Override
    public MemorySegment data() {
        return quants.data();
    }

    @Override
    public long size() {
        return quants.size();
    }

    @Override
    public void dequantize(long start, float[] out, int outOff, int n) {
        quants.dequantize(start, out, outOff, n);
        for (int i = 0; i < n; i++) {
            out[outOff + i] += mins[(int) ((start + i) / minBlock)];
        }
    }

    @Override
    public float dot(long start, float[] x, int xOff, int n, TensorKernels kernels) {
        float sum = quants.dot(start, x, xOff, n, kernels);
        int b0 = (int) (start / minBlock);
        for (int b = 0; b < n / minBlock; b++) {
            sum += mins[b0 + b] * blockSum(x, xOff + minBlock * b);
        }
        return sum;
    }

    /**
     * Adds the minimums' part to rows [from, to) of a product the kernels of {@code quants} wrote: out[outOff + t *
     * outStride + r] += sum_b m(r, b) * sum(x[t] over block b).
     */
    void addMins(
            float[] x, int tokens, float[] out, int outOff, int outStride, int from, int to, TensorKernels kernels) {
        int blocks = cols / minBlock;
        float[] sums = new float[blocks];
        for (int t = 0; t < tokens; t++) {
            for (int b = 0; b < blocks; b++) {
                sums[b] = blockSum(x, t * cols + minBlock * b);
            }
            for (int r = from; r < to; r++) {
                out[outOff + t * outStride + r] += kernels.dot(mins, r * blocks, sums, 0, blocks);
            }
        }
    }

    private float blockSum(float[] x, int off) {
        float s = 0f;
        for (int j = 0; j < minBlock; j++) {
            s += x[off + j];
        }
        return s;
    }

    @Override
    public long byteOffset(long start) {
        return quants.byteOffset(start);
    }
}
