package org.jrag.engine.tensor;

import java.lang.foreign.MemorySegment;
import org.jrag.engine.gguf.GgmlType;

/** IEEE half-precision weights. */
public record F16Tensor(MemorySegment data, long size) implements Tensor {
    @Override
    public GgmlType type() {
        return GgmlType.F16;
    }

    @Override
    public float dot(long start, float[] x, int xOff, int n, TensorKernels kernels) {
        return kernels.dotF16(data, byteOffset(start), x, xOff, n);
    }

    @Override
    public void dequantize(long start, float[] out, int outOff, int n) {
        for (int i = 0; i < n; i++) {
            out[outOff + i] = Layouts.f16(data, (start + i) * 2);
        }
    }
}
