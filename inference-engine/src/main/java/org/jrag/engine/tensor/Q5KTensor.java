package org.jrag.engine.tensor;

import java.lang.foreign.MemorySegment;
import org.jrag.engine.gguf.GgmlType;

/** Q5_K: like Q4_K with a fifth bit per value from qh (176 bytes). */
public record Q5KTensor(MemorySegment data, long size) implements Tensor {
    @Override
    public GgmlType type() {
        return GgmlType.Q5_K;
    }

    @Override
    public float dot(long start, float[] x, int xOff, int n, TensorKernels kernels) {
        return kernels.dotQ5K(data, byteOffset(start), x, xOff, n);
    }

    static final int BLOCK = 256;
    static final int BLOCK_BYTES = 176;

    @Override
    public void dequantize(long start, float[] out, int outOff, int n) {
        long off = byteOffset(start);
        for (int b = 0; b < n / BLOCK; b++, off += BLOCK_BYTES) {
            decodeBlock(data, off, out, outOff + b * BLOCK);
        }
    }

    /**
     * Block layout: d, dmin (fp16), scales[12] (as Q4_K), qh[32], qs[128]. Value l of sub-block pair j takes bit
     * 2j (low half) or 2j+1 (high half) of qh[l] as its fifth bit; value = (d*sc)*q - (dmin*m).
     */
    static void decodeBlock(MemorySegment s, long off, float[] out, int o) {
        float d = Layouts.f16(s, off);
        float dmin = Layouts.f16(s, off + 2);
        long scales = off + 4;
        long qh = off + 16;
        long qs = off + 48;
        for (int j = 0; j < 4; j++) {
            int is = 2 * j;
            float d1 = d * Q4KTensor.scale(s, scales, is);
            float m1 = dmin * Q4KTensor.min(s, scales, is);
            float d2 = d * Q4KTensor.scale(s, scales, is + 1);
            float m2 = dmin * Q4KTensor.min(s, scales, is + 1);
            for (int l = 0; l < 32; l++) {
                int q = Layouts.u8(s, qs + 32 * j + l);
                int h = Layouts.u8(s, qh + l);
                out[o + 64 * j + l] = d1 * ((q & 0x0F) + (((h >>> (2 * j)) & 1) << 4)) - m1;
                out[o + 64 * j + 32 + l] = d2 * ((q >>> 4) + (((h >>> (2 * j + 1)) & 1) << 4)) - m2;
            }
        }
    }

    /** The 256 codes (5 bits, 0-31) of the block at {@code off}, in value order; sub-block k is values [32k, 32k + 32). */
    static void codes(MemorySegment s, long off, int[] q) {
        long qh = off + 16;
        long qs = off + 48;
        for (int j = 0; j < 4; j++) {
            for (int l = 0; l < 32; l++) {
                int b = Layouts.u8(s, qs + 32 * j + l);
                int h = Layouts.u8(s, qh + l);
                q[64 * j + l] = (b & 0x0F) + (((h >>> (2 * j)) & 1) << 4);
                q[64 * j + 32 + l] = (b >>> 4) + (((h >>> (2 * j + 1)) & 1) << 4);
            }
        }
    }
}
