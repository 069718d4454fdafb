package org.jrag.engine.tensor;

import java.lang.foreign.MemorySegment;
import org.jrag.engine.gguf.GgmlType;

/**
 * Plain float32 weights, over the mapped file or (for matrices of a model, see {@link #onHeap}) over a float array
 * on the Java heap.
 */
public record F32Tensor(MemorySegment data, long size) implements Tensor {
    /** Largest tensor {@link #onHeap} copies: 64 MiB of floats (the F32 models in use are tiny). */
    public static final long MAX_HEAP_COPY = 1L << 24;

    /**
     * This tensor copied into a float array on the heap when it has at most {@link #MAX_HEAP_COPY} elements, else
     * itself. The vector kernels load from a float array about 1.7x faster than from a memory segment (no bounds
     * and liveness checks per load that the compiler fails to hoist), and tiny F32 models are bound by those loads.
     */
    public F32Tensor onHeap() {
        if (size > MAX_HEAP_COPY || array() != null) {
            return this;
        }
        float[] a = new float[(int) size];
        MemorySegment.copy(data, Layouts.F32, 0, a, 0, a.length);
        return new F32Tensor(MemorySegment.ofArray(a), size);
    }

    /** The weights as a float array when this tensor is a whole one on the heap ({@link #onHeap}), else null. */
    public float[] array() {
        return data.heapBase().orElse(null) instanceof float[] a && a.length == size && data.address() == 0 ? a : null;
    }

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
