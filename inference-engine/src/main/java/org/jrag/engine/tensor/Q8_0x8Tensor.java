package org.jrag.engine.tensor;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.Optional;
import org.jrag.engine.gguf.GgmlType;

/**
 * A Q8_0 matrix repacked at load time into groups of 8 rows with their blocks interleaved (llama.cpp's
 * {@code block_q8_0x8} idea): for each group and each block column, the 8 rows' fp16 scales, then byte {@code j * 8 +
 * r} = value j of row r. A matrix-vector kernel then loads 8 bytes = one column of 8 rows into one float vector and
 * multiplies it by a broadcast activation, with no horizontal sums; the same bytes as the file, in another order.
 * The float kernels' order: where the integer passes run, Q8_0 weights take {@link Q8_0x8RunsTensor}'s instead.
 */
public record Q8_0x8Tensor(MemorySegment data, long size, int cols) implements Tensor {
    static final int ROWS = Interleaved8.ROWS;
    static final int GROUP_BLOCK_BYTES = ROWS * Q8_0Tensor.BLOCK_BYTES;

    public Q8_0x8Tensor {
        Interleaved8.requireShape(GgmlType.Q8_0, Q8_0Tensor.BLOCK, size, cols);
    }

    @Override
    public GgmlType type() {
        return GgmlType.Q8_0;
    }

    /**
     * Repacks a row-major Q8_0 matrix of {@code cols} columns (rows a multiple of 8) into memory of {@code arena};
     * empty when a block scale is infinite or NaN (the interleaved kernels assume finite scales).
     */
    public static Optional<Q8_0x8Tensor> repack(Q8_0Tensor t, int cols, Arena arena) {
        return Interleaved8.repack(t.data(), t.size(), cols, Q8_0Tensor.BLOCK_BYTES, arena)
                .map(data -> new Q8_0x8Tensor(data, t.size(), cols));
    }

    /** Byte offset of the interleaved block that holds block column {@code b} of 8-row group {@code g}. */
    static long blockOffset(int cols, int g, int b) {
        return ((long) g * (cols / Q8_0Tensor.BLOCK) + b) * GROUP_BLOCK_BYTES;
    }

    /** Row {@code r % 8}'s 32 values of the interleaved block at {@code off}, as floats: q * d. */
    static void decodeBlock(MemorySegment s, long off, int lane, float[] out, int o) {
        float d = Layouts.f16(s, off + 2L * lane);
        for (int j = 0; j < Q8_0Tensor.BLOCK; j++) {
            out[o + j] = Layouts.i8(s, off + 2 * ROWS + (long) j * ROWS + lane) * d;
        }
    }

    /** Row by row: one division per row, then the row's blocks in order (prefill decodes whole row blocks). */
    @Override
    public void dequantize(long start, float[] out, int outOff, int n) {
        Interleaved8.dequantize(
                data, cols, Interleaved8.BLOCK, GROUP_BLOCK_BYTES, Q8_0x8Tensor::decodeBlock, start, out, outOff, n);
    }

    /** Reference dot of elements [start, start + n) with x, block by block as the scalar kernels sum; matrix
     * products use the kernels. */
    @Override
    public float dot(long start, float[] x, int xOff, int n, TensorKernels kernels) {
        return Interleaved8.dot(this, Interleaved8.BLOCK, start, x, xOff, n);
    }

    /** Interleaved rows have no linear element-to-byte mapping. */
    @Override
    public long byteOffset(long start) {
        throw new UnsupportedOperationException("an interleaved matrix has no linear byte offset");
    }
}
