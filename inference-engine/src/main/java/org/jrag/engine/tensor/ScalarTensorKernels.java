package org.jrag.engine.tensor;

import java.lang.foreign.MemorySegment;

/** Reference kernels: decode each block with the scalar decoder, then a plain float dot product. */
public final class ScalarTensorKernels implements TensorKernels {
    @Override
    public float dotF32(MemorySegment w, long byteOff, float[] x, int xOff, int n) {
        float sum = 0f;
        for (int i = 0; i < n; i++) {
            sum += w.get(Layouts.F32, byteOff + 4L * i) * x[xOff + i];
        }
        return sum;
    }

    @Override
    public float dotF16(MemorySegment w, long byteOff, float[] x, int xOff, int n) {
        float sum = 0f;
        for (int i = 0; i < n; i++) {
            sum += Layouts.f16(w, byteOff + 2L * i) * x[xOff + i];
        }
        return sum;
    }

    @Override
    public float dotBF16(MemorySegment w, long byteOff, float[] x, int xOff, int n) {
        float sum = 0f;
        for (int i = 0; i < n; i++) {
            sum += Float.intBitsToFloat(w.get(Layouts.I16, byteOff + 2L * i) << 16) * x[xOff + i];
        }
        return sum;
    }

    @Override
    public float dotQ8_0(MemorySegment w, long byteOff, float[] x, int xOff, int n) {
        float[] tmp = new float[Q8_0Tensor.BLOCK];
        float sum = 0f;
        for (int b = 0; b < n / Q8_0Tensor.BLOCK; b++) {
            Q8_0Tensor.decodeBlock(w, byteOff + (long) b * Q8_0Tensor.BLOCK_BYTES, tmp, 0);
            sum += dot(tmp, x, xOff + b * Q8_0Tensor.BLOCK);
        }
        return sum;
    }

    @Override
    public float dotQ4_0(MemorySegment w, long byteOff, float[] x, int xOff, int n) {
        float[] tmp = new float[Q4_0Tensor.BLOCK];
        float sum = 0f;
        for (int b = 0; b < n / Q4_0Tensor.BLOCK; b++) {
            Q4_0Tensor.decodeBlock(w, byteOff + (long) b * Q4_0Tensor.BLOCK_BYTES, tmp, 0);
            sum += dot(tmp, x, xOff + b * Q4_0Tensor.BLOCK);
        }
        return sum;
    }

    @Override
    public float dotIQ4XS(MemorySegment w, long byteOff, float[] x, int xOff, int n) {
        float[] tmp = new float[IQ4_XSTensor.BLOCK];
        float sum = 0f;
        for (int b = 0; b < n / IQ4_XSTensor.BLOCK; b++) {
            IQ4_XSTensor.decodeBlock(w, byteOff + (long) b * IQ4_XSTensor.BLOCK_BYTES, tmp, 0);
            sum += dot(tmp, x, xOff + b * IQ4_XSTensor.BLOCK);
        }
        return sum;
    }

    @Override
    public float dotQ4K(MemorySegment w, long byteOff, float[] x, int xOff, int n) {
        float[] tmp = new float[Q4KTensor.BLOCK];
        float sum = 0f;
        for (int b = 0; b < n / Q4KTensor.BLOCK; b++) {
            Q4KTensor.decodeBlock(w, byteOff + (long) b * Q4KTensor.BLOCK_BYTES, tmp, 0);
            sum += dot(tmp, x, xOff + b * Q4KTensor.BLOCK);
        }
        return sum;
    }

    @Override
    public float dotQ5K(MemorySegment w, long byteOff, float[] x, int xOff, int n) {
        float[] tmp = new float[Q5KTensor.BLOCK];
        float sum = 0f;
        for (int b = 0; b < n / Q5KTensor.BLOCK; b++) {
            Q5KTensor.decodeBlock(w, byteOff + (long) b * Q5KTensor.BLOCK_BYTES, tmp, 0);
            sum += dot(tmp, x, xOff + b * Q5KTensor.BLOCK);
        }
        return sum;
    }

    @Override
    public float dotQ6K(MemorySegment w, long byteOff, float[] x, int xOff, int n) {
        float[] tmp = new float[Q6KTensor.BLOCK];
        float sum = 0f;
        for (int b = 0; b < n / Q6KTensor.BLOCK; b++) {
            Q6KTensor.decodeBlock(w, byteOff + (long) b * Q6KTensor.BLOCK_BYTES, tmp, 0);
            sum += dot(tmp, x, xOff + b * Q6KTensor.BLOCK);
        }
        return sum;
    }

    private static float dot(float[] w, float[] x, int xOff) {
        float sum = 0f;
        for (int i = 0; i < w.length; i++) {
            sum += w[i] * x[xOff + i];
        }
        return sum;
    }
}
