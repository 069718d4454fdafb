package org.jrag.engine.tensor;

import java.lang.foreign.MemorySegment;
import org.jrag.engine.gguf.GgmlType;

/** Q4_0: blocks of 32 4-bit values and one fp16 scale (18 bytes); value = (q - 8) * d. */
public record Q4_0Tensor(MemorySegment data, long size) implements Tensor {
    @Override
    public GgmlType type() {
        return GgmlType.Q4_0;
    }

    @Override
    public float dot(long start, float[] x, int xOff, int n, TensorKernels kernels) {
        return kernels.dotQ4_0(data, byteOffset(start), x, xOff, n);
    }

    static final int BLOCK = 32;
    static final int BLOCK_BYTES = 18;

    @Override
    public void dequantize(long start, float[] out, int outOff, int n) {
        long off = byteOffset(start);
        for (int b = 0; b < n / BLOCK; b++, off += BLOCK_BYTES) {
            decodeBlock(data, off, out, outOff + b * BLOCK);
        }
    }

    /** Block layout: d (fp16), qs[16]: element j in the low nibble of qs[j], element j + 16 in the high nibble. */
    static void decodeBlock(MemorySegment s, long off, float[] out, int o) {
        float d = Layouts.f16(s, off);
        for (int j = 0; j < 16; j++) {
            int q = Layouts.u8(s, off + 2 + j);
            out[o + j] = ((q & 0x0F) - 8) * d;
            out[o + j + 16] = ((q >>> 4) - 8) * d;
        }
    }
}
