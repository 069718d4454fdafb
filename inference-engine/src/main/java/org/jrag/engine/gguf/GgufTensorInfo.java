package org.jrag.engine.gguf;

import java.util.Arrays;
import java.util.Objects;

/**
 * One tensor's header entry. {@code dims} are GGUF's {@code ne}, fastest-varying first: dims[0] is the row
 * length (input features), dims[1] the number of rows. {@code offset} is relative to the data section.
 */
public record GgufTensorInfo(String name, GgmlType type, long[] dims, long offset) {
    public GgufTensorInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        dims = dims.clone();
        if (dims.length == 0 || dims.length > 4) {
            throw new GgufFormatException("tensor '" + name + "' must have 1..4 dims, got: " + dims.length);
        }
        for (long d : dims) {
            if (d <= 0) {
                throw new GgufFormatException("tensor '" + name + "' dims must be > 0, got: " + Arrays.toString(dims));
            }
        }
        if (offset < 0) {
            throw new GgufFormatException("tensor '" + name + "' offset must be >= 0, got: " + offset);
        }
    }

    @Override
    public long[] dims() {
        return dims.clone();
    }

    public long elementCount() {
        long n = 1;
        for (long d : dims) {
            n = Math.multiplyExact(n, d);
        }
        return n;
    }

    public long byteSize() {
        return type.bytesFor(elementCount());
    }

    @Override
    public String toString() {
        return name + " " + type + " " + Arrays.toString(dims) + " @" + offset;
    }
}
