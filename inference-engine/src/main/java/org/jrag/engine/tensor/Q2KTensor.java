package org.jrag.engine.tensor;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import org.jrag.engine.gguf.GgmlType;

/**
 * Q2_K: super-blocks of 256 2-bit values in 16 sub-blocks of 16, each with a 4-bit scale and a 4-bit minimum (84
 * bytes); value = (d * sc) * q - dmin * m. The matrices of a {@code *-Q2_K.gguf}. The {@code (d * sc) * q} part is a
 * Q6_K value (same d, int8 scale sc, code q), so the model serves it as {@link MinsTensor}: exact Q6_K blocks ({@link
 * #toQ6K}) for the Q6_K kernels plus the minimums {@code -(dmin * m)} per 16 values (4x the file's bytes).
 */
public record Q2KTensor(MemorySegment data, long size) implements Tensor {
    static final int BLOCK = 256;
    static final int BLOCK_BYTES = 84;
    static final int SUB = 16;

    @Override
    public GgmlType type() {
        return GgmlType.Q2_K;
    }

    @Override
    public float dot(long start, float[] x, int xOff, int n, TensorKernels kernels) {
        return LegacyBlocks.dot(this::decodeBlock, BLOCK, BLOCK_BYTES, byteOffset(start), x, xOff, n, kernels);
    }

    @Override
    public void dequantize(long start, float[] out, int outOff, int n) {
        LegacyBlocks.dequantize(this::decodeBlock, BLOCK, BLOCK_BYTES, byteOffset(start), out, outOff, n);
    }

    /** The block at {@code off}: scales[16] (scale low, minimum high nibble), qs[64], d, dmin (fp16). */
    void decodeBlock(long off, float[] out, int o) {
        float d = Layouts.f16(data, off + 80);
        float dmin = Layouts.f16(data, off + 82);
        for (int v = 0; v < BLOCK; v++) {
            int sc = Layouts.u8(data, off + v / SUB);
            out[o + v] = (d * (sc & 0x0F)) * code(off, v) - dmin * (sc >>> 4);
        }
    }

    /** Code v (0-3) of the block at {@code off}, as ggml's {@code dequantize_row_q2_K} reads it. */
    private int code(long off, int v) {
        int q = Layouts.u8(data, off + 16 + 32 * (v / 128) + v % 32);
        return (q >>> (2 * (v % 128 / 32))) & 3;
    }

    /** The {@code (d * sc) * q} part as Q6_K blocks in memory of {@code arena} (same d, scales sc, codes q). */
    public Q6KTensor toQ6K(Arena arena) {
        return LegacyBlocks.asQ6K(data, size, BLOCK_BYTES, 80, this::codes, arena);
    }

    /** The block's codes q (0-3, value order) and its 16 scales sc (the low nibbles). */
    private void codes(long off, int[] q, int[] sc) {
        for (int v = 0; v < BLOCK; v++) {
            q[v] = code(off, v);
        }
        for (int s = 0; s < sc.length; s++) {
            sc[s] = Layouts.u8(data, off + s) & 0x0F;
        }
    }

    /** Each 16-value sub-block's {@code -(dmin * m)}, in order (added to the Q6_K part it gives the value's bits). */
    public float[] mins() {
        float[] m = new float[Math.toIntExact(size / SUB)];
        for (int i = 0; i < m.length; i++) {
            long off = (long) (i / (BLOCK / SUB)) * BLOCK_BYTES;
            m[i] = -(Layouts.f16(data, off + 82) * (Layouts.u8(data, off + i % (BLOCK / SUB)) >>> 4));
        }
        return m;
    }
}
