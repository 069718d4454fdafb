package org.jrag.engine.gguf;

import java.lang.reflect.Array;
import java.util.Objects;

/**
 * A GGUF metadata array. {@code values} is a primitive array matching the element type: int[] for 8/16-bit
 * and INT32, long[] for UINT32 and 64-bit, float[], double[], boolean[], String[], or MetadataArray[] for
 * nested arrays.
 */
public record MetadataArray(GgufValueType elementType, Object values) {
    public MetadataArray {
        Objects.requireNonNull(elementType, "elementType");
        Objects.requireNonNull(values, "values");
        Class<?> expected = arrayClass(elementType);
        if (values.getClass() != expected) {
            throw new IllegalArgumentException("values of a " + elementType + " array must be "
                    + expected.getSimpleName() + ", got: " + values.getClass().getSimpleName());
        }
    }

    public int length() {
        return Array.getLength(values);
    }

    static Class<?> arrayClass(GgufValueType type) {
        return switch (type) {
            case UINT8, INT8, UINT16, INT16, INT32 -> int[].class;
            case UINT32, UINT64, INT64 -> long[].class;
            case FLOAT32 -> float[].class;
            case FLOAT64 -> double[].class;
            case BOOL -> boolean[].class;
            case STRING -> String[].class;
            case ARRAY -> MetadataArray[].class;
        };
    }

    @Override
    public String toString() {
        return "[" + elementType + " x " + length() + "]";
    }
}
