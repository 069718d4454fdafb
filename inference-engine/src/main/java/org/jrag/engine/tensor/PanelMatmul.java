package org.jrag.engine.tensor;

import static org.jrag.engine.tensor.TensorKernels.PANEL_ROWS;
import static org.jrag.engine.tensor.TensorKernels.PANEL_TOKENS;

/**
 * The batched matrix product of prompt prefill and batched decode, register-blocked as in BLIS: the activations
 * are packed once per call into tiles of {@link TensorKernels#PANEL_TOKENS} tokens stored column by column, each
 * panel of {@link TensorKernels#PANEL_ROWS} weight rows is decoded to floats once per chunk of {@link #KC} columns
 * (16 KiB, stays in L1) and run against every token tile by {@link TensorKernels#matmulPanel}, which keeps a 16 x 4
 * output tile in registers across the chunk. Along k the chunks accumulate onto the output in order, so the sum
 * is the same as one pass. Arithmetic stays float32 on exact activations; decoded weights are exact (q * d).
 */
final class PanelMatmul {
    /** Columns per decoded panel chunk: 16 rows x 256 floats = 16 KiB. A multiple of every block size. */
    static final int KC = 256;

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    /** Per-thread buffers, grown as needed and reused, so the hot loop allocates nothing. */
    private static final class Scratch {
        float[] packed = new float[0];
        final float[] panel = new float[PANEL_ROWS * KC];
        final float[] row = new float[KC];
        final float[] tile = new float[PANEL_TOKENS * PANEL_ROWS];
    }

    private PanelMatmul() {}

    /** Rows [from, to): out[outOff + t * outStride + r] = W[r, :] . x[t * cols ..] for t in [0, tokens). */
    static void rows(
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
        Scratch s = SCRATCH.get();
        int tiles = (tokens + PANEL_TOKENS - 1) / PANEL_TOKENS;
        int packedLength = tiles * PANEL_TOKENS * cols;
        if (s.packed.length < packedLength) {
            s.packed = new float[packedLength];
        }
        float[] xp = s.packed;
        pack(x, cols, tokens, tiles, xp);
        for (int r = from; r < to; r += PANEL_ROWS) {
            int nr = Math.min(PANEL_ROWS, to - r);
            for (int k0 = 0; k0 < cols; k0 += KC) {
                int kc = Math.min(KC, cols - k0);
                decodePanel(w, cols, r, nr, k0, kc, s, kernels);
                boolean accumulate = k0 > 0;
                for (int tile = 0; tile < tiles; tile++) {
                    int t0 = tile * PANEL_TOKENS;
                    int nt = Math.min(PANEL_TOKENS, tokens - t0);
                    int xo = (k0 * tiles + tile * kc) * PANEL_TOKENS;
                    int o = outOff + t0 * outStride + r;
                    if (nr == PANEL_ROWS && nt == PANEL_TOKENS) {
                        kernels.matmulPanel(s.panel, kc, xp, xo, out, o, outStride, accumulate);
                    } else {
                        edgeTile(s, kc, xp, xo, out, o, outStride, nr, nt, accumulate, kernels);
                    }
                }
            }
        }
    }

    /**
     * Column chunk by chunk, then tile by tile, then column by column within the tile:
     * xp[(k0 * tiles + tile * kc + k) * PANEL_TOKENS + j] = x[(tile * PANEL_TOKENS + j) * cols + k0 + k], padding
     * tokens past the batch with zeros, so one chunk of every tile is one contiguous run.
     */
    private static void pack(float[] x, int cols, int tokens, int tiles, float[] xp) {
        for (int k0 = 0; k0 < cols; k0 += KC) {
            int kc = Math.min(KC, cols - k0);
            for (int tile = 0; tile < tiles; tile++) {
                int base = (k0 * tiles + tile * kc) * PANEL_TOKENS;
                for (int j = 0; j < PANEL_TOKENS; j++) {
                    int t = tile * PANEL_TOKENS + j;
                    if (t < tokens) {
                        int xi = t * cols + k0;
                        for (int k = 0; k < kc; k++) {
                            xp[base + k * PANEL_TOKENS + j] = x[xi + k];
                        }
                    } else {
                        for (int k = 0; k < kc; k++) {
                            xp[base + k * PANEL_TOKENS + j] = 0f;
                        }
                    }
                }
            }
        }
    }

    /**
     * panel[k * PANEL_ROWS + i] = W[r + i, k0 + k] for i in [0, nr): whole 8-row groups of an interleaved matrix
     * through the kernels' vector decoders, anything else row by row through the tensor's own decoder.
     */
    private static void decodePanel(
            Tensor w, int cols, int r, int nr, int k0, int kc, Scratch s, TensorKernels kernels) {
        boolean groups = r % 8 == 0 && nr % 8 == 0;
        switch (w) {
            case Q8_0x8Tensor q
            when groups -> {
                for (int i = 0; i < nr; i += 8) {
                    kernels.panelQ8_0x8(q.data(), cols, (r + i) / 8, k0 / 32, kc / 32, s.panel, i);
                }
            }
            case Q4_0x8Tensor q
            when groups -> {
                for (int i = 0; i < nr; i += 8) {
                    kernels.panelQ4_0x8(q.data(), cols, (r + i) / 8, k0 / 32, kc / 32, s.panel, i);
                }
            }
            case Q4Kx8Tensor q
            when groups -> {
                for (int i = 0; i < nr; i += 8) {
                    kernels.panelQ4Kx8(q.data(), cols, (r + i) / 8, k0 / 256, kc / 256, s.panel, i);
                }
            }
            case Q5Kx8Tensor q
            when groups -> {
                for (int i = 0; i < nr; i += 8) {
                    kernels.panelQ5Kx8(q.data(), cols, (r + i) / 8, k0 / 256, kc / 256, s.panel, i);
                }
            }
            case Q6Kx8Tensor q
            when groups -> {
                for (int i = 0; i < nr; i += 8) {
                    kernels.panelQ6Kx8(q.data(), cols, (r + i) / 8, k0 / 256, kc / 256, s.panel, i);
                }
            }
            default -> {
                for (int i = 0; i < nr; i++) {
                    w.dequantize((long) (r + i) * cols + k0, s.row, 0, kc);
                    for (int k = 0; k < kc; k++) {
                        s.panel[k * PANEL_ROWS + i] = s.row[k];
                    }
                }
            }
        }
    }

    /** A tile with fewer rows or tokens than the kernel's: computed in a scratch tile, valid part copied out. */
    private static void edgeTile(
            Scratch s,
            int kc,
            float[] xp,
            int xo,
            float[] out,
            int o,
            int outStride,
            int nr,
            int nt,
            boolean accumulate,
            TensorKernels kernels) {
        float[] tile = s.tile;
        if (accumulate) {
            for (int t = 0; t < nt; t++) {
                System.arraycopy(out, o + t * outStride, tile, t * PANEL_ROWS, nr);
            }
        }
        kernels.matmulPanel(s.panel, kc, xp, xo, tile, 0, PANEL_ROWS, accumulate);
        for (int t = 0; t < nt; t++) {
            System.arraycopy(tile, t * PANEL_ROWS, out, o + t * outStride, nr);
        }
    }
}
