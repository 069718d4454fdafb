package org.jrag.engine.model;

/**
 * Precision of the keys and values a {@link KvCache} keeps. F16 stores each key and value as an IEEE half (half the
 * memory of F32) and rounds the query that reads them too, as llama.cpp's default {@code -ctk f16 -ctv f16} cache
 * does, so outputs match llama.cpp's F16-cache numbers; F32 keeps them exact.
 */
public enum KvCacheType {
    F32,
    F16
}
