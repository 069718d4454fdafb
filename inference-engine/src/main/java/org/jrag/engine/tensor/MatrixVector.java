package org.jrag.engine.tensor;

/**
 * Matrix-vector and matrix-matrix products of a row-major weight matrix (rows x cols, GGUF ne = [cols, rows])
 * with float activations, split over rows across cores. Batched products (prompt prefill, batched decode of
 * several sequences) decode each weight block once per call: into float panels for the register-blocked kernel
 * ({@link PanelMatmul}) from {@link #panelTokens} tokens on, below that in registers for a few tokens at a time.
 */
public final class MatrixVector {
    /** From this many tokens on, rows are decoded once into floats and multiplied by the whole batch. */
    static final int BATCHED_TOKENS = 4;

    /**
     * The same for 8-row interleaved Q4_0 matrices, whose kernels widen each weight column once for 4 tokens at a
     * time: below this many tokens (batched decode of a few sequences) that beats decoding panels to floats first.
     * Where the two meet depends on the machine: on a Xeon the panel kernel was ahead from 8 tokens (KernelBench
     * prefill 4 / 8 / 12: 0.8x / 1.1x / 1.2x the interleaved kernels, 2048-column shapes); on a Zen 5, 12-16 tokens
     * showed no clear difference, so panels start at 12.
     */
    static final int INTERLEAVED_BATCHED_TOKENS = 12;

    /**
     * The same for 8-row interleaved Q8_0 matrices, whose kernels widen each weight column once for 8 tokens at a
     * time (then 4 over two groups). On a Zen 5 (AVX2 code, 2 threads) those passes ran a step of 12 / 16 / 24 / 32
     * sequences of the 135M model in 2.7 / 2.6-2.8 / 2.7 / 2.6 ms per token against 3.6-4.1 / 3.2-3.7 / 2.8-3.1 /
     * 2.7-3.1 through panels; on the 1B model (weights read from memory once per pass) 16 sequences ran alike either
     * way and 32 about 1.15x slower than through panels, so panels start at 24. Below it every token of a batch gets
     * the bits of a one-token product.
     */
    static final int INTERLEAVED_Q8_0_BATCHED_TOKENS = 24;

    /**
     * The same where the kernels run the 8-token Q8_0 passes on 512-bit vectors and read weights ahead ({@link
     * PanamaTensorKernels#wideVectorsAvailable()}): those passes beat the panels at every micro-batch size (Zen 5, 2
     * threads: 8 prompts of 8 tokens of the 135M model 55 against 83 ms, one prompt of 128 tokens 111 against 158 ms;
     * the 1B model's pp128 144-149 against 84-94 tokens/s), so a micro-batch ({@code LlamaModel}'s 128 tokens) never
     * goes through panels.
     */
    static final int INTERLEAVED_Q8_0_WIDE_BATCHED_TOKENS = 129;

    /**
     * Tokens from which a batched product with w runs through panels (or decoded rows). Where the integer passes run
     * ({@link PanamaTensorKernels#integerPassesAvailable()}) interleaved Q8_0, Q4_0 and K-quant products never do:
     * the passes are faster at every micro-batch size, and every token of a prompt then gets the bits of a one-token
     * product.
     */
    static int panelTokens(Tensor w) {
        return switch (w) {
            case Q8_0x8Tensor q ->
                PanamaTensorKernels.wideVectorsAvailable() || PanamaTensorKernels.integerPassesAvailable()
                        ? INTERLEAVED_Q8_0_WIDE_BATCHED_TOKENS
                        : INTERLEAVED_Q8_0_BATCHED_TOKENS;
            case Q4_0x8Tensor _, Q8_0x8RunsTensor _, IQ4_XSx8Tensor _ ->
                PanamaTensorKernels.integerPassesAvailable()
                        ? INTERLEAVED_Q8_0_WIDE_BATCHED_TOKENS
                        : INTERLEAVED_BATCHED_TOKENS;
            case Q4Kx8Tensor _, Q5Kx8Tensor _, Q6Kx8Tensor _ ->
                IntegerPasses.kQuantsAvailable() ? INTERLEAVED_Q8_0_WIDE_BATCHED_TOKENS : INTERLEAVED_BATCHED_TOKENS;
            default -> BATCHED_TOKENS;
        };
    }

    /** Decoded rows per block: ~64 KiB of floats, which stay in L2 while every token tile passes. */
    private static final int BLOCK_FLOATS = 16 * 1024;

