package org.jrag.engine.gguf;

import java.util.Objects;

/**
 * One typed GGUF metadata value. Scalars are boxed as Integer (8/16-bit and INT32), Long (UINT32, 64-bit),
 * Float, Double, Boolean or String; arrays as {@link MetadataArray}. The GGUF type is kept so a file can be
 * written back with the same types.
 */
public record MetadataValue(GgufValueType type, Object value) {
    public MetadataValue {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        if (type == GgufValueType.ARRAY && !(value instanceof MetadataArray)) {
            throw new IllegalArgumentException("value of an ARRAY must be a MetadataArray, got: " + value.getClass());
        }
    }

    public static MetadataValue ofString(String s) {
        return new MetadataValue(GgufValueType.STRING, s);
    }

    public static MetadataValue ofUint32(long v) {
        return new MetadataValue(GgufValueType.UINT32, v);
    }

    public static MetadataValue ofInt32(int v) {
        return new MetadataValue(GgufValueType.INT32, v);
    }

    public static MetadataValue ofFloat32(float v) {
        return new MetadataValue(GgufValueType.FLOAT32, v);
    }

    public static MetadataValue ofBool(boolean v) {
        return new MetadataValue(GgufValueType.BOOL, v);
    }

    public static MetadataValue ofArray(MetadataArray array) {
        return new MetadataValue(GgufValueType.ARRAY, array);
    }

    @Override
    public String toString() {
        return type == GgufValueType.STRING ? '"' + (String) value + '"' : String.valueOf(value);
    }
}
