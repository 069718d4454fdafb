package org.jrag.engine.tensor;

import java.lang.foreign.MemorySegment;
import java.util.Arrays;
import jdk.incubator.vector.FloatVector;

/**
 * The dot-product kernels, one per weight type: the narrow seam between the tensor types and SIMD code
 * (Lucene's VectorUtilSupport pattern). {@link ScalarTensorKernels} is the reference; {@link
 * PanamaTensorKernels} uses the Vector API and is tested against it per type. {@code byteOff} is the offset of
 * the first block in {@code w}; {@code n} is a whole number of blocks.
 */
public interface TensorKernels {
    float dotF32(MemorySegment w, long byteOff, float[] x, int xOff, int n);

    float dotF16(MemorySegment w, long byteOff, float[] x, int xOff, int n);

    float dotBF16(MemorySegment w, long byteOff, float[] x, int xOff, int n);

    float dotQ8_0(MemorySegment w, long byteOff, float[] x, int xOff, int n);

    float dotQ4_0(MemorySegment w, long byteOff, float[] x, int xOff, int n);

    float dotQ4K(MemorySegment w, long byteOff, float[] x, int xOff, int n);

    float dotQ5K(MemorySegment w, long byteOff, float[] x, int xOff, int n);

    float dotQ6K(MemorySegment w, long byteOff, float[] x, int xOff, int n);

    float dotIQ4XS(MemorySegment w, long byteOff, float[] x, int xOff, int n);

    /**
     * Rows [from, to) of an F32 matrix in 8-row panels ({@link F32x8Tensor}, {@code cols} wide) times {@code tokens}
     * activation rows: {@code out[outOff + t * outStride + r] = W[r, :] . x[t * cols ..]}, each output one fused
     * multiply-add chain over the columns in order from zero. Every kernel computes exactly that, so an output has
     * the same bits whatever {@code tokens}, {@code from} and {@code to} are (a k-token step, speculative verification,
     * gives bit for bit the values of k one-token steps) and the same bits as this reference.
     */
    default void matmulF32x8(
            float[] panels, int cols, float[] x, int tokens, float[] out, int outOff, int outStride, int from, int to) {
        for (int r = from; r < to; r++) {
            for (int t = 0; t < tokens; t++) {
                float sum = 0f;
                for (int c = 0; c < cols; c++) {
                    sum = Math.fma(panels[F32x8Tensor.index(cols, r, c)], x[t * cols + c], sum);
                }
                out[outOff + t * outStride + r] = sum;
            }
        }
    }

    /**
     * Rows [from, to) of a Q8_0 matrix ({@code cols} wide, row-major) times {@code tokens} activation rows:
     * {@code out[outOff + t * outStride + r] = W[r, :] . x[t * cols ..]}. The matrix form lets a kernel decode each weight
     * block once for several tokens (prompt prefill); the reference loops {@link #dotQ8_0}.
     */
    default void matmulQ8_0(
            MemorySegment w,
            int cols,
            float[] x,
            int tokens,
            float[] out,
            int outOff,
            int outStride,
            int from,
            int to) {
        long rowBytes = (long) cols / 32 * 34;
        for (int r = from; r < to; r++) {
            for (int t = 0; t < tokens; t++) {
                out[outOff + t * outStride + r] = dotQ8_0(w, r * rowBytes, x, t * cols, cols);
            }
        }
    }

    /** As {@link #matmulQ8_0} for a Q4_0 matrix. */
    default void matmulQ4_0(
            MemorySegment w,
            int cols,
            float[] x,
            int tokens,
            float[] out,
            int outOff,
            int outStride,
            int from,
            int to) {
        long rowBytes = (long) cols / 32 * 18;
        for (int r = from; r < to; r++) {
            for (int t = 0; t < tokens; t++) {
                out[outOff + t * outStride + r] = dotQ4_0(w, r * rowBytes, x, t * cols, cols);
            }
        }
    }

    /**
     * As {@link #matmulQ8_0} for an 8-row interleaved Q8_0 matrix ({@link Q8_0x8Tensor}); rows [from, to) need not
     * be aligned to the 8-row groups. The reference decodes each row's blocks and takes the float dot product.
     */
    default void matmulQ8_0x8(
            MemorySegment w,
            int cols,
            float[] x,
            int tokens,
            float[] out,
            int outOff,
            int outStride,
            int from,
            int to) {
        Interleaved8.matmul(
                Q8_0x8Tensor::decodeBlock,
                Q8_0x8Tensor.GROUP_BLOCK_BYTES,
                w,
                cols,
                x,
                tokens,
                out,
                outOff,
                outStride,
                from,
                to);
    }

