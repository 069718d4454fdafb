package org.jrag.engine.model;

/**
 * Precision of the keys and values a {@link KvCache} keeps. F16 rounds each stored key and value (and the
 * query that reads them) to IEEE half precision, as llama.cpp's default {@code -ctk f16 -ctv f16} cache does, so
 * outputs match llama.cpp's F16-cache numbers; F32 keeps them exact.
 */
public enum KvCacheType {
    F32,
    F16
}
