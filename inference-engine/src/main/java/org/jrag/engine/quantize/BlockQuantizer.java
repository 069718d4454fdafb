package org.jrag.engine.quantize;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import org.jrag.engine.gguf.GgmlType;

/**
 * Encodes blocks of 32 floats into a legacy ggml block type, rounding exactly as ggml's reference
 * {@code quantize_row_q8_0_ref} / {@code quantize_row_q4_0_ref} do, so files match llama-quantize's bit for bit.
 */
public sealed interface BlockQuantizer permits BlockQuantizer.Q8_0, BlockQuantizer.Q4_0 {
    int BLOCK = 32;
    ValueLayout.OfShort F16 = ValueLayout.JAVA_SHORT_UNALIGNED;

    GgmlType type();

    /** Encodes x[from .. from + 32) into the block at {@code out + offset}. */
    void encodeBlock(float[] x, int from, MemorySegment out, long offset);

    static BlockQuantizer of(GgmlType type) {
        return switch (type) {
            case Q8_0 -> new Q8_0();
            case Q4_0 -> new Q4_0();
            default -> throw new IllegalArgumentException("quantize target must be Q8_0 or Q4_0, got: " + type);
        };
    }

    /**
     * One Q8_0 block of x[from .. from + 32) as {@code quantize_row_q8_0_ref} rounds it: its 32 codes into codes[at
     * ..]; returns its scale d = max|x| / 127 as an IEEE half. The KV cache's Q8_0 rows take the same blocks.
     */
    static short encodeQ8_0(float[] x, int from, byte[] codes, int at) {
        float amax = 0f;
        for (int j = 0; j < BLOCK; j++) {
            amax = Math.max(amax, Math.abs(x[from + j]));
        }
        float d = amax / 127f;
        float id = d != 0f ? 1f / d : 0f;
        for (int j = 0; j < BLOCK; j++) {
            codes[at + j] = (byte) roundHalfAway(x[from + j] * id);
        }
        return Float.floatToFloat16(d);
    }

    /** C's roundf: halves away from zero (Java's Math.round sends -2.5 to -2). */
    private static int roundHalfAway(float v) {
        return v < 0 ? -Math.round(-v) : Math.round(v);
    }

    /** d = max|x| / 127, q = round(x / d): 34 bytes (fp16 d, 32 x int8). */
    record Q8_0() implements BlockQuantizer {
        @Override
        public GgmlType type() {
            return GgmlType.Q8_0;
        }

        @Override
        public void encodeBlock(float[] x, int from, MemorySegment out, long offset) {
            byte[] codes = new byte[BLOCK];
            out.set(F16, offset, encodeQ8_0(x, from, codes, 0));
            MemorySegment.copy(codes, 0, out, ValueLayout.JAVA_BYTE, offset + 2, BLOCK);
        }
    }

    /**
     * d = (the value of largest magnitude) / -8, q = min(15, (int) (x / d + 8.5)): 18 bytes (fp16 d, element j in
     * the low nibble of byte j, element j + 16 in its high nibble).
     */
    record Q4_0() implements BlockQuantizer {
        @Override
        public GgmlType type() {
            return GgmlType.Q4_0;
        }

        @Override
        public void encodeBlock(float[] x, int from, MemorySegment out, long offset) {
            float amax = 0f;
            float max = 0f;
            for (int j = 0; j < BLOCK; j++) {
                float v = x[from + j];
                if (amax < Math.abs(v)) {
                    amax = Math.abs(v);
                    max = v;
                }
            }
            float d = max / -8f;
            float id = d != 0f ? 1f / d : 0f;
            out.set(F16, offset, Float.floatToFloat16(d));
            for (int j = 0; j < BLOCK / 2; j++) {
                int lo = Math.min(15, (int) (byte) (x[from + j] * id + 8.5f));
                int hi = Math.min(15, (int) (byte) (x[from + j + BLOCK / 2] * id + 8.5f));
                out.set(ValueLayout.JAVA_BYTE, offset + 2 + j, (byte) (lo | (hi << 4)));
            }
        }
    }
}
