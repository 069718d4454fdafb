package org.jrag.engine.tensor;

import java.lang.foreign.MemorySegment;
import org.jrag.engine.gguf.GgmlType;

/**
 * Q5_1: blocks of 32 5-bit values, an fp16 scale and an fp16 minimum (24 bytes); value = q * d + m. llama.cpp writes
 * it for the matrices of a {@code *-Q5_K_M.gguf} whose rows are not a multiple of 256 long, as it writes {@link
 * Q5_0Tensor} for Q4_K_M. Its matrices stay in the mapping: a product decodes each row
 * and dots it with the activations (no repacked kernel).
 */
public record Q5_1Tensor(MemorySegment data, long size) implements Tensor {
    static final int BLOCK = 32;
    static final int BLOCK_BYTES = 24;

    @Override
    public GgmlType type() {
        return GgmlType.Q5_1;
    }

    @Override
    public float dot(long start, float[] x, int xOff, int n, TensorKernels kernels) {
        return LegacyBlocks.dot(this::decodeBlock, BLOCK_BYTES, byteOffset(start), x, xOff, n, kernels);
    }

    @Override
    public void dequantize(long start, float[] out, int outOff, int n) {
        long off = byteOffset(start);
        for (int b = 0; b < n / BLOCK; b++, off += BLOCK_BYTES) {
            decodeBlock(off, out, outOff + b * BLOCK);
        }
    }

    /** The block at {@code off}: d, m (fp16), qh (32 fifth bits, little-endian), qs[16] as in Q4_1. */
    void decodeBlock(long off, float[] out, int o) {
        float d = Layouts.f16(data, off);
        float m = Layouts.f16(data, off + 2);
        int qh = data.get(Layouts.I32, off + 4);
        for (int j = 0; j < 16; j++) {
            int q = Layouts.u8(data, off + 8 + j);
            out[o + j] = LegacyBlocks.value((q & 0x0F) | ((qh >>> j) & 1) << 4, d, m);
            out[o + j + 16] = LegacyBlocks.value((q >>> 4) | ((qh >>> (j + 16)) & 1) << 4, d, m);
        }
    }
}
