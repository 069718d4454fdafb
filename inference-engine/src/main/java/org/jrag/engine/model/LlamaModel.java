package org.jrag.engine.model;

import org.jrag.engine.gguf.GgufFile;
import org.jrag.engine.tensor.MatrixVector;
import org.jrag.engine.tensor.ParallelRows;
import org.jrag.engine.tensor.Tensor;
import org.jrag.engine.tensor.TensorKernels;

/**
 * The llama-family decoder forward pass (RMSNorm, RoPE, grouped-query attention, SwiGLU), computed in float32
 * like llama.cpp's CPU backend with an F32 KV cache. {@link #forward} takes a batch of consecutive tokens
 * (a whole prompt for prefill, or one token for decode) and returns logits. Stateless apart from the cache
 * the caller passes in, so one model serves many sequences.
 */
public final class LlamaModel {
    private final LlamaConfig config;
    private final LlamaWeights weights;

    public LlamaModel(LlamaConfig config, LlamaWeights weights) {
        this.config = config;
        this.weights = weights;
    }

    /** Reads config and weight views from an open file (which must stay open while the model is used). */
    public static LlamaModel load(GgufFile file) {
        LlamaConfig config = LlamaConfig.from(file.metadata());
        return new LlamaModel(config, LlamaWeights.load(file, config));
    }

    public LlamaConfig config() {
        return config;
    }

    public KvCache newKvCache(int capacity) {
        return new KvCache(config.layers(), capacity, config.kvDim());
    }

    public KvCache newKvCache(int capacity, KvCacheType type) {
        return new KvCache(config.layers(), capacity, config.kvDim(), type);
    }

    /**
     * Runs tokens at positions [startPos, startPos + tokens.length), writing their keys and values into the
     * cache. Returns logits [vocab] for the last token, or [tokens.length * vocab] for all when {@code allLogits}.
     * Long prompts run in micro-batches of {@link #MICRO_BATCH} tokens, so the scratch buffers stay small and hot.
     */
    public float[] forward(int[] tokens, int startPos, KvCache cache, boolean allLogits) {
        LlamaConfig c = config;
        int n = tokens.length;
        if (n == 0) {
            throw new IllegalArgumentException("tokens must not be empty");
        }
        if (startPos < 0 || startPos + n > cache.capacity()) {
            throw new IllegalArgumentException("positions " + startPos + ".." + (startPos + n - 1)
                    + " must fit the KV cache capacity " + cache.capacity());
        }
        for (int tok : tokens) {
            if (tok < 0 || tok >= c.vocabSize()) {
                throw new IllegalArgumentException("token id must be in 0.." + (c.vocabSize() - 1) + ", got: " + tok);
            }
        }
        float[] logits = new float[(allLogits ? n : 1) * c.vocabSize()];
        Activations a = cache.activations(c, Math.min(n, MICRO_BATCH));
        for (int s = 0; s < n; s += MICRO_BATCH) {
            int len = Math.min(MICRO_BATCH, n - s);
            boolean last = s + len == n;
            forwardBatch(tokens, s, len, startPos + s, cache, a);
            if (allLogits) {
                logits(a, 0, len, logits, s * c.vocabSize());
            } else if (last) {
                logits(a, len - 1, 1, logits, 0);
            }
        }
        return logits;
    }

    /** Tokens per micro-batch of a long prompt (llama.cpp's n_ubatch plays the same role). */
    static final int MICRO_BATCH = 128;

