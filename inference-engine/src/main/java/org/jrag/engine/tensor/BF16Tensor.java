package org.jrag.engine.tensor;

import java.lang.foreign.MemorySegment;
import org.jrag.engine.gguf.GgmlType;

/** bfloat16 weights: the upper 16 bits of a float32. */
public record BF16Tensor(MemorySegment data, long size) implements Tensor {
    @Override
    public GgmlType type() {
        return GgmlType.BF16;
    }

    @Override
    public float dot(long start, float[] x, int xOff, int n, TensorKernels kernels) {
        return kernels.dotBF16(data, byteOffset(start), x, xOff, n);
    }

    @Override
    public void dequantize(long start, float[] out, int outOff, int n) {
        for (int i = 0; i < n; i++) {
            out[outOff + i] = Float.intBitsToFloat(data.get(Layouts.I16, (start + i) * 2) << 16);
        }
    }
}
