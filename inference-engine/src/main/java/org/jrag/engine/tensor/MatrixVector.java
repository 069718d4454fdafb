package org.jrag.engine.tensor;

/**
 * Matrix-vector and matrix-matrix products of a row-major weight matrix (rows x cols, GGUF ne = [cols, rows])
 * with float activations, split over rows across cores. Batched products (prompt prefill) go through the
 * kernels' matrix form, which decodes each weight block once per tile of tokens.
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
        ParallelRows.run(
                rows, (long) cols * tokens, 2, (from, to) -> rows(w, cols, x, tokens, out, 0, rows, from, to, kernels));
    }

    /**
     * Rows [from, to) only: out[outOff + t * outStride + r] = W[r, :] . x[t * cols ..]. Callers that fuse several
     * matrices into one parallel job (Q, K and V; gate and up) call this per matrix for their share of rows.
     */
    public static void rows(
            Tensor w,
            int cols,
            float[] x,
            int tokens,
            float[] out,
            int outOff,
            int outStride,
            int from,
            int to,
            TensorKernels kernels) {
        switch (w) {
            case Q8_0Tensor q -> kernels.matmulQ8_0(q.data(), cols, x, tokens, out, outOff, outStride, from, to);
            case Q4_0Tensor q -> kernels.matmulQ4_0(q.data(), cols, x, tokens, out, outOff, outStride, from, to);
            default -> {
                for (int r = from; r < to; r++) {
                    long start = (long) r * cols;
                    for (int t = 0; t < tokens; t++) {
                        out[outOff + t * outStride + r] = w.dot(start, x, t * cols, cols, kernels);
                    }
                }
            }
        }
    }
}
