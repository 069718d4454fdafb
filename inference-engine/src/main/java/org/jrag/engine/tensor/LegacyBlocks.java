package org.jrag.engine.tensor;

/**
 * What the block types served through another type's kernels ({@link Q4_1Tensor}, {@link Q5_0Tensor}, {@link
 * Q5_1Tensor}, {@link Q3KTensor}) share: a dot product over their decoded values, and the value {@code q * d + m} of
 * the types with a minimum.
 */
final class LegacyBlocks {
    static final int BLOCK = 32;

    /** Decodes the 32 values of the block at byte {@code off} into out[o ..]. */
    @FunctionalInterface
    interface Decoder {
        void decode(long off, float[] out, int o);
    }

    private static final ThreadLocal<float[]> ROW = ThreadLocal.withInitial(() -> new float[0]);

    private LegacyBlocks() {}

    /** As {@link #dot(Decoder, int, int, long, float[], int, int, TensorKernels)} for blocks of 32 values. */
    static float dot(Decoder decoder, int blockBytes, long off, float[] x, int xOff, int n, TensorKernels kernels) {
        return dot(decoder, BLOCK, blockBytes, off, x, xOff, n, kernels);
    }

    /**
     * The n values (whole blocks of {@code block} values) from byte {@code off} decoded into this thread's scratch,
     * dotted with x[xOff ..].
     */
    static float dot(
            Decoder decoder, int block, int blockBytes, long off, float[] x, int xOff, int n, TensorKernels kernels) {
        float[] row = ROW.get();
        if (row.length < n) {
            row = new float[n];
            ROW.set(row);
        }
        for (int b = 0; b < n / block; b++) {
            decoder.decode(off + (long) b * blockBytes, row, block * b);
        }
        return kernels.dot(row, 0, x, xOff, n);
    }

    /** q * d + m in float, as ggml's dequantization computes it. */
    static float value(int q, float d, float m) {
        return q * d + m;
    }
}
