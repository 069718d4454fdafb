package org.jrag.engine.tensor;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jrag.engine.gguf.GgmlType;

/**
 * What the 8-row interleaved layouts ({@link Q8_0x8Tensor}, {@link Q4_0x8Tensor}; the K-quant ones, {@link
 * Q4Kx8Tensor} and {@link Q6Kx8Tensor}, share the row-by-row decoding with blocks of 256) share: for each group of 8 rows and
 * each block column, the 8 rows' fp16 scales, then payload byte {@code j * 8 + r} = byte j of row r's block (Q4_0: runs
 * of 4 bytes per row, {@link #payloadOffset}). Only the meaning and order of the payload bytes differ between the
 * types; that is the {@link BlockDecoder} each one passes in.
 */
final class Interleaved8 {
    static final int ROWS = 8;

    /**
     * Stores the fp16 {@code half} as a float at {@code header + 4 * i}: the K-quant layouts keep their super-block
     * scales as floats, as many of them are subnormal halves (a Q6_K {@code d} usually is, and the Q4_K {@code d} of
     * weights of standard deviation 0.01), and a vector conversion of those goes through floats that are subnormal
     * too, which this core multiplied at a fraction of its rate (AMD Zen 5, one thread: the one-token Q4_K pass at 19-22
     * G multiply-adds a second against 27-34 for Q4_0). The kernels then load them (4 more bytes per row and value of
     * {@code d}, nothing to convert).
     */
    static void setScale(MemorySegment dst, long header, int i, short half) {
        dst.set(Layouts.F32, header + 4L * i, Float.float16ToFloat(half));
    }

    /** Offset of the 8 rows' {@code dmin} floats in a Q4_K or Q5_K super-block header (after their {@code d}). */
    static final int DMIN_BYTES = 4 * ROWS;

    /** Float {@code i} of a super-block header written by {@link #setScale}. */
    static float scale(MemorySegment s, long header, int i) {
        return s.get(Layouts.F32, header + 4L * i);
    }

    /**
     * Offset in an interleaved block (after the 8 rows' fp16 scales) of payload byte j of row r when the payload
     * comes in runs of {@code run} bytes per row: run {@code j / run} holds the 8 rows' runs one after another.
     */
    static int payloadOffset(int j, int r, int run) {
        return 2 * ROWS + (j / run) * ROWS * run + r * run + j % run;
    }

    /**
     * Rejects a shape an 8-row interleaved matrix of {@code type} cannot hold: columns a multiple of its {@code block}
     * and whole groups of 8 rows.
     */
    static void requireShape(GgmlType type, int block, long size, int cols) {
        if (cols <= 0 || cols % block != 0 || size % ((long) ROWS * cols) != 0) {
            throw new IllegalArgumentException("an 8-row interleaved " + type + " matrix needs cols a multiple of "
                    + block + " and rows of 8, got: " + size + " elements of " + cols + " columns");
        }
    }

    /** Values per block of both Q8_0 and Q4_0. */
    static final int BLOCK = 32;

    private Interleaved8() {}

    /** Decodes row {@code lane}'s 32 values of the interleaved block at byte {@code off} into {@code out[o ..]}. */
    @FunctionalInterface
    interface BlockDecoder {
        void decode(MemorySegment s, long off, int lane, float[] out, int o);
    }

    /**
     * Copies a row-major quantised matrix of {@code cols} columns (rows a multiple of 8, blocks of {@code blockBytes}
     * bytes: an fp16 scale then the payload) into the interleaved order, in memory of {@code arena}; empty when a
     * block scale is infinite or NaN (the interleaved kernels convert scales assuming they are finite, so such a
     * matrix stays row-major).
     */
    static Optional<MemorySegment> repack(MemorySegment src, long size, int cols, int blockBytes, Arena arena) {
        return repack(src, size, cols, blockBytes, 1, arena);
    }

    /**
     * As {@link #repack(MemorySegment, long, int, int, Arena)} with the payload in runs of {@code run} bytes per row:
     * byte j of row r at {@link #payloadOffset}{@code (j, r, run)} (run 1: byte {@code j * 8 + r}).
     */
    static Optional<MemorySegment> repack(
            MemorySegment src, long size, int cols, int blockBytes, int run, Arena arena) {
        MemorySegment dst = HugePages.allocate(arena, src.byteSize());
        int blocks = cols / BLOCK;
        int groups = (int) (size / ((long) ROWS * cols));
        int groupBlockBytes = ROWS * blockBytes;
        int payload = blockBytes - 2;
        AtomicBoolean nonFinite = new AtomicBoolean();
        ParallelRows.run(groups, (long) cols * ROWS, (lo, hi) -> {
            boolean special = false;
            for (int g = lo; g < hi; g++) {
                for (int b = 0; b < blocks; b++) {
                    long o = ((long) g * blocks + b) * groupBlockBytes;
                    for (int r = 0; r < ROWS; r++) {
                        long s = (((long) g * ROWS + r) * blocks + b) * blockBytes;
                        short scale = src.get(Layouts.I16, s);
                        special |= (scale & 0x7C00) == 0x7C00;
                        dst.set(Layouts.I16, o + 2 * r, scale);
                        for (int j = 0; j < payload; j++) {
                            dst.set(ValueLayout.JAVA_BYTE, o + payloadOffset(j, r, run), Layouts.i8(src, s + 2 + j));
                        }
                    }
                }
            }
            if (special) {
                nonFinite.set(true);
            }
        });
        return nonFinite.get() ? Optional.empty() : Optional.of(dst);
    }

