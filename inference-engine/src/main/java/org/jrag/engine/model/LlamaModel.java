package org.jrag.engine.model;

import java.util.Arrays;
import java.util.List;
import org.jrag.engine.gguf.GgufFile;
import org.jrag.engine.tensor.MatrixVector;
import org.jrag.engine.tensor.ParallelRows;
import org.jrag.engine.tensor.Tensor;
import org.jrag.engine.tensor.TensorKernels;

/**
 * The llama-family decoder forward pass (RMSNorm, RoPE, grouped-query attention, SwiGLU), computed in float32
 * like llama.cpp's CPU backend with an F32 KV cache. {@link #forward(List, PagedKvCache)} takes a batch of
 * sequence chunks (whole prompts or their slices for prefill, one token each for decode, several tokens for
 * speculative verification) and returns logits; the single-sequence {@link #forward(int[], int, KvCache, boolean)}
 * is a batch of one. Stateless apart from the cache the caller passes in, so one model serves many sequences.
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

    /** A paged cache of {@code numBlocks} blocks of {@code blockSize} positions for batched serving. */
    public PagedKvCache newPagedKvCache(int numBlocks, int blockSize, KvCacheType type) {
        return new PagedKvCache(config, numBlocks, blockSize, type);
    }

    /**
     * Runs tokens at positions [startPos, startPos + tokens.length), writing their keys and values into the
     * cache. Returns logits [vocab] for the last token, or [tokens.length * vocab] for all when {@code allLogits}.
     * One sequence is a batch of one chunk over the cache's single block: the same code path as {@link
     * #forward(List, PagedKvCache)}.
     */
    public float[] forward(int[] tokens, int startPos, KvCache cache, boolean allLogits) {
        int n = tokens.length;
        if (n == 0) {
            throw new IllegalArgumentException("tokens must not be empty");
        }
        if (startPos < 0 || startPos + n > cache.capacity()) {
            throw new IllegalArgumentException("positions " + startPos + ".." + (startPos + n - 1)
                    + " must fit the KV cache capacity " + cache.capacity());
        }
        return forward(List.of(new SequenceChunk(tokens, startPos, cache.blockTable(), allLogits)), cache.paged())[0];
    }

    /**
     * One step for many sequences: {@code result[i]} holds the logits of {@code chunks.get(i)}, [vocab] for its last
     * token or [tokens.length * vocab] when it asks for all. Every matrix product runs once over the concatenated
     * tokens of all chunks (the weights are read once per micro-batch, not once per sequence); RoPE uses each
     * token's own position; attention runs per sequence over its own blocks. Long batches run in micro-batches of
     * {@link #MICRO_BATCH} tokens, so the scratch buffers (owned by the cache) stay small and hot. Thread-confined:
     * one caller thread at a time per cache.
     *
     * @throws IllegalArgumentException for an empty list, a token id outside the vocabulary, a block table that
     *     does not cover a chunk's positions or that names a block outside the cache, or a cache of another shape
     */
    public float[][] forward(List<SequenceChunk> chunks, PagedKvCache cache) {
        LlamaConfig c = config;
        int total = validate(chunks, cache);
        int vocab = c.vocabSize();
        float[][] result = new float[chunks.size()][];
        for (int i = 0; i < result.length; i++) {
            SequenceChunk s = chunks.get(i);
            result[i] = new float[(s.allLogits() ? s.tokens().length : 1) * vocab];
        }
        Activations a = cache.activations(c, Math.min(total, MICRO_BATCH));
        int chunk = 0;
        int offset = 0;
        while (chunk < chunks.size()) {
            // 1. fill a micro-batch with the next tokens in chunk order, noting which of them need logits
            int n = 0;
            int rows = 0;
            while (n < MICRO_BATCH && chunk < chunks.size()) {
                SequenceChunk s = chunks.get(chunk);
                int len = s.tokens().length;
                int take = Math.min(MICRO_BATCH - n, len - offset);
                for (int i = offset; i < offset + take; i++, n++) {
                    a.tokenIds[n] = s.tokens()[i];
                    a.positions[n] = s.startPos() + i;
                    a.chunkOf[n] = chunk;
                    if (s.allLogits() || i == len - 1) {
                        a.logitRows[rows++] = n;
                    }
                }
                offset += take;
                if (offset == len) {
                    chunk++;
                    offset = 0;
                }
            }
            // 2. every layer over the micro-batch, 3. logits of the rows that need them
            forwardBatch(chunks, n, cache, a);
            if (rows > 0) {
                logits(chunks, a, rows, result);
            }
        }
        return result;
    }

    /** Checks a batched call's arguments; returns the total number of tokens. */
    private int validate(List<SequenceChunk> chunks, PagedKvCache cache) {
        LlamaConfig c = config;
        if (chunks.isEmpty()) {
            throw new IllegalArgumentException("chunks must not be empty");
        }
        if (cache.layers() != c.layers() || cache.kvDim() != c.kvDim()) {
            throw new IllegalArgumentException("cache holds " + cache.layers() + " layers of kvDim " + cache.kvDim()
                    + ", the model needs " + c.layers() + " layers of kvDim " + c.kvDim());
        }
        long total = 0;
        int bs = cache.blockSize();
        for (int i = 0; i < chunks.size(); i++) {
            SequenceChunk s = chunks.get(i);
            for (int tok : s.tokens()) {
                if (tok < 0 || tok >= c.vocabSize()) {
                    throw new IllegalArgumentException(
                            "chunk " + i + ": token id must be in 0.." + (c.vocabSize() - 1) + ", got: " + tok);
                }
            }
            int[] table = s.blockTable();
            long needed = ((long) s.startPos() + s.tokens().length + bs - 1) / bs;
            if (table.length < needed) {
                throw new IllegalArgumentException("chunk " + i + ": block table of " + table.length
                        + " blocks covers positions 0.." + ((long) table.length * bs - 1) + ", needs 0.."
                        + ((long) s.startPos() + s.tokens().length - 1));
            }
            for (int b = 0; b < needed; b++) {
                if (table[b] < 0 || table[b] >= cache.numBlocks()) {
                    throw new IllegalArgumentException("chunk " + i + ": block table entry " + b
                            + " must be a block id in 0.." + (cache.numBlocks() - 1) + ", got: " + table[b]);
                }
            }
            total += s.tokens().length;
        }
        if (total > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(
                    "a call must hold at most " + Integer.MAX_VALUE + " tokens, got: " + total);
        }
        return (int) total;
    }

    /** Tokens per micro-batch of a long prompt (llama.cpp's n_ubatch plays the same role). */
    static final int MICRO_BATCH = 128;

    /**
     * One micro-batch: the n tokens described by a.tokenIds / a.positions / a.chunkOf through every layer, leaving
     * a.x.
     */
    private void forwardBatch(List<SequenceChunk> chunks, int n, PagedKvCache cache, Activations a) {
        LlamaConfig c = config;
        TensorKernels kernels = TensorKernels.preferred();
        int dim = c.dim();
        int qDim = c.queryDim();
        int kvDim = c.kvDim();
        int hidden = c.hiddenDim();
        float[] x = a.x;
        float[] xb = a.xb;

        // 1. token embeddings: x[t] = E[token_t], [n, dim]; RoPE angles of each token's position
        for (int t = 0; t < n; t++) {
            weights.tokenEmbedding().dequantize((long) a.tokenIds[t] * dim, x, t * dim, dim);
            ropeAngles(a.positions[t], a.ropeCos, a.ropeSin, t * (c.ropeDim() / 2));
        }

        for (int l = 0; l < c.layers(); l++) {
            LlamaWeights.Layer w = weights.layers()[l];
            // 2. attention: xb = rmsnorm(x) * attn_norm; q, k, v = W xb (+ bias), one parallel job for the three
            rmsNorm(x, w.attnNorm(), xb, n, dim, c.rmsEps());
            float[] q = a.q;
            float[] k = a.k;
            float[] v = a.v;
            ParallelRows.run(qDim + 2 * kvDim, (long) dim * n, MatrixVector.ROW_ALIGN, (lo, hi) -> {
                rowsOf(w.wq(), dim, xb, n, q, qDim, lo, hi, 0, kernels);
                rowsOf(w.wk(), dim, xb, n, k, kvDim, lo, hi, qDim, kernels);
                rowsOf(w.wv(), dim, xb, n, v, kvDim, lo, hi, qDim + kvDim, kernels);
            });
            addBias(q, w.bq(), n, qDim);
            addBias(k, w.bk(), n, kvDim);
            addBias(v, w.bv(), n, kvDim);
            // 3. rotate q and k by position, then write k, v into each token's block slot; an F16 cache rounds the
            // queries too (llama.cpp converts them to F16 for the K.Q dot)
            for (int t = 0; t < n; t++) {
                rope(q, t * qDim, c.heads(), a, t);
                rope(k, t * kvDim, c.kvHeads(), a, t);
                cache.store(l, chunks.get(a.chunkOf[t]).blockTable(), a.positions[t], k, v, t);
            }
            if (cache.type() == KvCacheType.F16) {
                PagedKvCache.roundToHalf(q, 0, n * qDim);
            }
            // 4. causal grouped-query attention over each sequence's cached positions, then output projection +
            // residual
            attention(chunks, cache, l, a, n, kernels);
            MatrixVector.multiplyBatch(w.wo(), dim, qDim, a.att, n, xb);
            for (int i = 0; i < n * dim; i++) {
                x[i] += xb[i];
            }
            // 5. SwiGLU feed-forward: x += W_down (silu(W_gate h) * W_up h), h = rmsnorm(x) * ffn_norm; gate, up and
            // the SwiGLU of the same rows are one parallel job
            rmsNorm(x, w.ffnNorm(), xb, n, dim, c.rmsEps());
            float[] gate = a.gate;
            float[] up = a.up;
            ParallelRows.run(hidden, 2L * dim * n, MatrixVector.ROW_ALIGN, (lo, hi) -> {
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

    /**
     * Final norm and output projection of the micro-batch rows a.logitRows[0 .. rows) in one matrix product, so the
     * output matrix (the largest) is read once for all sequences. When the rows are consecutive tokens of one chunk
     * they are written straight into its result; otherwise through a buffer, then copied to each chunk's result.
     */
    private void logits(List<SequenceChunk> chunks, Activations a, int rows, float[][] result) {
        LlamaConfig c = config;
        int dim = c.dim();
        int vocab = c.vocabSize();
        float[] normed = a.xb;
        for (int j = 0; j < rows; j++) {
            rmsNorm(a.x, a.logitRows[j] * dim, weights.outputNorm(), normed, j * dim, 1, dim, c.rmsEps());
        }
        int first = a.logitRows[0];
        int last = a.logitRows[rows - 1];
        boolean direct = a.chunkOf[first] == a.chunkOf[last] && last - first == rows - 1;
        float[] out = direct ? result[a.chunkOf[first]] : new float[rows * vocab];
        int off = direct ? resultOffset(chunks, a, first) : 0;
        TensorKernels kernels = TensorKernels.preferred();
        ParallelRows.run(
                vocab,
                (long) dim * rows,
                MatrixVector.ROW_ALIGN,
                (lo, hi) -> MatrixVector.rows(weights.output(), dim, normed, rows, out, off, vocab, lo, hi, kernels));
        if (!direct) {
            for (int j = 0; j < rows; j++) {
                int t = a.logitRows[j];
                System.arraycopy(out, j * vocab, result[a.chunkOf[t]], resultOffset(chunks, a, t), vocab);
            }
        }
    }

    /** Where micro-batch token t's logits start in its chunk's result. */
    private int resultOffset(List<SequenceChunk> chunks, Activations a, int t) {
        SequenceChunk s = chunks.get(a.chunkOf[t]);
        return s.allLogits() ? (a.positions[t] - s.startPos()) * config.vocabSize() : 0;
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
        rmsNorm(x, 0, weight, out, 0, n, dim, eps);
    }

    /** As above for the n tokens starting at x[xOff], written to out[outOff ..]. */
    static void rmsNorm(float[] x, int xOff, float[] weight, float[] out, int outOff, int n, int dim, float eps) {
        for (int t = 0; t < n; t++) {
            int o = outOff + t * dim;
            int xo = xOff + t * dim;
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

    /** Per-thread scores rows of the query heads an attention unit handles, grown as needed. */
    private static final ThreadLocal<float[][]> SCORES = ThreadLocal.withInitial(() -> new float[0][0]);

    /** Per-thread buffer for an F16 cache's rows of one block and kv head, as floats. */
    private static final ThreadLocal<float[][]> ROWS = ThreadLocal.withInitial(() -> new float[][] {new float[0]});

    /**
     * out[t, h] = softmax(q[t, h] . K[0..pos_t] / sqrt(headDim)) V[0..pos_t] over the keys and values of token t's
     * own sequence, kv head = h / (heads / kvHeads). The positions are walked block by block through the sequence's
     * block table; within a block they are contiguous rows of stride kvDim. Where there are at least two units per
     * thread, a unit of parallel work is one token's whole group of query heads that share a kv head: each block of
     * keys and values is read (and, in an F16 cache, converted) once for the group, while it is in L1 (F16: from one
     * unit per thread on). Else a unit is one query head (a single sequence with few kv heads keeps both threads
     * busy). Either way each head runs the same kernel calls in the same order, so the two splits give the same bits.
     */
    private void attention(
            List<SequenceChunk> chunks, PagedKvCache cache, int layer, Activations a, int n, TensorKernels kernels) {
        int heads = config.heads();
        int group = heads / config.kvHeads();
        int[] positions = a.positions;
        int longest = 0;
        long context = 0;
        for (int t = 0; t < n; t++) {
            longest = Math.max(longest, positions[t] + 1);
            context += positions[t] + 1;
        }
        int maxLen = longest;
        // groups where there are at least two per thread; with an F16 cache from one per thread, since converting a
        // block's rows costs about what one head's dot products over them do (135M shape, one sequence at 2,048
        // positions, 2 threads: 3 groups decode 1.15-1.47x faster than 9 query heads that each convert)
        long minUnits = (cache.type() == KvCacheType.F16 ? 1L : 2L) * ParallelRows.threads();
        int perUnit = (long) n * config.kvHeads() >= minUnits ? group : 1;
        long work = context / n * config.headDim() * 2 * perUnit;
        ParallelRows.run(n * heads / perUnit, work, (from, to) -> {
            float[][] scores = scores(perUnit, maxLen);
            float[] rows = cache.type() == KvCacheType.F16 ? rows(cache.blockSize() * config.headDim()) : null;
            for (int u = from; u < to; u++) {
                int th = u * perUnit;
                attend(chunks, cache, layer, a, th / heads, th % heads, perUnit, scores, rows, kernels);
            }
        });
    }

    /** This thread's scores rows: at least {@code count} of at least {@code length} floats. */
    private static float[][] scores(int count, int length) {
        float[][] s = SCORES.get();
        if (s.length < count || s[0].length < length) {
            s = new float[Math.max(count, s.length)][Math.max(length, s.length == 0 ? 0 : s[0].length)];
            SCORES.set(s);
        }
        return s;
    }

    /** This thread's row buffer of at least {@code floats} floats. */
    private static float[] rows(int floats) {
        float[][] holder = ROWS.get();
        if (holder[0].length < floats) {
            holder[0] = new float[floats];
        }
        return holder[0];
    }

    /** Attention of token t's query heads [h0, h0 + count), which share one kv head, block by block. */
    private void attend(
            List<SequenceChunk> chunks,
            PagedKvCache cache,
            int layer,
            Activations a,
            int t,
            int h0,
            int count,
            float[][] scores,
            float[] rows,
            TensorKernels kernels) {
        int headDim = config.headDim();
        int qDim = config.queryDim();
        int kvDim = config.kvDim();
        int blockSize = cache.blockSize();
        float scale = (float) (1.0 / Math.sqrt(headDim));
        boolean half = cache.type() == KvCacheType.F16;
        float[] keys = half ? null : cache.keys(layer);
        float[] values = half ? null : cache.values(layer);
        float[] q = a.q;
        float[] out = a.att;
        int kvOff = (h0 / (config.heads() / config.kvHeads())) * headDim;
        int qOff0 = t * qDim + h0 * headDim;
        int len = a.positions[t] + 1;
        int[] table = chunks.get(a.chunkOf[t]).blockTable();
        // scores[i][p] = q_i . k_p * scale, one contiguous run of positions per block
        for (int p0 = 0; p0 < len; p0 += blockSize) {
            int base = table[p0 / blockSize] * blockSize * kvDim + kvOff;
            int m = Math.min(blockSize, len - p0);
            if (half) {
                cache.keysToFloats(layer, base, m, headDim, rows);
            }
            for (int i = 0; i < count; i++) {
                int qOff = qOff0 + i * headDim;
                if (half) {
                    kernels.attentionScores(q, qOff, rows, 0, headDim, m, headDim, scale, scores[i], p0);
                } else {
                    kernels.attentionScores(q, qOff, keys, base, kvDim, m, headDim, scale, scores[i], p0);
                }
            }
        }
        for (int i = 0; i < count; i++) {
            float[] row = scores[i];
            float inv = 1.0f / kernels.expShifted(row, len, kernels.max(row, len));
            kernels.scale(row, len, inv);
            if (half) {
                for (int p = 0; p < len; p++) {
                    row[p] = Float.float16ToFloat(Float.floatToFloat16(row[p])); // F16 V: ggml multiplies in F16
                }
            }
            int qOff = qOff0 + i * headDim;
            Arrays.fill(out, qOff, qOff + headDim, 0f);
        }
        // out_i = sum_p scores[i][p] * v_p, accumulated block by block
        for (int p0 = 0; p0 < len; p0 += blockSize) {
            int base = table[p0 / blockSize] * blockSize * kvDim + kvOff;
            int m = Math.min(blockSize, len - p0);
            if (half) {
                cache.valuesToFloats(layer, base, m, headDim, rows);
            }
            for (int i = 0; i < count; i++) {
                int qOff = qOff0 + i * headDim;
                if (half) {
                    kernels.attentionValues(scores[i], p0, m, rows, 0, headDim, headDim, out, qOff);
                } else {
                    kernels.attentionValues(scores[i], p0, m, values, base, kvDim, headDim, out, qOff);
                }
            }
        }
    }
}