    /**
     * As {@link #matmulQ8_0x8} for an 8-row interleaved Q8_0 matrix in runs of 4 ({@link Q8_0x8RunsTensor}). The
     * reference decodes each row's blocks and takes the float dot product.
     */
    default void matmulQ8_0x8Runs(
            MemorySegment w,
            int cols,
            float[] x,
            int tokens,
            float[] out,
            int outOff,
            int outStride,
            int from,
            int to) {
        Interleaved8.matmul(
                Q8_0x8RunsTensor::decodeBlock,
                Q8_0x8RunsTensor.GROUP_BLOCK_BYTES,
                w,
                cols,
                x,
                tokens,
                out,
                outOff,
                outStride,
                from,
                to);
    }

    /**
     * As {@link #matmulQ8_0x8} for an 8-row interleaved Q4_0 matrix ({@link Q4_0x8Tensor}), on activations rounded
     * to 8-bit blocks as llama.cpp's q4_0 x q8_0 dot does: the reference ({@link Q8Activations#matmulQ4_0x8}) sums
     * each block in integers.
     */
    default void matmulQ4_0x8(
            MemorySegment w,
            int cols,
            float[] x,
            int tokens,
            float[] out,
            int outOff,
            int outStride,
            int from,
            int to) {
        Q8Activations.matmulQ4_0x8(w, cols, x, tokens, out, outOff, outStride, from, to);
    }

    /**
     * As {@link #matmulQ4_0x8} for an 8-row interleaved IQ4_XS matrix ({@link IQ4_XSx8Tensor}): the reference ({@link
     * IntegerPasses#referenceIQ4_XS}) sums each 32-value block's table values times the rounded activations in
     * integers, as the machine-code passes do.
     */
    default void matmulIQ4_XSx8(
            MemorySegment w,
            int cols,
            float[] x,
            int tokens,
            float[] out,
            int outOff,
            int outStride,
            int from,
            int to) {
        IntegerPasses.referenceIQ4_XS(w, cols, x, tokens, out, outOff, outStride, from, to);
    }

    /**
     * As {@link #matmulQ4_0x8} for an 8-row interleaved Q4_K matrix ({@link Q4Kx8Tensor}): the reference ({@link
     * Q8Activations#matmulQ4Kx8}) sums each 32-value sub-block in integers.
     */
    default void matmulQ4Kx8(
            MemorySegment w,
            int cols,
            float[] x,
            int tokens,
            float[] out,
            int outOff,
            int outStride,
            int from,
            int to) {
        Q8Activations.matmulQ4Kx8(w, cols, x, tokens, out, outOff, outStride, from, to);
    }

    /**
     * As {@link #matmulQ4_0x8} for an 8-row interleaved Q5_K matrix ({@link Q5Kx8Tensor}): the reference ({@link
     * Q8Activations#matmulQ5Kx8}) sums each 32-value sub-block in integers.
     */
    default void matmulQ5Kx8(
            MemorySegment w,
            int cols,
            float[] x,
            int tokens,
            float[] out,
            int outOff,
            int outStride,
            int from,
            int to) {
        Q8Activations.matmulQ5Kx8(w, cols, x, tokens, out, outOff, outStride, from, to);
    }

    /**
     * As {@link #matmulQ4_0x8} for an 8-row interleaved Q6_K matrix ({@link Q6Kx8Tensor}): the reference ({@link
     * Q8Activations#matmulQ6Kx8}) sums each 16-value sub-block in integers.
     */
    default void matmulQ6Kx8(
            MemorySegment w,
            int cols,
            float[] x,
            int tokens,
            float[] out,
            int outOff,
            int outStride,
            int from,
            int to) {
        Q8Activations.matmulQ6Kx8(w, cols, x, tokens, out, outOff, outStride, from, to);
    }

