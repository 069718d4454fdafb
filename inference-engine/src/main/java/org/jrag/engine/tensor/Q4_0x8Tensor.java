package org.jrag.engine.tensor;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.Optional;
import org.jrag.engine.gguf.GgmlType;

/**
 * A Q4_0 matrix repacked at load time into groups of 8 rows with their blocks interleaved (llama.cpp's
 * {@code block_q4_0x8} idea): for each group and each block column, the 8 rows' fp16 scales, then 4 runs of 32 bytes,
 * run k holding bytes 4k to 4k + 3 of row 0's block, then of row 1's, up to row 7 (byte j holds value j in its low
 * nibble, value j + 16 in its high nibble; {@link #byteOffset}). A run is one 256-bit load of 8 rows' 16 values as 16
 * lanes of 16 bits, 4 nibbles each, which the integer kernels ({@link Q4_0x8IntegerKernels}) multiply by activations
 * rounded to 8-bit blocks with no shuffle or widening; the same bytes as the file, in another order.
 */
public record Q4_0x8Tensor(MemorySegment data, long size, int cols) implements Tensor {
    static final int ROWS = Interleaved8.ROWS;
    static final int GROUP_BLOCK_BYTES = ROWS * Q4_0Tensor.BLOCK_BYTES;

    /** Bytes of a row side by side in the payload of an interleaved block. */
    static final int RUN = 4;

    public Q4_0x8Tensor {
        Interleaved8.requireShape(GgmlType.Q4_0, Q4_0Tensor.BLOCK, size, cols);
    }

    @Override
    public GgmlType type() {
        return GgmlType.Q4_0;
    }

    /**
     * Repacks a row-major Q4_0 matrix of {@code cols} columns (rows a multiple of 8) into memory of {@code arena};
     * empty when a block scale is infinite or NaN (the interleaved kernels assume finite scales).
     */
    public static Optional<Q4_0x8Tensor> repack(Q4_0Tensor t, int cols, Arena arena) {
        return Interleaved8.repack(t.data(), t.size(), cols, Q4_0Tensor.BLOCK_BYTES, RUN, arena)
                .map(data -> new Q4_0x8Tensor(data, t.size(), cols));
    }

    /** Byte offset of the interleaved block that holds block column {@code b} of 8-row group {@code g}. */
    static long blockOffset(int cols, int g, int b) {
        return ((long) g * (cols / Q4_0Tensor.BLOCK) + b) * GROUP_BLOCK_BYTES;
    }

    /** Offset in an interleaved block of byte j (values j and j + 16) of row {@code lane}. */
    static int byteOffset(int j, int lane) {
        return Interleaved8.payloadOffset(j, lane, RUN);
    }

    /** Row {@code r % 8}'s 32 values of the interleaved block at {@code off}, as floats: (q - 8) * d. */
    static void decodeBlock(MemorySegment s, long off, int lane, float[] out, int o) {
        float d = Layouts.f16(s, off + 2L * lane);
        for (int j = 0; j < Q4_0Tensor.BLOCK / 2; j++) {
            int q = Layouts.u8(s, off + byteOffset(j, lane));
            out[o + j] = ((q & 0x0F) - 8) * d;
            out[o + j + 16] = ((q >>> 4) - 8) * d;
        }
    }

    /** Row by row: one division per row, then the row's blocks in order (prefill decodes whole row blocks). */
    @Override
    public void dequantize(long start, float[] out, int outOff, int n) {
        Interleaved8.dequantize(
                data, cols, Interleaved8.BLOCK, GROUP_BLOCK_BYTES, Q4_0x8Tensor::decodeBlock, start, out, outOff, n);
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
