package org.jrag.engine.tensor;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import org.jrag.engine.gguf.GgmlType;

/**
 * Q5_0: blocks of 32 5-bit values and one fp16 scale (22 bytes); value = (q - 16) * d. llama.cpp writes it for the
 * matrices of a {@code *-Q4_K_M.gguf} whose rows are not a multiple of 256 long (all but the feed-forward output of
 * SmolLM2-135M, 576 wide, or Qwen2.5-0.5B, 896 wide): K-quants cannot hold them. Every value is a small integer times
 * the block's scale, so the block is also an exact Q8_0 block ({@link #toQ8_0}), which is how the model serves it.
 */
public record Q5_0Tensor(MemorySegment data, long size) implements Tensor {
    static final int BLOCK = 32;
    static final int BLOCK_BYTES = 22;

    @Override
    public GgmlType type() {
        return GgmlType.Q5_0;
    }

    @Override
    public float dot(long start, float[] x, int xOff, int n, TensorKernels kernels) {
        return LegacyBlocks.dot(this::decodeBlock, BLOCK, BLOCK_BYTES, byteOffset(start), x, xOff, n, kernels);
    }

    @Override
    public void dequantize(long start, float[] out, int outOff, int n) {
        LegacyBlocks.dequantize(this::decodeBlock, BLOCK, BLOCK_BYTES, byteOffset(start), out, outOff, n);
    }

    /** The block at {@code off}: d (fp16), qh (32 fifth bits, little-endian), qs[16] as in Q4_0. */
    void decodeBlock(long off, float[] out, int o) {
        float d = Layouts.f16(data, off);
        for (int j = 0; j < BLOCK; j++) {
            out[o + j] = quant(off, j) * d;
        }
    }

    /** Value j of the block at {@code off} as the signed integer q - 16. */
    private int quant(long off, int j) {
        int qh = data.get(Layouts.I32, off + 2);
        int q = Layouts.u8(data, off + 6 + (j & 15));
        int low = j < 16 ? q & 0x0F : q >>> 4;
        return (low | ((qh >>> j) & 1) << 4) - 16;
    }

    /**
     * The same values as Q8_0 blocks in memory of {@code arena}: each block's fp16 scale copied, its values as int8
     * (q - 16 lies in [-16, 15]), so every value, q * d, keeps its bits.
     */
    public Q8_0Tensor toQ8_0(Arena arena) {
        return LegacyBlocks.asQ8_0(data, size, BLOCK_BYTES, this::quant, arena);
    }
}
