package org.jrag.engine.tensor;

import java.lang.foreign.MemorySegment;
import org.jrag.engine.gguf.GgmlType;

/**
 * IQ4_XS: super-blocks of 256 4-bit indices into IQ4_NL's non-linear table ({@link IQ4_NLTensor}), in 8 sub-blocks
 * of 32 with 6-bit scales (136 bytes); value = (d * (ls - 32)) * table[index]. The type of many published
 * {@code *-IQ4_XS.gguf} files. Its values are int8 table values times a per-sub-block scale that fp16 cannot hold
 * exactly and codes that no 6-bit Q6_K code holds, so no kernel of another type serves it bit for bit. Where the
 * integer passes run, the model repacks it ({@link IQ4_XSx8Tensor}, float scales); elsewhere it stays in the mapping,
 * and its own dot product ({@link TensorKernels#dotIQ4XS}) looks the codes up 16 at a time.
 */
public record IQ4_XSTensor(MemorySegment data, long size) implements Tensor {
    static final int BLOCK = 256;
    static final int BLOCK_BYTES = 136;

    @Override
    public GgmlType type() {
        return GgmlType.IQ4_XS;
    }

    @Override
    public float dot(long start, float[] x, int xOff, int n, TensorKernels kernels) {
        return kernels.dotIQ4XS(data, byteOffset(start), x, xOff, n);
    }

    @Override
    public void dequantize(long start, float[] out, int outOff, int n) {
        LegacyBlocks.dequantize(
                (off, values, at) -> decodeBlock(data, off, values, at),
                BLOCK,
                BLOCK_BYTES,
                byteOffset(start),
                out,
                outOff,
                n);
    }

    /** The 4 low bits of the block's 8 sub-block scales: sub-block s's at bits [4 s, 4 s + 4). */
    static int lowScaleBits(MemorySegment w, long off) {
        return w.get(Layouts.I32, off + 4);
    }

    /** The 2 high bits of the block's 8 sub-block scales: sub-block s's at bits [2 s, 2 s + 2). */
    static int highScaleBits(MemorySegment w, long off) {
        return w.get(Layouts.I16, off + 2);
    }

    /** Sub-block s's scale ls - 32, in [-32, 31], from the block's {@link #lowScaleBits} and {@link #highScaleBits}. */
    static int subScale(int low, int high, int s) {
        return ((low >>> (4 * s)) & 0x0F | ((high >>> (2 * s)) & 3) << 4) - 32;
    }

    /**
     * The block at {@code off}: d (fp16), scales_h (u16: 2 high bits per sub-block), scales_l[4] (4 low bits per
     * sub-block, two to a byte), qs[128]: sub-block s holds qs[16 s .. 16 s + 16), value j of it in the low nibble of
     * byte j, value j + 16 in the high one (ggml's {@code dequantize_row_iq4_xs}).
     */
    static void decodeBlock(MemorySegment w, long off, float[] out, int o) {
        float d = Layouts.f16(w, off);
        int low = lowScaleBits(w, off);
        int high = highScaleBits(w, off);
        for (int s = 0; s < BLOCK / 32; s++) {
            float dl = d * subScale(low, high, s);
            long qs = off + 8 + 16L * s;
            int v = o + 32 * s;
            for (int j = 0; j < 16; j++) {
                int q = Layouts.u8(w, qs + j);
                out[v + j] = dl * IQ4_NLTensor.TABLE[q & 0x0F];
                out[v + j + 16] = dl * IQ4_NLTensor.TABLE[q >>> 4];
            }
        }
    }
}
