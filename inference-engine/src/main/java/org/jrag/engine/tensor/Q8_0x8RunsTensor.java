package org.jrag.engine.tensor;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.Optional;
import org.jrag.engine.gguf.GgmlType;

/**
 * A Q8_0 matrix repacked at load time into groups of 8 rows as {@link Q8_0x8Tensor}, but each row's values in runs of
 * 4 bytes as {@link Q4_0x8Tensor}'s: for each group and each block column, the 8 rows' fp16 scales, then 8 runs of 32
 * bytes, run k holding values 4k to 4k + 3 of row 0, then of row 1, up to row 7 ({@link
 * Interleaved8#payloadOffset}). A run is what the integer passes multiply ({@link IntegerPasses}: one dword a row),
 * so they take it as loaded, where {@link Q8_0x8Tensor}'s column order costs a {@code vpermd} and a {@code vpshufb}
 * per 32 bytes on AVX2 and a {@code vpermb} (AVX512_VBMI) per 64 on VNNI. The weights take this order where the passes
 * run ({@link #repackForKernels}); the float kernels, which widen a column of 8 rows at a time, keep the other.
 */
public record Q8_0x8RunsTensor(MemorySegment data, long size, int cols) implements Tensor {
    static final int ROWS = Interleaved8.ROWS;
    static final int GROUP_BLOCK_BYTES = Q8_0x8Tensor.GROUP_BLOCK_BYTES;

    /** Values of a row side by side in the payload of an interleaved block. */
    static final int RUN = 4;

    public Q8_0x8RunsTensor {
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
    public static Optional<Q8_0x8RunsTensor> repack(Q8_0Tensor t, int cols, Arena arena) {
        return Interleaved8.repack(t.data(), t.size(), cols, Q8_0Tensor.BLOCK_BYTES, RUN, arena)
                .map(data -> new Q8_0x8RunsTensor(data, t.size(), cols));
    }

    /**
     * The 8-row interleaved order the preferred kernels multiply fastest: runs of 4 where the integer passes run
     * ({@link PanamaTensorKernels#integerPassesAvailable()}), else {@link Q8_0x8Tensor}'s columns; empty as {@link
     * #repack}.
     */
    public static Optional<Tensor> repackForKernels(Q8_0Tensor t, int cols, Arena arena) {
        return preferred()
                ? repack(t, cols, arena).map(r -> r)
                : Q8_0x8Tensor.repack(t, cols, arena).map(r -> r);
    }

    /** Whether {@link #repackForKernels} takes this order here (the integer passes run). */
    public static boolean preferred() {
        return IntegerPasses.takesRuns();
    }

    /** Row {@code lane}'s 32 values of the interleaved block at {@code off}, as floats: q * d. */
    static void decodeBlock(MemorySegment s, long off, int lane, float[] out, int o) {
        float d = Layouts.f16(s, off + 2L * lane);
        for (int j = 0; j < Q8_0Tensor.BLOCK; j++) {
            out[o + j] = Layouts.i8(s, off + Interleaved8.payloadOffset(j, lane, RUN)) * d;
        }
    }

    /** Row by row: one division per row, then the row's blocks in order. */
    @Override
    public void dequantize(long start, float[] out, int outOff, int n) {
        Interleaved8.dequantize(
                data,
                cols,
                Interleaved8.BLOCK,
                GROUP_BLOCK_BYTES,
                Q8_0x8RunsTensor::decodeBlock,
                start,
                out,
                outOff,
                n);
    }

    /** Reference dot of elements [start, start + n) with x, block by block as the scalar kernels sum. */
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
