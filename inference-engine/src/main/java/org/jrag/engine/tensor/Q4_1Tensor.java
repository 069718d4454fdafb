package org.jrag.engine.tensor;

import java.lang.foreign.MemorySegment;
import org.jrag.engine.gguf.GgmlType;

/**
 * Q4_1: blocks of 32 4-bit values, an fp16 scale and an fp16 minimum (20 bytes); value = q * d + m. An older
 * llama.cpp type some published files still use. Its matrices stay in the mapping: a product decodes each row and
 * dots it with the activations (no repacked kernel).
 */
public record Q4_1Tensor(MemorySegment data, long size) implements Tensor {
    static final int BLOCK = 32;
    static final int BLOCK_BYTES = 20;

    @Override
    public GgmlType type() {
        return GgmlType.Q4_1;
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

    /** The block at {@code off}: d, m (fp16), qs[16]: value j in the low nibble of qs[j], j + 16 in the high one. */
    void decodeBlock(long off, float[] out, int o) {
        float d = Layouts.f16(data, off);
        float m = Layouts.f16(data, off + 2);
        for (int j = 0; j < 16; j++) {
            int q = Layouts.u8(data, off + 4 + j);
            out[o + j] = LegacyBlocks.value(q & 0x0F, d, m);
            out[o + j + 16] = LegacyBlocks.value(q >>> 4, d, m);
        }
    }
}