    /**
     * A block of already decoded weight rows times a batch of activations: {@code out[outOff + t * outStride + r0 +
     * r] = w[r * cols ..] . x[t * cols ..]} for r in [0, rows), t in [0, tokens). Prefill decodes a few rows once
     * (any weight type) and runs them against every token, so decoding costs 1/tokens of the multiply-adds.
     */
    default void matmulDecoded(
            float[] w, int rows, int cols, float[] x, int tokens, float[] out, int outOff, int outStride, int r0) {
        for (int t = 0; t < tokens; t++) {
            for (int r = 0; r < rows; r++) {
                out[outOff + t * outStride + r0 + r] = dot(w, r * cols, x, t * cols, cols);
            }
        }
    }

    /** Weight rows per panel of the register-blocked matrix kernel ({@link #matmulPanel}). */
    int PANEL_ROWS = 16;

    /** Tokens per tile of the register-blocked matrix kernel: 16 rows x 4 tokens = 8 vector accumulators. */
    int PANEL_TOKENS = 4;

    /**
     * Decodes block columns [b0, b0 + blocks) of 8-row group {@code g} of an interleaved Q8_0 matrix ({@link
     * Q8_0x8Tensor}) into a panel: {@code panel[k * PANEL_ROWS + lane + r] = W[8g + r, 32 b0 + k]} for r in [0, 8).
     */
    default void panelQ8_0x8(MemorySegment w, int cols, int g, int b0, int blocks, float[] panel, int lane) {
        float[] tmp = new float[Q8_0Tensor.BLOCK];
        for (int r = 0; r < Q8_0x8Tensor.ROWS; r++) {
            for (int b = 0; b < blocks; b++) {
                Q8_0x8Tensor.decodeBlock(w, Q8_0x8Tensor.blockOffset(cols, g, b0 + b), r, tmp, 0);
                for (int j = 0; j < Q8_0Tensor.BLOCK; j++) {
                    panel[(b * Q8_0Tensor.BLOCK + j) * PANEL_ROWS + lane + r] = tmp[j];
                }
            }
        }
    }

    /** As {@link #panelQ8_0x8} for an interleaved Q4_0 matrix ({@link Q4_0x8Tensor}). */
    default void panelQ4_0x8(MemorySegment w, int cols, int g, int b0, int blocks, float[] panel, int lane) {
        float[] tmp = new float[Q4_0Tensor.BLOCK];
        for (int r = 0; r < Q4_0x8Tensor.ROWS; r++) {
            for (int b = 0; b < blocks; b++) {
                Q4_0x8Tensor.decodeBlock(w, Q4_0x8Tensor.blockOffset(cols, g, b0 + b), r, tmp, 0);
                for (int j = 0; j < Q4_0Tensor.BLOCK; j++) {
                    panel[(b * Q4_0Tensor.BLOCK + j) * PANEL_ROWS + lane + r] = tmp[j];
                }
            }
        }
    }

    /**
     * As {@link #panelQ8_0x8} for super-block columns [sb0, sb0 + supers) of an interleaved Q4_K matrix ({@link
     * Q4Kx8Tensor}).
     */
    default void panelQ4Kx8(MemorySegment w, int cols, int g, int sb0, int supers, float[] panel, int lane) {
        superBlockPanel(Q4Kx8Tensor::decodeSuper, Q4Kx8Tensor.GROUP_SUPER_BYTES, w, cols, g, sb0, supers, panel, lane);
    }

    /**
     * As {@link #panelQ8_0x8} for super-block columns [sb0, sb0 + supers) of an interleaved Q5_K matrix ({@link
     * Q5Kx8Tensor}).
     */
    default void panelQ5Kx8(MemorySegment w, int cols, int g, int sb0, int supers, float[] panel, int lane) {
        superBlockPanel(Q5Kx8Tensor::decodeSuper, Q5Kx8Tensor.GROUP_SUPER_BYTES, w, cols, g, sb0, supers, panel, lane);
    }

    /**
     * As {@link #panelQ8_0x8} for super-block columns [sb0, sb0 + supers) of an interleaved Q6_K matrix ({@link
     * Q6Kx8Tensor}).
     */
    default void panelQ6Kx8(MemorySegment w, int cols, int g, int sb0, int supers, float[] panel, int lane) {
        superBlockPanel(Q6Kx8Tensor::decodeSuper, Q6Kx8Tensor.GROUP_SUPER_BYTES, w, cols, g, sb0, supers, panel, lane);
    }