    /**
     * Row alignment of parallel chunks: 16 keeps the interleaved kernels on whole pairs of 8-row groups and the
     * decoded tile kernel on whole row pairs.
     */
    public static final int ROW_ALIGN = 16;

    /** How batches of at least {@link #BATCHED_TOKENS} tokens are multiplied. */
    public enum BatchKernel {
        /** Row blocks decoded to floats, then 2-row x 4-token dot-product tiles (the previous prefill path). */
        DECODED_ROWS,
        /** 16-row panels decoded per 256-column chunk against packed 6-token tiles ({@link PanelMatmul}). */
        PANELS
    }

    /** {@link BatchKernel#PANELS} unless {@code -Djrag.engine.prefill=decoded} (to compare the two in one build). */
    static final BatchKernel DEFAULT_BATCH_KERNEL =
            "decoded".equals(System.getProperty("jrag.engine.prefill")) ? BatchKernel.DECODED_ROWS : BatchKernel.PANELS;

    private static final ThreadLocal<float[][]> SCRATCH = ThreadLocal.withInitial(() -> new float[][] {new float[0]});

    private MatrixVector() {}

    /** Row blocks of [from, to): decode with the type's scalar decoder, then the kernels' float matrix product. */
    private static void decodedBlocks(
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
        int block = Math.max(2, BLOCK_FLOATS / cols) & ~1;
        float[][] holder = SCRATCH.get();
        if (holder[0].length < block * cols) {
            holder[0] = new float[block * cols];
        }
        float[] buf = holder[0];
        for (int r = from; r < to; r += block) {
            int n = Math.min(block, to - r);
            w.dequantize((long) r * cols, buf, 0, n * cols);
            kernels.matmulDecoded(buf, n, cols, x, tokens, out, outOff, outStride, r);
        }
    }

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
                rows,
                (long) cols * tokens,
                ROW_ALIGN,
                (from, to) -> rows(w, cols, x, tokens, out, 0, rows, from, to, kernels));
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
        rows(w, cols, x, tokens, out, outOff, outStride, from, to, kernels, DEFAULT_BATCH_KERNEL);
    }

    /** As {@link #rows(Tensor, int, float[], int, float[], int, int, int, int, TensorKernels)} with the batch kernel
     * named (benchmarks compare the two in one run). */
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
            TensorKernels kernels,
            BatchKernel batchKernel) {
        if (w instanceof MinsTensor m) {
            // the codes through the Q8_0 kernels, then the minimums' part
            rows(m.quants(), cols, x, tokens, out, outOff, outStride, from, to, kernels, batchKernel);
            m.addMins(x, tokens, out, outOff, outStride, from, to, kernels);
            return;
        }
        if (w instanceof F32x8Tensor f) {
            // any batch: each token's outputs are then those of a one-token product, bit for bit
            kernels.matmulF32x8(f.panels(), cols, x, tokens, out, outOff, outStride, from, to);
            return;
        }
        if (tokens >= panelTokens(w)) {
            if (batchKernel == BatchKernel.PANELS) {
                PanelMatmul.rows(w, cols, x, tokens, out, outOff, outStride, from, to, kernels);
            } else {
                decodedBlocks(w, cols, x, tokens, out, outOff, outStride, from, to, kernels);
            }
            return;
        }
        switch (w) {
            case Q8_0Tensor q -> kernels.matmulQ8_0(q.data(), cols, x, tokens, out, outOff, outStride, from, to);
            case Q4_0Tensor q -> kernels.matmulQ4_0(q.data(), cols, x, tokens, out, outOff, outStride, from, to);
            case Q8_0x8Tensor q -> kernels.matmulQ8_0x8(q.data(), cols, x, tokens, out, outOff, outStride, from, to);
            case Q8_0x8RunsTensor q ->
                kernels.matmulQ8_0x8Runs(q.data(), cols, x, tokens, out, outOff, outStride, from, to);
            case Q4_0x8Tensor q -> kernels.matmulQ4_0x8(q.data(), cols, x, tokens, out, outOff, outStride, from, to);
            case IQ4_XSx8Tensor q ->
                kernels.matmulIQ4_XSx8(q.data(), cols, x, tokens, out, outOff, outStride, from, to);
            case Q4Kx8Tensor q -> kernels.matmulQ4Kx8(q.data(), cols, x, tokens, out, outOff, outStride, from, to);
            case Q5Kx8Tensor q -> kernels.matmulQ5Kx8(q.data(), cols, x, tokens, out, outOff, outStride, from, to);
            case Q6Kx8Tensor q -> kernels.matmulQ6Kx8(q.data(), cols, x, tokens, out, outOff, outStride, from, to);
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
