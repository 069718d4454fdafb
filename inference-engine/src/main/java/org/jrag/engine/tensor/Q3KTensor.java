package org.jrag.engine.tensor;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import org.jrag.engine.gguf.GgmlType;

/**
 * Q3_K: super-blocks of 256 3-bit values in 16 sub-blocks of 16 with 6-bit scales (110 bytes); value = (d * (sc -
 * 32)) * q, q in [-4, 3]. The matrices of a {@code *-Q3_K_S/M/L.gguf}. Every value is a Q6_K value with the same d, an
 * int8 scale sc - 32 and a code q in the 6-bit range, so a block is also an exact Q6_K block ({@link #toQ6K}), which
 * is how the model serves it (the Q6_K kernels; 2.5x the file's bytes).
 */
public record Q3KTensor(MemorySegment data, long size) implements Tensor {
    static final int BLOCK = 256;
    static final int BLOCK_BYTES = 110;
    private static final int KMASK1 = 0x03030303;
    private static final int KMASK2 = 0x0f0f0f0f;

    @Override
    public GgmlType type() {
        return GgmlType.Q3_K;
    }

    @Override
    public float dot(long start, float[] x, int xOff, int n, TensorKernels kernels) {
        return LegacyBlocks.dot(this::decodeBlock, BLOCK, BLOCK_BYTES, byteOffset(start), x, xOff, n, kernels);
    }

    @Override
    public void dequantize(long start, float[] out, int outOff, int n) {
        LegacyBlocks.dequantize(this::decodeBlock, BLOCK, BLOCK_BYTES, byteOffset(start), out, outOff, n);
    }

    /** The block at {@code off}: hmask[32], qs[64], scales[12] (16 packed 6-bit values), d (fp16). */
    void decodeBlock(long off, float[] out, int o) {
        int[] q = new int[BLOCK];
        int[] sc = new int[BLOCK / 16];
        codes(off, q, sc);
        float d = Layouts.f16(data, off + 108);
        for (int v = 0; v < BLOCK; v++) {
            out[o + v] = (d * sc[v / 16]) * q[v];
        }
    }

    /**
     * The block's codes q in [-4, 3] in value order and its 16 scales sc - 32 in [-32, 31] (value v's is sc[v / 16]),
     * unpacked as ggml's {@code dequantize_row_q3_K} unpacks them.
     */
    void codes(long off, int[] q, int[] sc) {
        int aux0 = data.get(Layouts.I32, off + 96);
        int aux1 = data.get(Layouts.I32, off + 100);
        int tmp = data.get(Layouts.I32, off + 104);
        int[] aux = {
            (aux0 & KMASK2) | ((tmp & KMASK1) << 4),
            (aux1 & KMASK2) | (((tmp >>> 2) & KMASK1) << 4),
            ((aux0 >>> 4) & KMASK2) | (((tmp >>> 4) & KMASK1) << 4),
            ((aux1 >>> 4) & KMASK2) | (((tmp >>> 6) & KMASK1) << 4)
        };
        for (int i = 0; i < sc.length; i++) {
            sc[i] = ((aux[i / 4] >>> (8 * (i % 4))) & 0xFF) - 32;
        }
        for (int half = 0; half < 2; half++) {
            long qs = off + 32 + 32 * half;
            for (int j = 0; j < 4; j++) {
                int shift = 2 * j;
                int m = 1 << (j + 4 * half);
                for (int l = 0; l < 32; l++) {
                    int low = (Layouts.u8(data, qs + l) >>> shift) & 3;
                    boolean high = (Layouts.u8(data, off + l) & m) != 0;
                    q[128 * half + 32 * j + l] = low - (high ? 0 : 4);
                }
            }
        }
    }

    /** The same values as Q6_K blocks in memory of {@code arena}: same d, scales sc - 32, codes q (bit for bit). */
    public Q6KTensor toQ6K(Arena arena) {
        return LegacyBlocks.asQ6K(data, size, BLOCK_BYTES, 108, this::codes, arena);
    }
}
