package org.jrag.engine.tensor;

import java.lang.foreign.MemorySegment;
import org.jrag.engine.gguf.GgmlType;

/**
 * A flat run of weights in one ggml element type, viewed in place over mapped file bytes (never copied).
 * Every operation works on whole blocks: {@code start} and {@code n} are multiples of {@link GgmlType#blockSize()}.
 * The closed set of supported types is this sealed hierarchy, built from a {@link GgmlType} by {@link #of}; the
 * 8-row interleaved Q8_0 / Q4_0 / Q4_K / Q5_K / Q6_K matrices and F32 panels are the same types repacked at load time for faster matrix
 * products.
 */
public sealed interface Tensor
        permits F32Tensor,
                F16Tensor,
                BF16Tensor,
                Q8_0Tensor,
                Q4_0Tensor,
                Q4_1Tensor,
                Q5_0Tensor,
                Q5_1Tensor,
                Q2KTensor,
                Q3KTensor,
                IQ4_NLTensor,
                IQ4_XSTensor,
                IQ4_XSx8Tensor,
                Q4KTensor,
                Q5KTensor,
                Q6KTensor,
                Q8_0x8Tensor,
                Q8_0x8RunsTensor,
                MinsTensor,
                Q4_0x8Tensor,
                Q4Kx8Tensor,
                Q5Kx8Tensor,
                Q6Kx8Tensor,
                F32x8Tensor {

    GgmlType type();

    MemorySegment data();

    /** Number of elements. */
    long size();

    /** Writes elements [start, start + n) as float32 into out[outOff..]: the scalar reference decoding. */
    void dequantize(long start, float[] out, int outOff, int n);

    /** Dot product of elements [start, start + n) with x[xOff .. xOff + n) using the given kernels. */
    float dot(long start, float[] x, int xOff, int n, TensorKernels kernels);

    default float dot(long start, float[] x, int xOff, int n) {
        return dot(start, x, xOff, n, TensorKernels.preferred());
    }

    /** Byte offset of element {@code start}, which must begin a block. */
    default long byteOffset(long start) {
        GgmlType t = type();
        assert start % t.blockSize() == 0 : "start " + start + " is not at a " + t + " block boundary";
        return start / t.blockSize() * t.blockBytes();
    }

    /**
     * Views {@code data} as a tensor of {@code type}; the one place that maps ggml types onto the hierarchy.
     *
     * @throws UnsupportedTensorTypeException for types this engine cannot compute with, naming the type
     */
    static Tensor of(GgmlType type, MemorySegment data, long size) {
        long expected = type.bytesFor(size);
        if (data.byteSize() != expected) {
            throw new IllegalArgumentException(
                    type + " tensor of " + size + " elements needs " + expected + " bytes, got: " + data.byteSize());
        }
        return switch (type) {
            case F32 -> new F32Tensor(data, size);
            case F16 -> new F16Tensor(data, size);
            case BF16 -> new BF16Tensor(data, size);
            case Q8_0 -> new Q8_0Tensor(data, size);
            case Q4_0 -> new Q4_0Tensor(data, size);
            case Q4_K -> new Q4KTensor(data, size);
            case Q5_K -> new Q5KTensor(data, size);
            case Q6_K -> new Q6KTensor(data, size);
            case Q4_1 -> new Q4_1Tensor(data, size);
            case Q5_0 -> new Q5_0Tensor(data, size);
            case Q5_1 -> new Q5_1Tensor(data, size);
            case Q2_K -> new Q2KTensor(data, size);
            case Q3_K -> new Q3KTensor(data, size);
            case IQ4_NL -> new IQ4_NLTensor(data, size);
            case IQ4_XS -> new IQ4_XSTensor(data, size);
            case Q8_1,
                    Q8_K,
                    IQ2_XXS,
                    IQ2_XS,
                    IQ3_XXS,
                    IQ1_S,
                    IQ3_S,
                    IQ2_S,
                    I8,
                    I16,
                    I32,
                    I64,
                    F64,
                    IQ1_M,
                    TQ1_0,
                    TQ2_0 -> throw new UnsupportedTensorTypeException(type);
        };
    }
}