    /**
     * Super-block columns [sb0, sb0 + supers) of 8-row group g of an interleaved K-quant matrix ({@code
     * groupSuperBytes} per group and super-block) into a panel, row by row through the scalar decoder.
     */
    private static void superBlockPanel(
            Interleaved8.BlockDecoder decoder,
            int groupSuperBytes,
            MemorySegment w,
            int cols,
            int g,
            int sb0,
            int supers,
            float[] panel,
            int lane) {
        int block = Q4KTensor.BLOCK;
        float[] tmp = new float[block];
        for (int r = 0; r < Interleaved8.ROWS; r++) {
            for (int sb = 0; sb < supers; sb++) {
                decoder.decode(w, ((long) g * (cols / block) + sb0 + sb) * groupSuperBytes, r, tmp, 0);
                for (int j = 0; j < block; j++) {
                    panel[(sb * block + j) * PANEL_ROWS + lane + r] = tmp[j];
                }
            }
        }
    }

    /**
     * One register tile of the batched matrix product: {@code out[o + t * stride + r] (+)= sum_k panel[k *
     * PANEL_ROWS + r] * xp[xo + k * PANEL_TOKENS + t]} for r in [0, PANEL_ROWS), t in [0, PANEL_TOKENS), k in [0,
     * kc), summed in k order onto the previous output when {@code accumulate} (so a product split along k sums
     * exactly as one pass). {@code panel} holds decoded weight rows column by column and {@code xp} the tile's
     * tokens column by column, so both stream contiguously.
     */
    default void matmulPanel(
            float[] panel, int kc, float[] xp, int xo, float[] out, int o, int stride, boolean accumulate) {
        for (int t = 0; t < PANEL_TOKENS; t++) {
            for (int r = 0; r < PANEL_ROWS; r++) {
                float sum = accumulate ? out[o + t * stride + r] : 0f;
                for (int k = 0; k < kc; k++) {
                    sum += panel[k * PANEL_ROWS + r] * xp[xo + k * PANEL_TOKENS + t];
                }
                out[o + t * stride + r] = sum;
            }
        }
    }

    /** sum_i a[aOff + i] * b[bOff + i] over float arrays (attention scores q . k). */
    default float dot(float[] a, int aOff, float[] b, int bOff, int n) {
        float sum = 0f;
        for (int i = 0; i < n; i++) {
            sum += a[aOff + i] * b[bOff + i];
        }
        return sum;
    }

    /**
     * out[o + i] = x[xo + i] * scale * weight[i] for i in [0, n), each product rounded in that order (the scaling step
     * of RMS norm).
     */
    default void scaleByWeight(float[] x, int xo, float scale, float[] weight, float[] out, int o, int n) {
        for (int i = 0; i < n; i++) {
            out[o + i] = x[xo + i] * scale * weight[i];
        }
    }

    /** y[yOff + i] += a * x[xOff + i] (attention: weighted sum of cached values). */
    default void axpy(float a, float[] x, int xOff, float[] y, int yOff, int n) {
        for (int i = 0; i < n; i++) {
            y[yOff + i] += a * x[xOff + i];
        }
    }

    /**
     * Attention scores of one query head against {@code len} cached keys: {@code out[outOff + p] = scale * q[qOff
     * ..] . keys[p * stride + kOff ..]} over {@code headDim} values. A paged cache calls it once per block, each
     * block's positions being contiguous rows, with {@code outOff} the block's first position.
     */
    default void attentionScores(
            float[] q,
            int qOff,
            float[] keys,
            int kOff,
            int stride,
            int len,
            int headDim,
            float scale,
            float[] out,
            int outOff) {
        for (int p = 0; p < len; p++) {
            out[outOff + p] = dot(q, qOff, keys, p * stride + kOff, headDim) * scale;
        }
    }

    /** The largest of s[0 .. len), len >= 1 (the softmax shift of attention scores). */
    default float max(float[] s, int len) {
        float max = Float.NEGATIVE_INFINITY;
        for (int p = 0; p < len; p++) {
            max = Math.max(max, s[p]);
        }
        return max;
    }

    /** s[p] *= factor for p in [0, len) (softmax normalisation). */
    default void scale(float[] s, int len, float factor) {
        for (int p = 0; p < len; p++) {
            s[p] *= factor;
        }
    }

