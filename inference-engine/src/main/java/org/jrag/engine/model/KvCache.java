package org.jrag.engine.model;

/**
 * Keys and values per layer, [position][kvDim] row-major: the mutable state that makes decoding one token cost
 * O(context) instead of O(context^2). Held as float32; with {@link KvCacheType#F16} every stored value is rounded
 * to half precision on the way in (numerically an F16 cache; the storage itself stays float32).
 */
public final class KvCache {
    private final float[][] keys;
    private final float[][] values;
    private final int capacity;
    private final int kvDim;
    private final KvCacheType type;
    private Activations activations;

    public KvCache(int layers, int capacity, int kvDim) {
        this(layers, capacity, kvDim, KvCacheType.F32);
    }

    public KvCache(int layers, int capacity, int kvDim, KvCacheType type) {
        if (capacity <= 0) {
            throw new IllegalArgumentException("capacity must be > 0, got: " + capacity);
        }
        this.capacity = capacity;
        this.kvDim = kvDim;
        this.type = java.util.Objects.requireNonNull(type, "type");
        this.keys = new float[layers][capacity * kvDim];
        this.values = new float[layers][capacity * kvDim];
    }

    public int capacity() {
        return capacity;
    }

    public KvCacheType type() {
        return type;
    }

    /**
     * Stores the keys and values of {@code n} tokens at positions [pos, pos + n) of {@code layer}; an F16 cache
     * rounds them, and rounds the queries {@code q} in place too (llama.cpp converts them to F16 for the K.Q dot).
     */
    void store(int layer, int pos, float[] q, int qLength, float[] k, float[] v, int n) {
        System.arraycopy(k, 0, keys[layer], pos * kvDim, n * kvDim);
        System.arraycopy(v, 0, values[layer], pos * kvDim, n * kvDim);
        if (type == KvCacheType.F16) {
            roundToHalf(keys[layer], pos * kvDim, n * kvDim);
            roundToHalf(values[layer], pos * kvDim, n * kvDim);
            roundToHalf(q, 0, qLength);
        }
    }

    private static void roundToHalf(float[] a, int from, int length) {
        for (int i = from; i < from + length; i++) {
            a[i] = Float.float16ToFloat(Float.floatToFloat16(a[i]));
        }
    }

    /** Copies positions [0, positions) of every layer into {@code target} (beam search forks a sequence). */
    public void copyTo(KvCache target, int positions) {
        if (target.kvDim != kvDim || target.keys.length != keys.length || positions > target.capacity) {
            throw new IllegalArgumentException("target cache must have the same shape and room for " + positions
                    + " positions, got capacity " + target.capacity);
        }
        for (int l = 0; l < keys.length; l++) {
            System.arraycopy(keys[l], 0, target.keys[l], 0, positions * kvDim);
            System.arraycopy(values[l], 0, target.values[l], 0, positions * kvDim);
        }
    }

    float[] keys(int layer) {
        return keys[layer];
    }

    float[] values(int layer) {
        return values[layer];
    }

    /** Scratch buffers for a batch of {@code tokens}, reused across calls (grown when a larger batch comes). */
    Activations activations(LlamaConfig config, int tokens) {
        if (activations == null || activations.tokens < tokens) {
            activations = new Activations(config, tokens);
        }
        return activations;
    }

    int kvDim() {
        return kvDim;
    }
}
