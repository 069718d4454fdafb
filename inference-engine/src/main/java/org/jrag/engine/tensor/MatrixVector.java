package org.jrag.engine.tensor;

/**
 * Matrix-vector products of a row-major weight matrix (rows x cols, GGUF ne = [cols, rows]) with float
 * activations, split over rows across cores. The batched form serves prompt prefill: each row is read once
 * per batch while it is hot in cache.
 */
public final class MatrixVector {
    private MatrixVector() {}

    /** out[r] = W[r, :] . x for r in [0, rows). */
    public static void multiply(Tensor w, int rows, int cols, float[] x, float[] out) {
        multiplyBatch(w, rows, cols, x, 1, out);
    }

    /** out[t * rows + r] = W[r, :] . x[t * cols ..] for t in [0, tokens), r in [0, rows). */
    public static void multiplyBatch(Tensor w, int rows, int cols, float[] x, int tokens, float[] out) {
        assert w.size() == (long) rows * cols : "tensor has " + w.size() + " elements, not " + rows + "x" + cols;
        assert x.length >= tokens * cols && out.length >= tokens * rows;
        TensorKernels kernels = TensorKernels.preferred();
        ParallelRows.run(rows, (long) cols * tokens, (from, to) -> {
            for (int r = from; r < to; r++) {
                long start = (long) r * cols;
                for (int t = 0; t < tokens; t++) {
                    out[t * rows + r] = w.dot(start, x, t * cols, cols, kernels);
                }
            }
        });
    }
}
