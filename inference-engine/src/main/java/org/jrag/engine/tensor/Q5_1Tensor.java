package org.jrag.engine.tensor;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import org.jrag.engine.gguf.GgmlType;

/**
 * Q5_1: blocks of 32 5-bit values, an fp16 scale and an fp16 minimum (24 bytes); value = q * d + m. llama.cpp writes
 * it for the matrices of a {@code *-Q5_K_M.gguf} whose rows are not a multiple of 256 long, as it writes {@link
 * Q5_0Tensor} for Q4_K_M. The model serves it as {@link Q8_0MinTensor}: its codes as
 * Q8_0 blocks for the Q8_0 kernels, plus the minimums.
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
        return LegacyBlocks.dot(this::decodeBlock, BLOCK_BYTES, byteOffset(start), x, xOff, n, kernels);
    }

    @Override
    public void dequantize(long start, float[] out, int outOff, int n) {
        long off = byteOffset(start);
        for (int b = 0; b < n / BLOCK; b++, off += BLOCK_BYTES) {
            decodeBlock(off, out, outOff + b * BLOCK);
        }
    }

    /** The block at {@code off}: d, m (fp16), qh (32 fifth bits, little-endian), qs[16] as in Q4_1. */
    void decodeBlock(long off, float[] out, int o) {
        float d = Layouts.f16(data, off);
        float m = Layouts.f16(data, off + 2);
        for (int j = 0; j < BLOCK; j++) {
            out[o + j] = LegacyBlocks.value(code(off, j), d, m);
        }
    }

    /**
     * The same values served as Q8_0 blocks of {@code q * d} in memory of {@code arena} plus one minimum per block
     * ({@link Q8_0MinTensor}, whose {@code quants} the caller may repack): each block's fp16 scale copied, its codes
     * (at most 31) as int8.
     */
    public Q8_0Tensor codesAsQ8_0(Arena arena) {
        long blocks = size / BLOCK;
        MemorySegment out = HugePages.allocate(arena, blocks * Q8_0Tensor.BLOCK_BYTES);
        for (long b = 0; b < blocks; b++) {
            long from = b * BLOCK_BYTES;
            long to = b * Q8_0Tensor.BLOCK_BYTES;
            out.set(Layouts.I16, to, data.get(Layouts.I16, from));
            for (int j = 0; j < BLOCK; j++) {
                out.set(ValueLayout.JAVA_BYTE, to + 2 + j, (byte) code(from, j));
            }
        }
        return new Q8_0Tensor(out, size);
    }

    /** Each block's minimum m as a float, in order. */
    public float[] mins() {
        float[] m = new float[Math.toIntExact(size / BLOCK)];
        for (int b = 0; b < m.length; b++) {
            m[b] = Layouts.f16(data, (long) b * BLOCK_BYTES + 2);
        }
        return m;
    }

    /** Code j (0-31) of the block at {@code off}: its nibble and its fifth bit. */
    private int code(long off, int j) {
        int qh = data.get(Layouts.I32, off + 4);
        int q = Layouts.u8(data, off + 8 + (j & 15));
        return (j < 16 ? q & 0x0F : q >>> 4) | ((qh >>> j) & 1) << 4;
    }
}