    /**
     * Below this a softmax numerator is stored as zero. Its share of the sum (at least 1) is far below float
     * rounding, while subnormal weights would make every multiply-add with them a microcode assist (attention
     * values ran 65x slower on subnormal weights, 0.003 against 0.19 G positions per second; random-weight
     * models at long prompts hit this).
     */
    float MIN_SOFTMAX_WEIGHT = 0x1p-64f;

    /**
     * Softmax numerators in place, s[p] = e^(s[p] - max) for p in [0, len), zero where that is below {@link
     * #MIN_SOFTMAX_WEIGHT}; returns their sum.
     */
    default float expShifted(float[] s, int len, float max) {
        double sum = 0;
        for (int p = 0; p < len; p++) {
            float e = (float) Math.exp(s[p] - max);
            if (e < MIN_SOFTMAX_WEIGHT) {
                e = 0f;
            }
            s[p] = e;
            sum += e;
        }
        return (float) sum;
    }

    /**
     * Adds a weighted sum of cached values: {@code out[oOff + i] += sum_p w[wOff + p] * values[p * stride + vOff +
     * i]} for i in [0, headDim), p in [0, len) (softmax(scores) . V for one head). Accumulating lets a paged cache
     * call it once per block into the same output; the caller zeroes the output first.
     */
    default void attentionValues(
            float[] w, int wOff, int len, float[] values, int vOff, int stride, int headDim, float[] out, int oOff) {
        for (int p = 0; p < len; p++) {
            axpy(w[wOff + p], values, p * stride + vOff, out, oOff, headDim);
        }
    }

    /**
     * {@link #attentionScores} for {@code count} query heads that share the keys (the heads of one kv head): head i's
     * query at {@code qOff + i * headDim}, its scores into {@code out[i][outOff ..]}, each score the bits {@link
     * #attentionScores} gives it.
     */
    default void groupAttentionScores(
            float[] q,
            int qOff,
            int count,
            float[] keys,
            int kOff,
            int stride,
            int len,
            int headDim,
            float scale,
            float[][] out,
            int outOff) {
        for (int i = 0; i < count; i++) {
            attentionScores(q, qOff + i * headDim, keys, kOff, stride, len, headDim, scale, out[i], outOff);
        }
    }

    /**
     * {@link #attentionValues} for {@code count} heads that share the values: head i's weights {@code w[i][wOff ..]},
     * its output at {@code oOff + i * headDim}, each output value the bits {@link #attentionValues} gives it.
     */
    default void groupAttentionValues(
            float[][] w,
            int wOff,
            int count,
            int len,
            float[] values,
            int vOff,
            int stride,
            int headDim,
            float[] out,
            int oOff) {
        for (int i = 0; i < count; i++) {
            attentionValues(w[i], wOff, len, values, vOff, stride, headDim, out, oOff + i * headDim);
        }
    }

    /** Most queries {@link #attentionLanes} runs side by side; more go through it in several calls. */
    default int attentionLaneCount() {
        return 8;
    }

    /**
     * Attention of {@code count} query heads (at most {@link #attentionLaneCount}) that share one kv head of an F32
     * paged cache, query j over the positions [start, ends[j]) of its sequence, the key and value rows of position p
     * at (table[p / blockSize] * blockSize + p % blockSize) * stride + kvOff, over {@code headDim} values. With
     * {@code maxes} null the positions are all of the query's (start 0): out[outOffs[j] ..] = softmax(scale * q_j .
     * K) V. Else they are one segment of them, and the segment's partials are written: maxes[statOffs[j]] = the
     * largest score m, sums[statOffs[j]] = sum_p exp(score_p - m), out[outOffs[j] ..] = sum_p exp(score_p - m) v_p
     * (unnormalized). The queries may be of different tokens of one sequence (a verification step's drafted tokens, a
     * prefill chunk), so they share the rows. This default runs each query alone, block by block, through {@link
     * #attentionScores}, {@link #max}, {@link #expShifted}, {@link #scale} and {@link #attentionValues} (what
     * attention does for one query, whole or in segments); a kernel that runs the queries side by side gives the
     * same bits.
     */
    default void attentionLanes(
            float[] q,
            int[] qOffs,
            int count,
            int start,
            int[] ends,
            float[] keys,
            float[] values,
            int[] table,
            int blockSize,
            int stride,
            int kvOff,
            int headDim,
            float scale,
            float[] out,
            int[] outOffs,
            float[] maxes,
            float[] sums,
            int[] statOffs) {
        attentionOneByOne(
                this, q, qOffs, count, start, ends, keys, values, table, blockSize, stride, kvOff, headDim, scale, out,
                outOffs, maxes, sums, statOffs);
    }