    /**
     * Copies row r's super-block of a row-major K-quant matrix (the file's bytes at {@code src[s]}) into lane r of the
     * repacked group super-block at {@code dst[o]}, using {@code codes} (256 ints) as scratch where it decodes the
     * codes first; true when one of its scales is infinite or NaN.
     */
    @FunctionalInterface
    interface SuperBlockRow {
        boolean copy(MemorySegment src, long s, MemorySegment dst, long o, int r, int[] codes);
    }

    /**
     * What the K-quant repacks share: a row-major matrix of {@code cols} columns in super-blocks of 256 values
     * ({@code blockBytes} each in the file) copied row by row through {@code row} into groups of 8 rows ({@code
     * groupSuperBytes} per group and super-block column), in parallel over the groups, into memory of {@code arena};
     * empty when the rows do not come in whole groups or whole super-blocks, or a scale is not finite.
     */
    static Optional<MemorySegment> repackSuperBlocks(
            MemorySegment src,
            long size,
            int cols,
            int blockBytes,
            int groupSuperBytes,
            SuperBlockRow row,
            Arena arena) {
        int block = Q4KTensor.BLOCK;
        if (cols <= 0 || cols % block != 0 || size % ((long) ROWS * cols) != 0) {
            return Optional.empty();
        }
        MemorySegment dst = HugePages.allocate(arena, size / ((long) ROWS * block) * groupSuperBytes);
        int supers = cols / block;
        int groups = (int) (size / ((long) ROWS * cols));
        AtomicBoolean nonFinite = new AtomicBoolean();
        ParallelRows.run(groups, (long) cols * ROWS, (lo, hi) -> {
            boolean special = false;
            int[] codes = new int[block];
            for (int g = lo; g < hi; g++) {
                for (int sb = 0; sb < supers; sb++) {
                    long o = ((long) g * supers + sb) * groupSuperBytes;
                    for (int r = 0; r < ROWS; r++) {
                        long s = (((long) g * ROWS + r) * supers + sb) * blockBytes;
                        special |= row.copy(src, s, dst, o, r, codes);
                    }
                }
            }
            if (special) {
                nonFinite.set(true);
            }
        });
        return nonFinite.get() ? Optional.empty() : Optional.of(dst);
    }

    /**
     * Elements [start, start + n) of the row-major matrix, row by row, block by block: blocks of {@code blockValues}
     * values per row (32; 256 for the K-quant super-blocks), {@code groupBlockBytes} for 8 rows.
     */
    static void dequantize(
            MemorySegment data,
            int cols,
            int blockValues,
            int groupBlockBytes,
            BlockDecoder decoder,
            long start,
            float[] out,
            int outOff,
            int n) {
        int blocks = cols / blockValues;
        long e = start;
        int o = outOff;
        while (e < start + n) {
            int row = (int) (e / cols);
            int b = (int) (e % cols) / blockValues;
            long off = ((long) (row / ROWS) * blocks + b) * groupBlockBytes;
            for (; b < blocks && e < start + n; b++, e += blockValues, o += blockValues, off += groupBlockBytes) {
                decoder.decode(data, off, row % ROWS, out, o);
            }
        }
    }

    /**
     * The scalar reference of an interleaved matrix times {@code tokens} activation rows, rows [from, to):
     * {@code out[outOff + t * outStride + r] = W[r, :] . x[t * cols ..]}, each block's products summed in order, then
     * the block sums.
     */
    static void matmul(
            BlockDecoder decoder,
            int groupBlockBytes,
            MemorySegment w,
            int cols,
            float[] x,
            int tokens,
            float[] out,
            int outOff,
            int outStride,
            int from,
            int to) {
        int blocks = cols / BLOCK;
        float[] tmp = new float[BLOCK];
        for (int r = from; r < to; r++) {
            for (int t = 0; t < tokens; t++) {
                float sum = 0f;
                for (int b = 0; b < blocks; b++) {
                    decoder.decode(w, ((long) (r / ROWS) * blocks + b) * groupBlockBytes, r % ROWS, tmp, 0);
                    float block = 0f;
                    for (int j = 0; j < BLOCK; j++) {
                        block += tmp[j] * x[t * cols + b * BLOCK + j];
                    }
                    sum += block;
                }
                out[outOff + t * outStride + r] = sum;
            }
        }
    }

    /**
     * Reference dot of elements [start, start + n) with x, block by block ({@code blockValues} values) as the scalar
     * kernels sum.
     */
    static float dot(Tensor t, int blockValues, long start, float[] x, int xOff, int n) {
        float[] w = new float[blockValues];
        float sum = 0f;
        for (int k = 0; k < n; k += blockValues) {
            t.dequantize(start + k, w, 0, blockValues);
            float block = 0f;
            for (int j = 0; j < blockValues; j++) {
                block += w[j] * x[xOff + k + j];
            }
            sum += block;
        }
        return sum;
    }
}
