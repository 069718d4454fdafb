package org.jrag.engine.tensor;

import java.lang.foreign.MemorySegment;
import org.jrag.engine.gguf.GgmlType;

/**
 * A Q4_1 or Q5_1 matrix as served: its values {@code q * d + m} split into Q8_0 blocks of {@code q * d} ({@code
 * quants}, a {@link Q8_0Tensor} or its 8-row repacked {@link Q8_0x8Tensor}, for the Q8_0 kernels) and one float
 * minimum per block ({@code mins}, row-major, cols / 32 per row). A row times x is then the Q8_0 product plus {@code
 * sum_b m_b * sum(x over block b)}, 1/32 of the work, as llama.cpp's q4_1 / q5_1 dots add {@code m * sum(x)}; decoded
 * values keep the original type's bits ({@code q * d} rounded, then {@code + m}).
 */
public record Q8_0MinTensor(GgmlType type, Tensor quants, float[] mins, int cols) implements Tensor {
    public Q8_0MinTensor {
        if (!(quants instanceof Q8_0Tensor || quants instanceof Q8_0x8Tensor)) {
            throw new IllegalArgumentException(
                    "quants must be Q8_0 blocks, got: " + quants.getClass().getSimpleName());
        }
        if (cols <= 0
                || cols % LegacyBlocks.BLOCK != 0
                || quants.size() % cols != 0
                || mins.length != quants.size() / LegacyBlocks.BLOCK) {
            throw new IllegalArgumentException("a matrix of " + quants.size() + " values in rows of " + cols
                    + " needs one minimum per 32 values, got: " + mins.length);
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
            out[outOff + i] += mins[(int) ((start + i) / LegacyBlocks.BLOCK)];
        }
    }

    @Override
    public float dot(long start, float[] x, int xOff, int n, TensorKernels kernels) {
        float sum = quants.dot(start, x, xOff, n, kernels);
        int b0 = (int) (start / LegacyBlocks.BLOCK);
        for (int b = 0; b < n / LegacyBlocks.BLOCK; b++) {
            sum += mins[b0 + b] * blockSum(x, xOff + LegacyBlocks.BLOCK * b);
        }
        return sum;
    }

    /**
     * Adds the minimums' part to rows [from, to) of a product the Q8_0 kernels wrote: out[outOff + t * outStride + r]
     * += sum_b m(r, b) * sum(x[t] over block b).
     */
    void addMins(float[] x, int tokens, float[] out, int outOff, int outStride, int from, int to) {
        int blocks = cols / LegacyBlocks.BLOCK;
        float[] sums = new float[blocks];
        for (int t = 0; t < tokens; t++) {
            for (int b = 0; b < blocks; b++) {
                sums[b] = blockSum(x, t * cols + LegacyBlocks.BLOCK * b);
            }
            for (int r = from; r < to; r++) {
                float s = 0f;
                int m = r * blocks;
                for (int b = 0; b < blocks; b++) {
                    s += mins[m + b] * sums[b];
                }
                out[outOff + t * outStride + r] += s;
            }
        }
    }

    private static float blockSum(float[] x, int off) {
        float s = 0f;
        for (int j = 0; j < LegacyBlocks.BLOCK; j++) {
            s += x[off + j];
        }
        return s;
    }

    @Override
    public long byteOffset(long start) {
        return quants.byteOffset(start);
    }
}
