package org.jrag.engine.tensor;

import java.lang.foreign.MemorySegment;
import org.jrag.engine.gguf.GgmlType;

/** Q4_K: super-blocks of 256 4-bit values in 8 sub-blocks of 32, each with a 6-bit scale and min (144 bytes). */
public record Q4KTensor(MemorySegment data, long size) implements Tensor {
    @Override
    public GgmlType type() {
        return GgmlType.Q4_K;
    }

    @Override
    public float dot(long start, float[] x, int xOff, int n, TensorKernels kernels) {
        return kernels.dotQ4K(data, byteOffset(start), x, xOff, n);
    }

    static final int BLOCK = 256;
    static final int BLOCK_BYTES = 144;

    @Override
    public void dequantize(long start, float[] out, int outOff, int n) {
        long off = byteOffset(start);
        for (int b = 0; b < n / BLOCK; b++, off += BLOCK_BYTES) {
            decodeBlock(data, off, out, outOff + b * BLOCK);
        }
    }

    /**
     * Block layout: d (fp16), dmin (fp16), scales[12] (8 packed 6-bit scale/min pairs), qs[128]. Sub-block pair
     * j (64 values) uses the low nibbles of qs[32j..32j+32) then their high nibbles; value = (d*sc)*q - (dmin*m).
     */
    static void decodeBlock(MemorySegment s, long off, float[] out, int o) {
        float d = Layouts.f16(s, off);
        float dmin = Layouts.f16(s, off + 2);
        long scales = off + 4;
        long qs = off + 16;
        for (int j = 0; j < 4; j++) {
            int is = 2 * j;
            float d1 = d * scale(s, scales, is);
            float m1 = dmin * min(s, scales, is);
            float d2 = d * scale(s, scales, is + 1);
            float m2 = dmin * min(s, scales, is + 1);
            for (int l = 0; l < 32; l++) {
                int q = Layouts.u8(s, qs + 32 * j + l);
                out[o + 64 * j + l] = d1 * (q & 0x0F) - m1;
                out[o + 64 * j + 32 + l] = d2 * (q >>> 4) - m2;
            }
        }
    }

    /** 6-bit scale of sub-block j (ggml get_scale_min_k4). */
    static int scale(MemorySegment s, long scales, int j) {
        if (j < 4) {
            return Layouts.u8(s, scales + j) & 63;
        }
        return (Layouts.u8(s, scales + j + 4) & 0x0F) | ((Layouts.u8(s, scales + j - 4) >>> 6) << 4);
    }

    /** 6-bit min of sub-block j (ggml get_scale_min_k4). */
    static int min(MemorySegment s, long scales, int j) {
        if (j < 4) {
            return Layouts.u8(s, scales + j + 4) & 63;
        }
        return (Layouts.u8(s, scales + j + 4) >>> 4) | ((Layouts.u8(s, scales + j) >>> 6) << 4);
    }
}