    /** One micro-batch: tokens[from .. from + n) at positions pos0.. through every layer, leaving a.x. */
    private void forwardBatch(int[] tokens, int from, int n, int pos0, KvCache cache, Activations a) {
        LlamaConfig c = config;
        TensorKernels kernels = TensorKernels.preferred();
        int dim = c.dim();
        int qDim = c.queryDim();
        int kvDim = c.kvDim();
        int hidden = c.hiddenDim();
        float[] x = a.x;
        float[] xb = a.xb;

        // 1. token embeddings: x[t] = E[token_t], [n, dim]; RoPE angles of each position
        for (int t = 0; t < n; t++) {
            weights.tokenEmbedding().dequantize((long) tokens[from + t] * dim, x, t * dim, dim);
            ropeAngles(pos0 + t, a.ropeCos, a.ropeSin, t * (c.ropeDim() / 2));
        }

        for (int l = 0; l < c.layers(); l++) {
            LlamaWeights.Layer w = weights.layers()[l];
            // 2. attention: xb = rmsnorm(x) * attn_norm; q, k, v = W xb (+ bias), one parallel job for the three
            rmsNorm(x, w.attnNorm(), xb, n, dim, c.rmsEps());
            float[] q = a.q;
            float[] k = a.k;
            float[] v = a.v;
            ParallelRows.run(qDim + 2 * kvDim, (long) dim * n, 2, (lo, hi) -> {
                rowsOf(w.wq(), dim, xb, n, q, qDim, lo, hi, 0, kernels);
                rowsOf(w.wk(), dim, xb, n, k, kvDim, lo, hi, qDim, kernels);
                rowsOf(w.wv(), dim, xb, n, v, kvDim, lo, hi, qDim + kvDim, kernels);
            });
            addBias(q, w.bq(), n, qDim);
            addBias(k, w.bk(), n, kvDim);
            addBias(v, w.bv(), n, kvDim);
            // 3. rotate q and k by position, then append k, v to the cache
            for (int t = 0; t < n; t++) {
                rope(q, t * qDim, c.heads(), a, t);
                rope(k, t * kvDim, c.kvHeads(), a, t);
            }
            cache.store(l, pos0, q, n * qDim, k, v, n);
            // 4. causal grouped-query attention over cached positions, then output projection + residual
            attention(q, cache.keys(l), cache.values(l), a.att, n, pos0, kernels, cache.type() == KvCacheType.F16);
            MatrixVector.multiplyBatch(w.wo(), dim, qDim, a.att, n, xb);
            for (int i = 0; i < n * dim; i++) {
                x[i] += xb[i];
            }
            // 5. SwiGLU feed-forward: x += W_down (silu(W_gate h) * W_up h), h = rmsnorm(x) * ffn_norm; gate, up and
            // the SwiGLU of the same rows are one parallel job
            rmsNorm(x, w.ffnNorm(), xb, n, dim, c.rmsEps());
            float[] gate = a.gate;
            float[] up = a.up;
            ParallelRows.run(hidden, 2L * dim * n, 2, (lo, hi) -> {
                MatrixVector.rows(w.wGate(), dim, xb, n, gate, 0, hidden, lo, hi, kernels);
                MatrixVector.rows(w.wUp(), dim, xb, n, up, 0, hidden, lo, hi, kernels);
                for (int t = 0; t < n; t++) {
                    kernels.swiglu(gate, up, t * hidden + lo, hi - lo);
                }
            });
            MatrixVector.multiplyBatch(w.wDown(), dim, hidden, gate, n, xb);
            for (int i = 0; i < n * dim; i++) {
                x[i] += xb[i];
            }
        }
    }

    /** Final norm and output projection of tokens [t0, t0 + m) of a micro-batch into logits[off ..]. */
    private void logits(Activations a, int t0, int m, float[] logits, int off) {
        LlamaConfig c = config;
        int dim = c.dim();
        float[] normed = a.xb;
        rmsNorm(a.x, t0 * dim, weights.outputNorm(), normed, m, dim, c.rmsEps());
        TensorKernels kernels = TensorKernels.preferred();
        int vocab = c.vocabSize();
        ParallelRows.run(
                vocab,
                (long) dim * m,
                2,
                (lo, hi) -> MatrixVector.rows(weights.output(), dim, normed, m, logits, off, vocab, lo, hi, kernels));
    }

    /** The part of fused row range [lo, hi) that falls on matrix rows [base, base + rows). */
    private static void rowsOf(
            Tensor w,
            int cols,
            float[] x,
            int n,
            float[] out,
            int rows,
            int lo,
            int hi,
            int base,
            TensorKernels kernels) {
        int from = Math.max(lo, base) - base;
        int to = Math.min(hi, base + rows) - base;
        if (from < to) {
            MatrixVector.rows(w, cols, x, n, out, 0, rows, from, to, kernels);
        }
    }

    /** out[t] = x[t] / sqrt(mean(x[t]^2) + eps) * weight, per token of [n, dim]. */
    static void rmsNorm(float[] x, float[] weight, float[] out, int n, int dim, float eps) {
        rmsNorm(x, 0, weight, out, n, dim, eps);
    }

