package org.jrag.engine.tensor;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jrag.engine.gguf.GgmlType;

/**
 * An IQ4_XS matrix repacked at load time for the integer passes ({@link IntegerPasses#matmulIQ4_XS}): groups of 8
 * rows, and for each group and each column block of 32 values (a sub-block of the file's super-blocks of 256), the 8
 * rows' scales {@code d * (ls - 32)} as floats (exact: an fp16 {@code d} times a 6-bit integer; no fp16 holds them),
 * then the 8 rows' 16 code bytes in 4 runs of 32 bytes as {@link Q4_0x8Tensor} lays out its nibbles: run k holds bytes
 * 4k to 4k + 3 of row 0's sub-block, then of row 1's, up to row 7 (byte j holds code j in its low nibble, code j + 16 in
 * its high one). A value is its scale times IQ4_NL's table entry for the code ({@link IQ4_NLTensor#TABLE}). 5 bits a
 * value against the file's 4.25 (a float scale per 32 values where the file has 6 bits and a share of an fp16).
 */
public record IQ4_XSx8Tensor(MemorySegment data, long size, int cols) implements Tensor {
    static final int ROWS = Interleaved8.ROWS;
    static final int BLOCK = Interleaved8.BLOCK;

    /** Bytes of the 8 rows' float scales at the head of an interleaved block. */
    static final int SCALE_BYTES = 4 * ROWS;

    static final int GROUP_BLOCK_BYTES = SCALE_BYTES + ROWS * BLOCK / 2;

    /** Bytes of a row side by side in the codes of an interleaved block. */
    static final int RUN = 4;

    public IQ4_XSx8Tensor {
        Interleaved8.requireShape(GgmlType.IQ4_XS, IQ4_XSTensor.BLOCK, size, cols);
    }

    @Override
    public GgmlType type() {
        return GgmlType.IQ4_XS;
    }

    /**
     * The repacked copy (in {@code arena}) of an IQ4_XS matrix of {@code cols} columns where the integer passes run
     * here; else, or when the rows do not come in whole groups of 8 or a super-block scale is not finite, empty (the
     * matrix then stays where it lies, a row at a time through {@link TensorKernels#dotIQ4XS}).
     */
    public static Optional<IQ4_XSx8Tensor> repackForKernels(IQ4_XSTensor t, int cols, Arena arena) {
        return IntegerPasses.available() ? repack(t, cols, arena) : Optional.empty();
    }

    /** The repacked copy of {@code t}, wherever the passes run or not (tests); empty as {@link #repackForKernels}. */
    static Optional<IQ4_XSx8Tensor> repack(IQ4_XSTensor t, int cols, Arena arena) {
        long size = t.size();
        if (cols <= 0 || cols % IQ4_XSTensor.BLOCK != 0 || size % ((long) ROWS * cols) != 0) {
            return Optional.empty();
        }
        MemorySegment src = t.data();
        MemorySegment dst = HugePages.allocate(arena, size / BLOCK * (GROUP_BLOCK_BYTES / ROWS));
        int supers = cols / IQ4_XSTensor.BLOCK;
        int groups = (int) (size / ((long) ROWS * cols));
        AtomicBoolean nonFinite = new AtomicBoolean();
        ParallelRows.run(groups, (long) cols * ROWS, (lo, hi) -> {
            boolean special = false;
            for (int g = lo; g < hi; g++) {
                for (int r = 0; r < ROWS; r++) {
                    for (int sb = 0; sb < supers; sb++) {
                        long s = (((long) g * ROWS + r) * supers + sb) * IQ4_XSTensor.BLOCK_BYTES;
                        short half = src.get(Layouts.I16, s);
                        special |= (half & 0x7C00) == 0x7C00;
                        float d = Float.float16ToFloat(half);
                        int low = IQ4_XSTensor.lowScaleBits(src, s);
                        int high = IQ4_XSTensor.highScaleBits(src, s);
                        for (int sub = 0; sub < IQ4_XSTensor.BLOCK / BLOCK; sub++) {
                            long o = blockOffset(cols, g, sb * (IQ4_XSTensor.BLOCK / BLOCK) + sub);
                            dst.set(Layouts.F32, o + 4L * r, d * IQ4_XSTensor.subScale(low, high, sub));
                            for (int j = 0; j < BLOCK / 2; j++) {
                                dst.set(
                                        ValueLayout.JAVA_BYTE,
                                        o + codeOffset(j, r),
                                        Layouts.i8(src, s + 8 + 16L * sub + j));
                            }
                        }
                    }
                }
            }
            if (special) {
                nonFinite.set(true);
            }
        });
        return nonFinite.get() ? Optional.empty() : Optional.of(new IQ4_XSx8Tensor(dst, size, cols));
    }

    /** Byte offset of the interleaved block that holds column block {@code b} of 8-row group {@code g}. */
    static long blockOffset(int cols, int g, int b) {
        return ((long) g * (cols / BLOCK) + b) * GROUP_BLOCK_BYTES;
    }

    /**
     * Offset in an interleaved block of code byte j (codes j and j + 16) of row {@code lane}: Q4_0x8's payload order
     * after float scales where it has fp16 ones.
     */
    static int codeOffset(int j, int lane) {
        return SCALE_BYTES - 2 * ROWS + Interleaved8.payloadOffset(j, lane, RUN);
    }

    /** Row {@code lane}'s scale in the interleaved block at {@code off}. */
    static float scale(MemorySegment s, long off, int lane) {
        return s.get(Layouts.F32, off + 4L * lane);
    }

    /** Row {@code lane}'s table value of value j (0-31) in the interleaved block at {@code off}. */
    static int code(MemorySegment s, long off, int j, int lane) {
        int q = Layouts.u8(s, off + codeOffset(j % 16, lane));
        return IQ4_NLTensor.TABLE[j < 16 ? q & 0x0F : q >>> 4];
    }

    /** Row {@code lane}'s 32 values of the interleaved block at {@code off}, as floats: scale * table value. */
    static void decodeBlock(MemorySegment s, long off, int lane, float[] out, int o) {
        float d = scale(s, off, lane);
        for (int j = 0; j < BLOCK; j++) {
            out[o + j] = d * code(s, off, j, lane);
        }
    }

    @Override
    public void dequantize(long start, float[] out, int outOff, int n) {
        Interleaved8.dequantize(
                data, cols, BLOCK, GROUP_BLOCK_BYTES, IQ4_XSx8Tensor::decodeBlock, start, out, outOff, n);
    }

    /** Reference dot, block by block as the scalar kernels sum; matrix products use the passes. */
    @Override
    public float dot(long start, float[] x, int xOff, int n, TensorKernels kernels) {
        return Interleaved8.dot(this, BLOCK, start, x, xOff, n);
    }

    /** Interleaved rows have no linear element-to-byte mapping. */
    @Override
    public long byteOffset(long start) {
        throw new UnsupportedOperationException("an interleaved matrix has no linear byte offset");
    }
}