    /** {@link #attentionLanes} as its default runs it: each query alone through {@code k}'s one-query kernels. */
    static void attentionOneByOne(
            TensorKernels k,
            float[] q,
            int[] qOffs,
            int count,
            int start,
            int[] ends,
            float[] keys,
            float[] values,
            int[] table,
            int blockSize,
            int stride,
            int kvOff,
            int headDim,
            float scale,
            float[] out,
            int[] outOffs,
            float[] maxes,
            float[] sums,
            int[] statOffs) {
        for (int j = 0; j < count; j++) {
            int len = ends[j] - start;
            float[] w = new float[len];
            for (int p = start; p < ends[j]; ) {
                int m = Math.min(blockSize - p % blockSize, ends[j] - p);
                int base = (table[p / blockSize] * blockSize + p % blockSize) * stride + kvOff;
                k.attentionScores(q, qOffs[j], keys, base, stride, m, headDim, scale, w, p - start);
                p += m;
            }
            float max = k.max(w, len);
            float sum = k.expShifted(w, len, max);
            if (maxes == null) {
                k.scale(w, len, 1.0f / sum);
            } else {
                maxes[statOffs[j]] = max;
                sums[statOffs[j]] = sum;
            }
            Arrays.fill(out, outOffs[j], outOffs[j] + headDim, 0f);
            for (int p = start; p < ends[j]; ) {
                int m = Math.min(blockSize - p % blockSize, ends[j] - p);
                int base = (table[p / blockSize] * blockSize + p % blockSize) * stride + kvOff;
                k.attentionValues(w, p - start, m, values, base, stride, headDim, out, outOffs[j]);
                p += m;
            }
        }
    }

    /** dst[dstOff + i] = the IEEE half src[srcOff + i] as a float (exact), for i in [0, n). */
    default void halvesToFloats(short[] src, int srcOff, float[] dst, int dstOff, int n) {
        for (int i = 0; i < n; i++) {
            dst[dstOff + i] = Float.float16ToFloat(src[srcOff + i]);
        }
    }

    /**
     * dst[dstOff + i] = codes[codesOff + i] times the IEEE half scale of its block of 32 ({@code scales[(codesOff + i)
     * / 32]}), for i in [0, n): Q8_0 rows back to floats ({@code codesOff} and {@code n} multiples of 32).
     */
    default void q8ToFloats(byte[] codes, int codesOff, short[] scales, float[] dst, int dstOff, int n) {
        for (int b = 0; b < n; b += 32) {
            float d = Float.float16ToFloat(scales[(codesOff + b) / 32]);
            for (int i = b; i < b + 32; i++) {
                dst[dstOff + i] = codes[codesOff + i] * d;
            }
        }
    }

    /** SwiGLU in place: gate[i] = silu(gate[i]) * up[i] = gate[i] / (1 + e^-gate[i]) * up[i], i in [off, off + n). */
    default void swiglu(float[] gate, float[] up, int off, int n) {
        for (int i = off; i < off + n; i++) {
            float g = gate[i];
            gate[i] = g / (1.0f + (float) Math.exp(-g)) * up[i];
        }
    }

    /**
     * The Vector API kernels where the CPU has 256-bit (or wider) float vectors, else the scalar ones; {@code
     * -Djrag.engine.kernels=scalar} forces the scalar ones, {@code -Djrag.engine.q4=float} the vector ones with the
     * interleaved Q4_0 products on exact float activations ({@link PanamaTensorKernels#floatQ4_0()}, to compare).
     */
    static TensorKernels preferred() {
        return Preferred.INSTANCE;
    }

    /** Lazy holder so the choice is made once. */
    final class Preferred {
        static final TensorKernels INSTANCE = choose();

        private Preferred() {}

        private static TensorKernels choose() {
            if ("scalar".equals(System.getProperty("jrag.engine.kernels"))) {
                return new ScalarTensorKernels();
            }
            if (FloatVector.SPECIES_PREFERRED.vectorBitSize() < 256) {
                return new ScalarTensorKernels();
            }
            return "float".equals(System.getProperty("jrag.engine.q4"))
                    ? PanamaTensorKernels.floatQ4_0()
                    : new PanamaTensorKernels();
        }
    }
}
