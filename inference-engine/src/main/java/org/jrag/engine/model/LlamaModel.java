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
    /**
     * Positions per attention segment (see {@link #attention}): long enough that a segment's dot products outweigh
     * its merge, short enough that one sequence at a few thousand positions splits into units for every thread.
     */
    static final int SEGMENT = 256;

    /**
     * Queries that share a kv head, in one sequence's tokens of a step, from which they go side by side through
     * {@link TensorKernels#attentionLanes} (heads of at most {@value #LANE_HEAD_DIM} values, F32 cache): a
     * verification step's drafted tokens, a prefill chunk. The bits are the same either way, so this only sets
     * where the lanes are faster (stories260K at 100 positions, one thread: a step of 2 tokens, 4 queries, 56 us
     * against 67, of 1 token, 2 queries, 46-50 against 38-40); {@code -Djrag.engine.attentionLanesFrom=N} moves it
     * (100000 turns the lanes off).
     */
    static final int LANES_FROM = Integer.getInteger("jrag.engine.attentionLanesFrom", 4);

    /**
     * The largest head that goes through the lanes (measured on heads of 8, stories260K): tiny models, whose
     * one-query passes spend most of their time summing 8 lanes per key and waiting on one chain of values per head.
     */
    static final int LANE_HEAD_DIM = 8;

    private final LlamaConfig config;
    private final LlamaWeights weights;
    private final int segment;
    private final int lanesFrom;

    public LlamaModel(LlamaConfig config, LlamaWeights weights) {
        this(config, weights, SEGMENT, LANES_FROM);
    }

    /**
     * With attention segments of {@code segment} positions (tests compare one segment against several) and the
     * lanes from {@code lanesFrom} queries per kv head (tests compare them with one query at a time).
     */
    LlamaModel(LlamaConfig config, LlamaWeights weights, int segment, int lanesFrom) {
        if (segment < 1) {
            throw new IllegalArgumentException("segment must be >= 1, got: " + segment);
        }
        if (lanesFrom < 1) {
            throw new IllegalArgumentException("lanesFrom must be >= 1, got: " + lanesFrom);
        }
        this.config = config;
        this.weights = weights;
        this.segment = segment;
        this.lanesFrom = lanesFrom;
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
        return new KvCache(config.layers(), capacity, config.kvDim(), config.headDim());
    }

    public KvCache newKvCache(int capacity, KvCacheType type) {
        return new KvCache(config.layers(), capacity, config.kvDim(), config.headDim(), type);
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
        if (cache.layers() != c.layers() || cache.kvDim() != c.kvDim() || cache.headDim() != c.headDim()) {
            throw new IllegalArgumentException("cache holds " + cache.layers() + " layers of kvDim " + cache.kvDim()
                    + " (heads of " + cache.headDim() + "), the model needs " + c.layers() + " layers of kvDim "
                    + c.kvDim() + " (heads of " + c.headDim() + ")");
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

        // runs of one sequence's tokens whose attention goes through the lanes: the same in every layer
        boolean[] laned = new boolean[n];
        int[] lanes = laneUnits(a, n, cache, laned, kernels.attentionLaneCount());
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
            attention(chunks, cache, l, a, n, lanes, laned, kernels);
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

    /**
     * As above for the n tokens starting at x[xOff], written to out[outOff ..]. Each token's sum of squares runs in
     * order in a double, as ggml sums it; four tokens' sums run side by side, four independent chains of additions
     * where one token's chain waits on each addition before the next; the scaling runs as a kernel ({@link
     * TensorKernels#scaleByWeight}, in vectors). 8 tokens of 576: 2.8-2.9 us against 6.8-6.9 one token at a time.
     */
    static void rmsNorm(float[] x, int xOff, float[] weight, float[] out, int outOff, int n, int dim, float eps) {
        int t = 0;
        for (; t + 4 <= n; t += 4) {
            int x0 = xOff + t * dim;
            int x1 = x0 + dim;
            int x2 = x1 + dim;
            int x3 = x2 + dim;
            double s0 = 0;
            double s1 = 0;
            double s2 = 0;
            double s3 = 0;
            for (int i = 0; i < dim; i++) {
                s0 += x[x0 + i] * x[x0 + i];
                s1 += x[x1 + i] * x[x1 + i];
                s2 += x[x2 + i] * x[x2 + i];
                s3 += x[x3 + i] * x[x3 + i];
            }
            scaleRow(x, x0, weight, out, outOff + t * dim, dim, s0, eps);
            scaleRow(x, x1, weight, out, outOff + (t + 1) * dim, dim, s1, eps);
            scaleRow(x, x2, weight, out, outOff + (t + 2) * dim, dim, s2, eps);
            scaleRow(x, x3, weight, out, outOff + (t + 3) * dim, dim, s3, eps);
        }
        for (; t < n; t++) {
            int xo = xOff + t * dim;
            double ss = 0;
            for (int i = 0; i < dim; i++) {
                ss += x[xo + i] * x[xo + i];
            }
            scaleRow(x, xo, weight, out, outOff + t * dim, dim, ss, eps);
        }
    }

    /** out[o + i] = x[xo + i] * scale * weight[i] with scale = 1 / sqrt(ss / dim + eps). */
    private static void scaleRow(float[] x, int xo, float[] weight, float[] out, int o, int dim, double ss, float eps) {
        float scale = (float) (1.0 / Math.sqrt((float) (ss / dim) + eps));
        TensorKernels.preferred().scaleByWeight(x, xo, scale, weight, out, o, dim);
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

    /** Per-thread buffer for an F16 or Q8_0 cache's rows of one block and kv head, as floats. */
    private static final ThreadLocal<float[][]> ROWS = ThreadLocal.withInitial(() -> new float[][] {new float[0]});

    /**
     * out[t, h] = softmax(q[t, h] . K[0..pos_t] / sqrt(headDim)) V[0..pos_t] over the keys and values of token t's
     * own sequence, kv head = h / (heads / kvHeads). A token's positions are cut into segments of {@link #segment}
     * (split-K, as flash-decoding does), so one long sequence keeps every thread busy; a unit of parallel work is one
     * segment of one token for either its whole group of query heads that share a kv head (each block of keys and
     * values is read, and in an F16 or Q8_0 cache converted, once for the group while it is in L1) or, where a step
     * has fewer than two such units per thread (F16, Q8_0: one), one query head. Within a segment the positions are
     * walked block by block through the sequence's block table. A token of one segment gets the softmax weights
     * normalized before the values; one of several gets each segment's maximum, sum and unnormalized output,
     * merged in segment order ({@link #mergeSegments}). The cut depends only on the token's position, and each head
     * runs the same kernel calls in the same order either way, so a token's bits do not depend on the batch. Runs
     * of one sequence's tokens with queries enough for the lanes ({@link #laneUnits}) go through {@link
     * TensorKernels#attentionLanes} instead, segment by segment, which gives each query the same bits.
     */
    private void attention(
            List<SequenceChunk> chunks,
            PagedKvCache cache,
            int layer,
            Activations a,
            int n,
            int[] lanes,
            boolean[] laned,
            TensorKernels kernels) {
        int heads = config.heads();
        int kvHeads = config.kvHeads();
        int[] positions = a.positions;
        // the lanes units (laneUnits, once per micro-batch) of every kv head; their tokens take no segment units but
        // keep their slots for partials (first), the others' segments are numbered apart (own)
        int laneUnits = lanes.length / LANE_UNIT * kvHeads;
        int longest = 0;
        int[] first = a.firstSegment(n);
        int[] own = a.ownSegment(n);
        for (int t = 0; t < n; t++) {
            int len = positions[t] + 1;
            longest = Math.max(longest, len);
            first[t + 1] = first[t] + segments(len);
            own[t + 1] = own[t] + (laned[t] ? 0 : segments(len));
        }
        int segments = own[n];
        a.segmentPartials(first[n], heads, config.headDim());
        int rowLength = Math.min(segment, longest);
        if (laneUnits > 0) {
            // a job of its own (not a branch in the one below): compiled for the runs that take it, whatever the
            // other steps of the process taught the compiler; priced at ATTENTION_COST as the segments' job is. A
            // verification step right after a run of one-token steps pays the parked worker's wake-up (0.95x); StepCost
            // no longer lets one such step price drafts out (MIN_EVIDENCE)
            long laneWork = (long) rowLength * config.headDim() * 2 * kernels.attentionLaneCount() * ATTENTION_COST;
            ParallelRows.run(laneUnits, laneWork, (from, to) -> {
                for (int u = from; u < to; u++) {
                    int run = LANE_UNIT * (u / kvHeads);
                    attendLanes(
                            chunks,
                            cache,
                            layer,
                            a,
                            lanes[run],
                            lanes[run + 1],
                            lanes[run + 2],
                            lanes[run + 3],
                            u % kvHeads,
                            kernels);
                }
            });
        }
        if (segments > 0) {
            attendSegments(chunks, cache, layer, a, n, segments, rowLength, kernels);
        }
        for (int t = 0; t < n; t++) {
            if (first[t + 1] - first[t] > 1) {
                for (int h = 0; h < heads; h++) {
                    mergeSegments(a, t, h, first[t], first[t + 1] - first[t]);
                }
            }
        }
    }

    /**
     * The {@code segments} segments of the tokens that do not go through the lanes (numbered by a.ownSegment), of at
     * most {@code rowLength} positions.
     */
    private void attendSegments(
            List<SequenceChunk> chunks,
            PagedKvCache cache,
            int layer,
            Activations a,
            int n,
            int segments,
            int rowLength,
            TensorKernels kernels) {
        int heads = config.heads();
        int kvHeads = config.kvHeads();
        int group = heads / kvHeads;
        int[] own = a.ownSegment(n);
        // groups where there are at least two per thread; with an F16 or Q8_0 cache from one per thread, since
        // converting a block's rows costs about what one head's dot products over them do (135M shape, one sequence
        // at 2,048 positions, 2 threads, F16: 3 groups decode 1.15-1.47x faster than 9 query heads that each convert)
        boolean converted = cache.type() != KvCacheType.F32;
        long minUnits = (converted ? 1L : 2L) * ParallelRows.threads();
        int perUnit = (long) segments * kvHeads >= minUnits ? group : 1;
        int unitsPerSegment = heads / perUnit;
        long work = (long) rowLength * config.headDim() * 2 * perUnit * ATTENTION_COST;
        ParallelRows.run(segments * unitsPerSegment, work, (from, to) -> {
            float[][] scores = scores(perUnit, rowLength);
            float[] rows = converted ? rows(cache.blockSize() * config.headDim()) : null;
            int t = 0;
            for (int u = from; u < to; u++) {
                int seg = u / unitsPerSegment;
                while (own[t + 1] <= seg) {
                    t++;
                }
                int h0 = u % unitsPerSegment * perUnit;
                attend(chunks, cache, layer, a, t, seg - own[t], h0, perUnit, scores, rows, kernels);
            }
        });
    }

    /**
     * What a multiply-add of attention costs against one of a matrix product, for {@link ParallelRows}' choice to run a
     * job inline: scores, softmax and values over runs of 16 positions do ~4.8 G multiply-adds a second on one thread
     * where the products do ~22 (8 sequences of the 135M shape at 20-40 positions, AVX2 code: a layer's attention took
     * 20-57 us inline on the caller). Counted at 1, such jobs stayed inline below ~28 positions; at 4, 8 streams ran
     * 1.037x (AVX2 code) and 1.113x (the default width) the batched tokens a second, one stream 1.033x (BuildAB, 8
     * rounds each). The lanes units are priced the same way: counted at 1, a stories260K verification step of 5 tokens
     * at position 60 (4 units a layer, one per kv head) ran them all on the caller; at 4, prompt lookup's decoding in
     * ServingBench's (c) row runs 1.20x the tokens a second (BuildAB, 7 rounds, 1.02-1.48x).
     */
    private static final int ATTENTION_COST = 4;

    /** Ints per unit of {@link #laneUnits}. */
    private static final int LANE_UNIT = 4;

    /** Per-thread query offsets, ends, output offsets and partials' offsets of a lanes unit. */
    private static final ThreadLocal<int[][]> LANE_ARGS = ThreadLocal.withInitial(() -> new int[4][0]);

    /**
     * The units that go through {@link TensorKernels#attentionLanes}, {@value #LANE_UNIT} ints each (first token,
     * first query, query count, segment; query i of a unit is head (q0 + i) % group of token t0 + (q0 + i) / group,
     * within each kv head): every run of the micro-batch's tokens of one chunk with at least {@link #lanesFrom}
     * queries per kv head, with an F32 cache and heads of at most {@value #LANE_HEAD_DIM} values, cut where its tokens
     * stop being whole (of one segment); then segment by segment the queries of the run's tokens that reach the
     * segment, cut into even units of at most {@code lanes}. Marks the runs' tokens in {@code laned}.
     */
    private int[] laneUnits(Activations a, int n, PagedKvCache cache, boolean[] laned, int lanes) {
        int group = config.heads() / config.kvHeads();
        int headDim = config.headDim();
        if (cache.type() != KvCacheType.F32 || headDim % 8 != 0 || headDim > LANE_HEAD_DIM) {
            return new int[0];
        }
        int[] units = new int[LANE_UNIT * (n * group / lanes + n)];
        int count = 0;
        for (int t0 = 0; t0 < n; ) {
            boolean whole = a.positions[t0] + 1 <= segment;
            int t1 = t0 + 1;
            while (t1 < n && a.chunkOf[t1] == a.chunkOf[t0] && (a.positions[t1] + 1 <= segment) == whole) {
                t1++;
            }
            if ((t1 - t0) * group >= lanesFrom) {
                int reach = t0; // the run's first token that reaches the segment
                for (int seg = 0; seg < segments(a.positions[t1 - 1] + 1); seg++) {
                    while (a.positions[reach] + 1 <= seg * segment) {
                        reach++;
                    }
                    int queries = (t1 - reach) * group;
                    int cut = (queries + lanes - 1) / lanes;
                    if (LANE_UNIT * (count + cut) > units.length) {
                        units = Arrays.copyOf(units, 2 * units.length + LANE_UNIT * cut);
                    }
                    for (int u = 0; u < cut; u++) {
                        int q0 = queries * u / cut;
                        units[LANE_UNIT * count] = reach;
                        units[LANE_UNIT * count + 1] = q0;
                        units[LANE_UNIT * count + 2] = queries * (u + 1) / cut - q0;
                        units[LANE_UNIT * count + 3] = seg;
                        count++;
                    }
                }
                Arrays.fill(laned, t0, t1, true);
            }
            t0 = t1;
        }
        return Arrays.copyOf(units, LANE_UNIT * count);
    }

    /**
     * One unit of {@link #laneUnits} for kv head {@code kvHead}: whole tokens into a.att, else segment {@code seg}'s
     * partials.
     */
    private void attendLanes(
            List<SequenceChunk> chunks,
            PagedKvCache cache,
            int layer,
            Activations a,
            int t0,
            int q0,
            int count,
            int seg,
            int kvHead,
            TensorKernels kernels) {
        int heads = config.heads();
        int group = heads / config.kvHeads();
        int headDim = config.headDim();
        int start = seg * segment;
        boolean whole = a.positions[t0 + q0 / group] + 1 <= segment;
        int[][] args = LANE_ARGS.get();
        if (args[0].length < count) {
            for (int i = 0; i < args.length; i++) {
                args[i] = new int[count];
            }
        }
        int[] qOffs = args[0];
        int[] ends = args[1];
        int[] outOffs = args[2];
        int[] stats = args[3];
        for (int i = 0; i < count; i++) {
            int t = t0 + (q0 + i) / group;
            int h = kvHead * group + (q0 + i) % group;
            qOffs[i] = t * config.queryDim() + h * headDim;
            ends[i] = Math.min(a.positions[t] + 1, start + segment);
            int slot = a.firstSegmentOf(t) + seg;
            outOffs[i] = outOffset(t, slot, h, whole);
            stats[i] = slot * heads + h;
        }
        kernels.attentionLanes(
                a.q,
                qOffs,
                count,
                start,
                ends,
                cache.keys(layer),
                cache.values(layer),
                chunks.get(a.chunkOf[t0]).blockTable(),
                cache.blockSize(),
                config.kvDim(),
                kvHead * headDim,
                headDim,
                (float) (1.0 / Math.sqrt(headDim)),
                whole ? a.att : a.segmentOut,
                outOffs,
                whole ? null : a.segmentMax,
                a.segmentSum,
                stats);
    }

    /** Segments of a token that attends to {@code len} positions. */
    private int segments(int len) {
        return (len + segment - 1) / segment;
    }

    /**
     * out[t, h] from the token's segments [s0, s0 + count): with M the largest segment maximum m_s, the weights
     * c_s = exp(m_s - M) / sum_s l_s exp(m_s - M) applied to each segment's output, summed in segment order.
     */
    private void mergeSegments(Activations a, int t, int h, int s0, int count) {
        int heads = config.heads();
        int headDim = config.headDim();
        float max = Float.NEGATIVE_INFINITY;
        for (int s = s0; s < s0 + count; s++) {
            max = Math.max(max, a.segmentMax[s * heads + h]);
        }
        float sum = 0f;
        for (int s = s0; s < s0 + count; s++) {
            sum += a.segmentSum[s * heads + h] * (float) Math.exp(a.segmentMax[s * heads + h] - max);
        }
        int o = t * config.queryDim() + h * headDim;
        Arrays.fill(a.att, o, o + headDim, 0f);
        for (int s = s0; s < s0 + count; s++) {
            float c = (float) Math.exp(a.segmentMax[s * heads + h] - max) / sum;
            int p = (s * heads + h) * headDim;
            for (int i = 0; i < headDim; i++) {
                a.att[o + i] = Math.fma(a.segmentOut[p + i], c, a.att[o + i]);
            }
        }
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

    /**
     * Attention of token t's query heads [h0, h0 + count), which share one kv head, over segment {@code seg} of its
     * positions, block by block: into a.att when the token has one segment, else into the segment's partials. An F16
     * (or Q8_0) cache's block, converted into floats in L1, goes through the group kernels ({@link
     * TensorKernels#groupAttentionScores}, {@link TensorKernels#groupAttentionValues}: each row loaded once for all the
     * heads; 135M shape, 2 threads, the two builds alternating in one process, medians of 6-9 rounds: 8 sequences at
     * 1,000 positions a step 1.11x, 1.13x and 1.17x faster in three runs, one at 1,000 1.13x, 8 at 48 1.05x, a
     * 1,000-token prefill 1.15x). An F32 cache's rows, read in place, go head by head: at long contexts they stream
     * from memory, and there the one-head kernels' 8 rows in flight ran a step 1.18x faster than the group kernels' 4
     * (in cache the group kernels won 1.05-1.07x).
     */
    private void attend(
            List<SequenceChunk> chunks,
            PagedKvCache cache,
            int layer,
            Activations a,
            int t,
            int seg,
            int h0,
            int count,
            float[][] scores,
            float[] rows,
            TensorKernels kernels) {
        int headDim = config.headDim();
        int heads = config.heads();
        int qDim = config.queryDim();
        int kvDim = config.kvDim();
        int blockSize = cache.blockSize();
        float scale = (float) (1.0 / Math.sqrt(headDim));
        boolean half = cache.type() == KvCacheType.F16;
        boolean converted = cache.type() != KvCacheType.F32; // rows turned into floats in L1, a block at a time
        float[] keys = converted ? null : cache.keys(layer);
        float[] values = converted ? null : cache.values(layer);
        float[] q = a.q;
        int kvHead = h0 / (heads / config.kvHeads());
        int kvOff = kvHead * headDim;
        int qOff0 = t * qDim + h0 * headDim;
        int len = a.positions[t] + 1;
        boolean whole = len <= segment;
        int start = seg * segment;
        int end = Math.min(len, start + segment);
        int slot = a.firstSegmentOf(t) + seg;
        int[] table = chunks.get(a.chunkOf[t]).blockTable();
        // scores[i][p - start] = q_i . k_p * scale, one contiguous run of positions per block
        for (int p = start; p < end; ) {
            int m = Math.min(blockSize - p % blockSize, end - p);
            int base = (table[p / blockSize] * blockSize + p % blockSize) * kvDim + kvOff;
            if (converted) {
                cache.keysToFloats(layer, table[p / blockSize], p % blockSize, kvHead, m, rows, kernels);
                kernels.groupAttentionScores(q, qOff0, count, rows, 0, headDim, m, headDim, scale, scores, p - start);
            } else {
                for (int i = 0; i < count; i++) {
                    int qOff = qOff0 + i * headDim;
                    kernels.attentionScores(q, qOff, keys, base, kvDim, m, headDim, scale, scores[i], p - start);
                }
            }
            p += m;
        }
        // weights: normalized for a token of one segment; else exp(s - segment max), with the max and sum kept
        float[] out = whole ? a.att : a.segmentOut;
        for (int i = 0; i < count; i++) {
            float[] row = scores[i];
            int n = end - start;
            float max = kernels.max(row, n);
            float sum = kernels.expShifted(row, n, max);
            if (whole) {
                kernels.scale(row, n, 1.0f / sum);
            } else {
                a.segmentMax[slot * heads + h0 + i] = max;
                a.segmentSum[slot * heads + h0 + i] = sum;
            }
            if (half) {
                for (int p = 0; p < n; p++) {
                    row[p] = Float.float16ToFloat(Float.floatToFloat16(row[p])); // F16 V: ggml multiplies in F16
                }
            }
            int o = outOffset(t, slot, h0 + i, whole);
            Arrays.fill(out, o, o + headDim, 0f);
        }
        // out_i = sum_p w_i[p] * v_p, accumulated block by block
        for (int p = start; p < end; ) {
            int m = Math.min(blockSize - p % blockSize, end - p);
            int base = (table[p / blockSize] * blockSize + p % blockSize) * kvDim + kvOff;
            if (converted) {
                cache.valuesToFloats(layer, table[p / blockSize], p % blockSize, kvHead, m, rows, kernels);
                int o = outOffset(t, slot, h0, whole); // the group's heads' outputs follow one another
                kernels.groupAttentionValues(scores, p - start, count, m, rows, 0, headDim, headDim, out, o);
            } else {
                for (int i = 0; i < count; i++) {
                    int o = outOffset(t, slot, h0 + i, whole);
                    kernels.attentionValues(scores[i], p - start, m, values, base, kvDim, headDim, out, o);
                }
            }
            p += m;
        }
    }

    /** Where head h of token t writes its output: a.att, or the partial output of its segment {@code slot}. */
    private int outOffset(int t, int slot, int h, boolean whole) {
        return whole ? t * config.queryDim() + h * config.headDim() : (slot * config.heads() + h) * config.headDim();
    }
}
