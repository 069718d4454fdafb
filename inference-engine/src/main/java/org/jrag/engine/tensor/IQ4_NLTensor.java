package org.jrag.engine.tensor;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import org.jrag.engine.gguf.GgmlType;

/**
 * IQ4_NL: blocks of 32 4-bit indices into a fixed non-linear table of 16 int8 values and one fp16 scale (18 bytes);
 * value = d * table[index]. Every value is an int8 times the block's scale, so the block is also an exact Q8_0 block
 * ({@link #toQ8_0}), which is how the model serves it.
 */
public record IQ4_NLTensor(MemorySegment data, long size) implements Tensor {
    static final int BLOCK = 32;
    static final int BLOCK_BYTES = 18;

    /** ggml's {@code kvalues_iq4nl} (IQ4_XS's table too). */
    static final int[] TABLE = {-127, -104, -83, -65, -49, -35, -22, -10, 1, 13, 25, 38, 53, 69, 89, 113};

    @Override
    public GgmlType type() {
        return GgmlType.IQ4_NL;
    }

    @Override
    public float dot(long start, float[] x, int xOff, int n, TensorKernels kernels) {
        return LegacyBlocks.dot(this::decodeBlock, BLOCK, BLOCK_BYTES, byteOffset(start), x, xOff, n, kernels);
    }

    @Override
    public void dequantize(long start, float[] out, int outOff, int n) {
        LegacyBlocks.dequantize(this::decodeBlock, BLOCK, BLOCK_BYTES, byteOffset(start), out, outOff, n);
    }

    /** The block at {@code off}: d (fp16), qs[16]: index j in the low nibble of qs[j], j + 16 in the high one. */
    void decodeBlock(long off, float[] out, int o) {
        float d = Layouts.f16(data, off);
        for (int j = 0; j < BLOCK; j++) {
            out[o + j] = d * value(off, j);
        }
    }

    /** Table value of index j of the block at {@code off}. */
    private int value(long off, int j) {
        int q = Layouts.u8(data, off + 2 + (j & 15));
        return TABLE[j < 16 ? q & 0x0F : q >>> 4];
    }

    /** The same values as Q8_0 blocks in memory of {@code arena}: the scale copied, the table values as int8. */
    public Q8_0Tensor toQ8_0(Arena arena) {
        return LegacyBlocks.asQ8_0(data, size, BLOCK_BYTES, this::value, arena);
    }
}
