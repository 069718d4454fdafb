package org.jrag.engine.model;

/**
 * Float32 keys and values per layer, [position][kvDim] row-major: the mutable state that makes decoding one
 * token cost O(context) instead of O(context^2).
 */
public final class KvCache {
    private final float[][] keys;
    private final float[][] values;
    private final int capacity;
    private final int kvDim;
    private Activations activations;

    public KvCache(int layers, int capacity, int kvDim) {
        if (capacity <= 0) {
            throw new IllegalArgumentException("capacity must be > 0, got: " + capacity);
        }
        this.capacity = capacity;
        this.kvDim = kvDim;
        this.keys = new float[layers][capacity * kvDim];
        this.values = new float[layers][capacity * kvDim];
    }

    public int capacity() {
        return capacity;
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
