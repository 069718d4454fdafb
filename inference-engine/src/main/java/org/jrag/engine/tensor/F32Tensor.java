package org.jrag.engine.tensor;

import java.lang.foreign.MemorySegment;
import org.jrag.engine.gguf.GgmlType;

/** Plain float32 weights over the mapped file (a model's matrices are copied into {@link F32x8Tensor} panels). */
public record F32Tensor(MemorySegment data, long size) implements Tensor {
    @Override
    public GgmlType type() {
        return GgmlType.F32;
    }

    @Override
    public float dot(long start, float[] x, int xOff, int n, TensorKernels kernels) {
        return kernels.dotF32(data, byteOffset(start), x, xOff, n);
    }

    @Override
    public void dequantize(long start, float[] out, int outOff, int n) {
        for (int i = 0; i < n; i++) {
            out[outOff + i] = data.get(Layouts.F32, (start + i) * 4);
        }
    }
}