    /** As above for the n tokens starting at x[xOff], written to out[0 ..]. */
    static void rmsNorm(float[] x, int xOff, float[] weight, float[] out, int n, int dim, float eps) {
        for (int t = 0; t < n; t++) {
            int o = t * dim;
            int xo = xOff + o;
            double ss = 0;
            for (int i = 0; i < dim; i++) {
                ss += x[xo + i] * x[xo + i];
            }
            float scale = (float) (1.0 / Math.sqrt((float) (ss / dim) + eps));
            for (int i = 0; i < dim; i++) {
                out[o + i] = x[xo + i] * scale * weight[i];
            }
        }
    }

    private static void addBias(float[] y, float[] bias, int n, int d) {
        if (bias == null) {
            return;
        }
        for (int t = 0; t < n; t++) {
            for (int i = 0; i < d; i++) {
                y[t * d + i] += bias[i];
            }
        }
    }

    /** theta_i = pos * base^(-2i/ropeDim), computed iteratively in float as ggml does; cos and sin per pair. */
    private void ropeAngles(int pos, float[] cos, float[] sin, int off) {
        int ropeDim = config.ropeDim();
        float thetaScale = (float) Math.pow(config.ropeTheta(), -2.0 / ropeDim);
        float theta = pos;
        for (int i = 0; i < ropeDim / 2; i++) {
            cos[off + i] = (float) Math.cos(theta);
            sin[off + i] = (float) Math.sin(theta);
            theta *= thetaScale;
        }
    }

    /**
     * RoPE on each head of vec[off ..] for token t of the batch: rotate pair i by theta_i. NORMAL pairs (2i, 2i+1),
     * NEOX pairs (i, i + ropeDim/2).
     */
    private void rope(float[] vec, int off, int heads, Activations a, int t) {
        int headDim = config.headDim();
        int half = config.ropeDim() / 2;
        boolean neox = config.ropeStyle() == RopeStyle.NEOX;
        int ang = t * half;
        for (int h = 0; h < heads; h++) {
            int base = off + h * headDim;
            for (int i = 0; i < half; i++) {
                float cos = a.ropeCos[ang + i];
                float sin = a.ropeSin[ang + i];
                int p = neox ? base + i : base + 2 * i;
                int r = neox ? base + i + half : base + 2 * i + 1;
                float x0 = vec[p];
                float x1 = vec[r];
                vec[p] = x0 * cos - x1 * sin;
                vec[r] = x0 * sin + x1 * cos;
            }
        }
    }

    /** Per-thread scores row for attention, grown to the longest context seen; avoids allocating per call. */
    private static final ThreadLocal<float[][]> SCORES = ThreadLocal.withInitial(() -> new float[][] {new float[0]});

    /** out[t, h] = softmax(q[t, h] . K[0..pos_t] / sqrt(headDim)) V[0..pos_t], kv head = h / (heads / kvHeads). */
    private void attention(
            float[] q,
            float[] keys,
            float[] values,
            float[] out,
            int n,
            int startPos,
            TensorKernels kernels,
            boolean halfWeights) {
        int heads = config.heads();
        int headDim = config.headDim();
        int qDim = config.queryDim();
        int kvDim = config.kvDim();
        int group = heads / config.kvHeads();
        float scale = (float) (1.0 / Math.sqrt(headDim));
        long work = (long) (startPos + n) * headDim * 2;
        ParallelRows.run(n * heads, work, (from, to) -> {
            float[][] holder = SCORES.get();
            if (holder[0].length < startPos + n) {
                holder[0] = new float[startPos + n];
            }
            float[] scores = holder[0];
            for (int th = from; th < to; th++) {
                int t = th / heads;
                int h = th % heads;
                int qOff = t * qDim + h * headDim;
                int kvOff = (h / group) * headDim;
                int len = startPos + t + 1;
                kernels.attentionScores(q, qOff, keys, kvOff, kvDim, len, headDim, scale, scores);
                float max = Float.NEGATIVE_INFINITY;
                for (int p = 0; p < len; p++) {
                    max = Math.max(max, scores[p]);
                }
                float inv = 1.0f / kernels.expShifted(scores, len, max);
                for (int p = 0; p < len; p++) {
                    scores[p] *= inv;
                    if (halfWeights) {
                        scores[p] =
                                Float.float16ToFloat(Float.floatToFloat16(scores[p])); // F16 V: ggml multiplies in F16
                    }
                }
                kernels.attentionValues(scores, len, values, kvOff, kvDim, headDim, out, t * qDim + h * headDim);
            }
        });
    }
}
