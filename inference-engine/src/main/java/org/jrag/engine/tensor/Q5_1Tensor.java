package org.jrag.engine.tensor;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import org.jrag.engine.gguf.GgmlType;

/**
 * Q5_1: blocks of 32 5-bit values, an fp16 scale and an fp16 minimum (24 bytes); value = q * d + m. llama.cpp writes
 * it for the matrices of a {@code *-Q5_K_M.gguf} whose rows are not a multiple of 256 long, as it writes {@link
 * Q5_0Tensor} for Q4_K_M. The model serves it as {@link MinsTensor}: its codes as Q8_0 blocks for the Q8_0
 * kernels, plus the minimums.
 */
public record Q5_1Tensor(MemorySegment data, long size) implements Tensor {
    static final int BLOCK = 32;
    static final int BLOCK_BYTES = 24;

    @Override
    public GgmlType type() {
        return GgmlType.Q5_1;
    }

    @Override
    public float dot(long start, float[] x, int xOff, int n, TensorKernels kernels) {
        return LegacyBlocks.dot(this::decodeBlock, BLOCK, BLOCK_BYTES, byteOffset(start), x, xOff, n, kernels);
    }

    @Override
    public void dequantize(long start, float[] out, int outOff, int n) {
        LegacyBlocks.dequantize(this::decodeBlock, BLOCK, BLOCK_BYTES, byteOffset(start), out, outOff, n);
    }

    /** The block at {@code off}: d, m (fp16), qh (32 fifth bits, little-endian), qs[16] as in Q4_1. */
    void decodeBlock(long off, float[] out, int o) {
        LegacyBlocks.decodeWithMin(data, off, this::code, out, o);
    }

    /** Its codes as Q8_0 blocks of {@code q * d} for a {@link MinsTensor} (with {@link #mins}). */
    public Q8_0Tensor codesAsQ8_0(Arena arena) {
        return LegacyBlocks.asQ8_0(data, size, BLOCK_BYTES, this::code, arena);
    }

    /** Each block's minimum m as a float, in order. */
    public float[] mins() {
        return LegacyBlocks.mins(data, size, BLOCK_BYTES);
    }

    /** Code j (0-31) of the block at {@code off}: its nibble and its fifth bit. */
    private int code(long off, int j) {
        int qh = data.get(Layouts.I32, off + 4);
        int q = Layouts.u8(data, off + 8 + (j & 15));
        return (j < 16 ? q & 0x0F : q >>> 4) | ((qh >>> j) & 1) << 4;
    }
}
