package org.jrag.engine.tensor;

import java.lang.foreign.MemorySegment;
import org.jrag.engine.gguf.GgmlType;

/** Q8_0: blocks of 32 int8 values and one fp16 scale (34 bytes); value = q * d. */
public record Q8_0Tensor(MemorySegment data, long size) implements Tensor {
    @Override
    public GgmlType type() {
        return GgmlType.Q8_0;
    }

    @Override
    public float dot(long start, float[] x, int xOff, int n, TensorKernels kernels) {
        return kernels.dotQ8_0(data, byteOffset(start), x, xOff, n);
    }

    static final int BLOCK = 32;
    static final int BLOCK_BYTES = 34;

    @Override
    public void dequantize(long start, float[] out, int outOff, int n) {
        long off = byteOffset(start);
        for (int b = 0; b < n / BLOCK; b++, off += BLOCK_BYTES) {
            decodeBlock(data, off, out, outOff + b * BLOCK);
        }
    }

    /** Block layout: d (fp16), qs[32] (int8). */
    static void decodeBlock(MemorySegment s, long off, float[] out, int o) {
        float d = Layouts.f16(s, off);
        for (int j = 0; j < BLOCK; j++) {
            out[o + j] = Layouts.i8(s, off + 2 + j) * d;
        }
    }
}
