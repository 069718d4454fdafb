package org.jrag.engine.model;

/**
 * The forward pass's scratch buffers for up to {@code tokens} tokens at a time, kept with the KV cache they
 * serve so that decoding allocates nothing but the logits it returns. Mutable by design; one cache, one thread.
 */
final class Activations {
    final int tokens;
    final float[] x;
    final float[] xb;
    final float[] q;
    final float[] k;
    final float[] v;
    final float[] att;
    final float[] gate;
    final float[] up;
    /** cos / sin of each token's RoPE angles, [tokens][ropeDim / 2], shared by all layers. */
    final float[] ropeCos;

    final float[] ropeSin;
    /** Per token of the micro-batch: its id, its position, and the index of its chunk in the call. */
    final int[] tokenIds;

    final int[] positions;
    final int[] chunkOf;
    /** Tokens of the micro-batch whose logits the call returns, in order. */
    final int[] logitRows;

    /** Per token t of the micro-batch, the index of its first attention segment; entry n = all segments. */
    private int[] firstSegment = new int[1];

    private int[] ownSegment = new int[1];

    /** Per segment and query head: the segment's largest score, its sum of exp(score - max), and its output. */
    float[] segmentMax = new float[0];

    float[] segmentSum = new float[0];
    float[] segmentOut = new float[0];

    Activations(LlamaConfig c, int tokens) {
        this.tokens = tokens;
        x = new float[tokens * c.dim()];
        xb = new float[tokens * Math.max(c.dim(), c.queryDim())];
        q = new float[tokens * c.queryDim()];
        k = new float[tokens * c.kvDim()];
        v = new float[tokens * c.kvDim()];
        att = new float[tokens * c.queryDim()];
        gate = new float[tokens * c.hiddenDim()];
        up = new float[tokens * c.hiddenDim()];
        ropeCos = new float[tokens * c.ropeDim() / 2];
        ropeSin = new float[tokens * c.ropeDim() / 2];
        tokenIds = new int[tokens];
        positions = new int[tokens];
        chunkOf = new int[tokens];
        logitRows = new int[tokens];
    }

    /** The first-segment index array for n tokens, entry 0 set to 0 (the caller fills the rest). */
    int[] firstSegment(int n) {
        if (firstSegment.length < n + 1) {
            firstSegment = new int[n + 1];
        }
        firstSegment[0] = 0;
        return firstSegment;
    }

    /** The first of token t's segments among those of the tokens that do not go through the lanes, [0, n]. */
    int[] ownSegment(int n) {
        if (ownSegment.length < n + 1) {
            ownSegment = new int[n + 1];
        }
        ownSegment[0] = 0;
        return ownSegment;
    }

    int firstSegmentOf(int t) {
        return firstSegment[t];
    }

    /** Room for the partials of {@code segments} segments of {@code heads} heads of {@code headDim} values. */
    void segmentPartials(int segments, int heads, int headDim) {
        if (segmentMax.length < segments * heads) {
            segmentMax = new float[segments * heads];
            segmentSum = new float[segments * heads];
            segmentOut = new float[segments * heads * headDim];
        }
    }
}
