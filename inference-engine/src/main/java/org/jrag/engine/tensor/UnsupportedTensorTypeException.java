package org.jrag.engine.tensor;

import org.jrag.engine.gguf.GgmlType;

/** A GGUF tensor uses a ggml type the engine has no kernels for. */
public final class UnsupportedTensorTypeException extends RuntimeException {
    private final GgmlType type;

    public UnsupportedTensorTypeException(GgmlType type) {
        super("unsupported tensor type " + type + " (ggml type id " + type.id()
                + "); supported: F32, F16, BF16, Q8_0, Q4_0, Q4_K, Q5_K, Q6_K");
        this.type = type;
    }

    public GgmlType type() {
        return type;
    }
}
