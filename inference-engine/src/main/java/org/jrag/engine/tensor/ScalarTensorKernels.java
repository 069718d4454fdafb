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
        return blocks(Q8_0Tensor::decodeBlock, Q8_0Tensor.BLOCK, Q8_0Tensor.BLOCK_BYTES, w, byteOff, x, xOff, n);
    }

    @Override
    public float dotQ4_0(MemorySegment w, long byteOff, float[] x, int xOff, int n) {
        return blocks(Q4_0Tensor::decodeBlock, Q4_0Tensor.BLOCK, Q4_0Tensor.BLOCK_BYTES, w, byteOff, x, xOff, n);
    }

    @Override
    public float dotIQ4XS(MemorySegment w, long byteOff, float[] x, int xOff, int n) {
        return blocks(IQ4_XSTensor::decodeBlock, IQ4_XSTensor.BLOCK, IQ4_XSTensor.BLOCK_BYTES, w, byteOff, x, xOff, n);
    }

    @Override
    public float dotQ4K(MemorySegment w, long byteOff, float[] x, int xOff, int n) {
        return blocks(Q4KTensor::decodeBlock, Q4KTensor.BLOCK, Q4KTensor.BLOCK_BYTES, w, byteOff, x, xOff, n);
    }

    @Override
    public float dotQ5K(MemorySegment w, long byteOff, float[] x, int xOff, int n) {
        return blocks(Q5KTensor::decodeBlock, Q5KTensor.BLOCK, Q5KTensor.BLOCK_BYTES, w, byteOff, x, xOff, n);
    }

    @Override
    public float dotQ6K(MemorySegment w, long byteOff, float[] x, int xOff, int n) {
        return blocks(Q6KTensor::decodeBlock, Q6KTensor.BLOCK, Q6KTensor.BLOCK_BYTES, w, byteOff, x, xOff, n);
    }

    /** How a type's scalar decoder writes the block at {@code off} of w as floats to out[o ..]. */
    private interface BlockDecoder {
        void decode(MemorySegment w, long off, float[] out, int o);
    }

    /** Each block decoded in turn, then its plain dot product with the activations, summed block after block. */
    private static float blocks(
            BlockDecoder decoder,
            int block,
            int blockBytes,
            MemorySegment w,
            long byteOff,
            float[] x,
            int xOff,
            int n) {
        float[] tmp = new float[block];
        float sum = 0f;
        for (int b = 0; b < n / block; b++) {
            decoder.decode(w, byteOff + (long) b * blockBytes, tmp, 0);
            sum += dot(tmp, x, xOff + b * block);
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
