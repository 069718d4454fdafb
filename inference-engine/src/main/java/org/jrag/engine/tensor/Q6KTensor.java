package org.jrag.engine.tensor;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import org.jrag.engine.gguf.GgmlType;

/** Q6_K: super-blocks of 256 6-bit values in 16 sub-blocks of 16 with int8 scales (210 bytes). */
public record Q6KTensor(MemorySegment data, long size) implements Tensor {
    @Override
    public GgmlType type() {
        return GgmlType.Q6_K;
    }

    @Override
    public float dot(long start, float[] x, int xOff, int n, TensorKernels kernels) {
        return kernels.dotQ6K(data, byteOffset(start), x, xOff, n);
    }

    static final int BLOCK = 256;
    static final int BLOCK_BYTES = 210;

    @Override
    public void dequantize(long start, float[] out, int outOff, int n) {
        long off = byteOffset(start);
        for (int b = 0; b < n / BLOCK; b++, off += BLOCK_BYTES) {
            decodeBlock(data, off, out, outOff + b * BLOCK);
        }
    }

    /**
     * Block layout: ql[128] (low 4 bits), qh[64] (high 2 bits), scales[16] (int8), d (fp16). Each half of 128
     * values uses 64 ql, 32 qh and 8 scales; value = (d*sc)*(q - 32).
     */
    static void decodeBlock(MemorySegment s, long off, float[] out, int o) {
        float d = Layouts.f16(s, off + 208);
        for (int half = 0; half < 2; half++) {
            long ql = off + 64 * half;
            long qh = off + 128 + 32 * half;
            long sc = off + 192 + 8 * half;
            int y = o + 128 * half;
            for (int l = 0; l < 32; l++) {
                int is = l / 16;
                int a = Layouts.u8(s, ql + l);
                int b = Layouts.u8(s, ql + l + 32);
                int h = Layouts.u8(s, qh + l);
                int q1 = ((a & 0x0F) | ((h & 3) << 4)) - 32;
                int q2 = ((b & 0x0F) | (((h >>> 2) & 3) << 4)) - 32;
                int q3 = ((a >>> 4) | (((h >>> 4) & 3) << 4)) - 32;
                int q4 = ((b >>> 4) | (((h >>> 6) & 3) << 4)) - 32;
                out[y + l] = (d * Layouts.i8(s, sc + is)) * q1;
                out[y + l + 32] = (d * Layouts.i8(s, sc + is + 2)) * q2;
                out[y + l + 64] = (d * Layouts.i8(s, sc + is + 4)) * q3;
                out[y + l + 96] = (d * Layouts.i8(s, sc + is + 6)) * q4;
            }
        }
    }

    /** The 256 codes {@code q - 32} (in [-32, 31]) of the block at {@code off}, in value order; value v's scale is
     * {@code scales[v / 16]}. */
    static void codes(MemorySegment s, long off, int[] q) {
        for (int half = 0; half < 2; half++) {
            long ql = off + 64 * half;
            long qh = off + 128 + 32 * half;
            int y = 128 * half;
            for (int l = 0; l < 32; l++) {
                int a = Layouts.u8(s, ql + l);
                int b = Layouts.u8(s, ql + l + 32);
                int h = Layouts.u8(s, qh + l);
                q[y + l] = ((a & 0x0F) | ((h & 3) << 4)) - 32;
                q[y + l + 32] = ((b & 0x0F) | (((h >>> 2) & 3) << 4)) - 32;
                q[y + l + 64] = ((a >>> 4) | (((h >>> 4) & 3) << 4)) - 32;
                q[y + l + 96] = ((b >>> 4) | (((h >>> 6) & 3) << 4)) - 32;
            }
        }
    }

    /**
     * Writes the block whose codes {@code q - 32} (in [-32, 31], value order) are q, with int8 scales sc (value v's is
     * sc[v / 16]) and d's fp16 bits: the inverse of {@link #codes}.
     */
    static void encodeBlock(int[] q, int[] sc, short d, MemorySegment s, long off) {
        for (int half = 0; half < 2; half++) {
            long ql = off + 64 * half;
            long qh = off + 128 + 32 * half;
            int y = 128 * half;
            for (int l = 0; l < 32; l++) {
                int q1 = q[y + l] + 32;
                int q2 = q[y + l + 32] + 32;
                int q3 = q[y + l + 64] + 32;
                int q4 = q[y + l + 96] + 32;
                s.set(ValueLayout.JAVA_BYTE, ql + l, (byte) ((q1 & 0x0F) | (q3 & 0x0F) << 4));
                s.set(ValueLayout.JAVA_BYTE, ql + l + 32, (byte) ((q2 & 0x0F) | (q4 & 0x0F) << 4));
                s.set(ValueLayout.JAVA_BYTE, qh + l, (byte)
                        ((q1 >>> 4) | (q2 >>> 4) << 2 | (q3 >>> 4) << 4 | (q4 >>> 4) << 6));
            }
        }
        for (int i = 0; i < 16; i++) {
            s.set(ValueLayout.JAVA_BYTE, off + 192 + i, (byte) sc[i]);
        }
        s.set(Layouts.I16, off + 208, d);
    }
}
