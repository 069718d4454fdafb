package org.jrag.engine.model;

/**
 * Precision of the keys and values a {@link KvCache} keeps. F16 stores each key and value as an IEEE half (half the
 * memory of F32) and rounds the query that reads them too, as llama.cpp's default {@code -ctk f16 -ctv f16} cache
 * does, so outputs match llama.cpp's F16-cache numbers; F32 keeps them exact. Q8_0 stores each head's row in blocks
 * of 32 values, 8-bit codes and a half scale per block as llama.cpp's {@code -ctk q8_0 -ctv q8_0} (34 bytes per 32
 * values: 0.53 of F16's memory); attention turns a block's rows back into floats and runs the float kernels on them
 * (llama.cpp rounds the query to 8 bits for the key dots instead), so outputs sit near the F32 cache's, not on
 * llama.cpp's bits. It needs heads of a multiple of 32 values.
 */
public enum KvCacheType {
    F32,
    F16,
    Q8_0;

    /** Values per Q8_0 block (one half scale each). */
    public static final int Q8_0_BLOCK = 32;

    /** Bytes {@code values} keys or values take in this precision ({@code values} a multiple of 32 for Q8_0). */
    public long bytes(long values) {
        return switch (this) {
            case F32 -> Float.BYTES * values;
            case F16 -> Short.BYTES * values;
            case Q8_0 -> values + Short.BYTES * (values / Q8_0_BLOCK);
        };
    }
}
