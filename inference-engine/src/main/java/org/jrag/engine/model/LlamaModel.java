package org.jrag.engine.model;

import org.jrag.engine.gguf.GgufFile;
import org.jrag.engine.tensor.MatrixVector;
import org.jrag.engine.tensor.ParallelRows;

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
        int dim = c.dim();
        int qDim = c.queryDim();
        int kvDim = c.kvDim();
        int hidden = c.hiddenDim();
        float[] x = new float[n * dim];
        float[] xb = new float[n * dim];
        float[] q = new float[n * qDim];
        float[] k = new float[n * kvDim];
        float[] v = new float[n * kvDim];
        float[] att = new float[n * qDim];
        float[] gate = new float[n * hidden];
        float[] up = new float[n * hidden];

        // 1. token embeddings: x[t] = E[token_t], [n, dim]
        for (int t = 0; t < n; t++) {
            int tok = tokens[t];
            if (tok < 0 || tok >= c.vocabSize()) {
                throw new IllegalArgumentException("token id must be in 0.." + (c.vocabSize() - 1) + ", got: " + tok);
            }
            weights.tokenEmbedding().dequantize((long) tok * dim, x, t * dim, dim);
        }

        for (int l = 0; l < c.layers(); l++) {
            LlamaWeights.Layer w = weights.layers()[l];
            // 2. attention: xb = rmsnorm(x) * attn_norm; q, k, v = W xb (+ bias)
            rmsNorm(x, w.attnNorm(), xb, n, dim, c.rmsEps());
            MatrixVector.multiplyBatch(w.wq(), qDim, dim, xb, n, q);
            MatrixVector.multiplyBatch(w.wk(), kvDim, dim, xb, n, k);
            MatrixVector.multiplyBatch(w.wv(), kvDim, dim, xb, n, v);
            addBias(q, w.bq(), n, qDim);
            addBias(k, w.bk(), n, kvDim);
            addBias(v, w.bv(), n, kvDim);
            // 3. rotate q and k by position, then append k, v to the cache
            for (int t = 0; t < n; t++) {
                rope(q, t * qDim, c.heads(), startPos + t);
                rope(k, t * kvDim, c.kvHeads(), startPos + t);
            }
            cache.store(l, startPos, q, n * qDim, k, v, n);
            // 4. causal grouped-query attention over cached positions, then output projection + residual
            attention(q, cache.keys(l), cache.values(l), att, n, startPos, cache.type() == KvCacheType.F16);
            MatrixVector.multiplyBatch(w.wo(), dim, qDim, att, n, xb);
            for (int i = 0; i < n * dim; i++) {
                x[i] += xb[i];
            }
            // 5. SwiGLU feed-forward: x += W_down (silu(W_gate h) * W_up h), h = rmsnorm(x) * ffn_norm
            rmsNorm(x, w.ffnNorm(), xb, n, dim, c.rmsEps());
            MatrixVector.multiplyBatch(w.wGate(), hidden, dim, xb, n, gate);
            MatrixVector.multiplyBatch(w.wUp(), hidden, dim, xb, n, up);
            for (int i = 0; i < n * hidden; i++) {
                float g = gate[i];
                gate[i] = g / (1.0f + (float) Math.exp(-g)) * up[i];
            }
            MatrixVector.multiplyBatch(w.wDown(), dim, hidden, gate, n, xb);
            for (int i = 0; i < n * dim; i++) {
                x[i] += xb[i];
            }
        }

        // 6. final norm and output projection, for the last token or all of them
        int first = allLogits ? 0 : n - 1;
        int m = n - first;
        float[] last = new float[m * dim];
        System.arraycopy(x, first * dim, last, 0, m * dim);
        float[] normed = new float[m * dim];
        rmsNorm(last, weights.outputNorm(), normed, m, dim, c.rmsEps());
        float[] logits = new float[m * c.vocabSize()];
        MatrixVector.multiplyBatch(weights.output(), c.vocabSize(), dim, normed, m, logits);
        return logits;
    }

    /** out[t] = x[t] / sqrt(mean(x[t]^2) + eps) * weight, per token of [n, dim]. */
    static void rmsNorm(float[] x, float[] weight, float[] out, int n, int dim, float eps) {
        for (int t = 0; t < n; t++) {
            int o = t * dim;
            double ss = 0;
            for (int i = 0; i < dim; i++) {
                ss += x[o + i] * x[o + i];
            }
            float scale = (float) (1.0 / Math.sqrt((float) (ss / dim) + eps));
            for (int i = 0; i < dim; i++) {
                out[o + i] = x[o + i] * scale * weight[i];
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

    /**
     * RoPE on each head of vec[off ..]: rotate pair i by theta_i = pos * base^(-2i/ropeDim), theta computed
     * iteratively in float as ggml does. NORMAL pairs (2i, 2i+1), NEOX pairs (i, i + ropeDim/2).
     */
    private void rope(float[] vec, int off, int heads, int pos) {
        int headDim = config.headDim();
        int ropeDim = config.ropeDim();
        float thetaScale = (float) Math.pow(config.ropeTheta(), -2.0 / ropeDim);
        boolean neox = config.ropeStyle() == RopeStyle.NEOX;
        float theta = pos;
        for (int i = 0; i < ropeDim / 2; i++) {
            float cos = (float) Math.cos(theta);
            float sin = (float) Math.sin(theta);
            for (int h = 0; h < heads; h++) {
                int base = off + h * headDim;
                int a = neox ? base + i : base + 2 * i;
                int b = neox ? base + i + ropeDim / 2 : base + 2 * i + 1;
                float x0 = vec[a];
                float x1 = vec[b];
                vec[a] = x0 * cos - x1 * sin;
                vec[b] = x0 * sin + x1 * cos;
            }
            theta *= thetaScale;
        }
    }

    /** out[t, h] = softmax(q[t, h] . K[0..pos_t] / sqrt(headDim)) V[0..pos_t], kv head = h / (heads / kvHeads). */
    private void attention(
            float[] q, float[] keys, float[] values, float[] out, int n, int startPos, boolean halfWeights) {
        int heads = config.heads();
        int headDim = config.headDim();
        int qDim = config.queryDim();
        int kvDim = config.kvDim();
        int group = heads / config.kvHeads();
        float scale = (float) (1.0 / Math.sqrt(headDim));
        long work = (long) (startPos + n) * headDim * 2;
        ParallelRows.run(n * heads, work, (from, to) -> {
            float[] scores = new float[startPos + n];
            for (int th = from; th < to; th++) {
                int t = th / heads;
                int h = th % heads;
                int qOff = t * qDim + h * headDim;
                int kvOff = (h / group) * headDim;
                int len = startPos + t + 1;
                float max = Float.NEGATIVE_INFINITY;
                for (int p = 0; p < len; p++) {
                    float s = 0f;
                    int kOff = p * kvDim + kvOff;
                    for (int i = 0; i < headDim; i++) {
                        s += q[qOff + i] * keys[kOff + i];
                    }
                    s *= scale;
                    scores[p] = s;
                    max = Math.max(max, s);
                }
                double sum = 0;
                for (int p = 0; p < len; p++) {
                    float e = (float) Math.exp(scores[p] - max);
                    scores[p] = e;
                    sum += e;
                }
                float inv = (float) (1.0 / sum);
                int o = t * qDim + h * headDim;
                for (int i = 0; i < headDim; i++) {
                    out[o + i] = 0f;
                }
                for (int p = 0; p < len; p++) {
                    float a = scores[p] * inv;
                    if (halfWeights) {
                        a = Float.float16ToFloat(Float.floatToFloat16(a)); // F16 V: ggml multiplies in F16
                    }
                    int vOff = p * kvDim + kvOff;
                    for (int i = 0; i < headDim; i++) {
                        out[o + i] += a * values[vOff + i];
                    }
                }
            }
        });
    }
}
