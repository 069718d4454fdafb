package org.jrag.engine.gguf;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The key/value header of a GGUF file, in file order, with typed accessors that name the key on a mismatch. */
public record GgufMetadata(Map<String, MetadataValue> entries) {
    public GgufMetadata {
        entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    public boolean contains(String key) {
        return entries.containsKey(key);
    }

    public Optional<MetadataValue> find(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    public MetadataValue require(String key) {
        MetadataValue v = entries.get(key);
        if (v == null) {
            throw new GgufFormatException("missing metadata key '" + key + "'");
        }
        return v;
    }

    public String getString(String key) {
        return cast(key, require(key), String.class);
    }

    public Optional<String> findString(String key) {
        return find(key).map(v -> cast(key, v, String.class));
    }

    /** Any integer type, widened to long. */
    public long getLong(String key) {
        return toLong(key, require(key));
    }

    public Optional<Long> findLong(String key) {
        return find(key).map(v -> toLong(key, v));
    }

    public int getInt(String key) {
        return Math.toIntExact(getLong(key));
    }

    /** FLOAT32 or FLOAT64 (or an integer), as float. */
    public float getFloat(String key) {
        return toFloat(key, require(key));
    }

    public Optional<Float> findFloat(String key) {
        return find(key).map(v -> toFloat(key, v));
    }

    public Optional<Boolean> findBool(String key) {
        return find(key).map(v -> cast(key, v, Boolean.class));
    }

    public MetadataArray getArray(String key) {
        return cast(key, require(key), MetadataArray.class);
    }

    public String[] getStringArray(String key) {
        return arrayOf(key, String[].class);
    }

    public float[] getFloatArray(String key) {
        return arrayOf(key, float[].class);
    }

    public int[] getIntArray(String key) {
        return arrayOf(key, int[].class);
    }

    private <T> T arrayOf(String key, Class<T> arrayType) {
        MetadataArray a = getArray(key);
        if (!arrayType.isInstance(a.values())) {
            throw new GgufFormatException("metadata key '" + key + "' is an array of " + a.elementType() + ", expected "
                    + arrayType.getSimpleName());
        }
        return arrayType.cast(a.values());
    }

    private static long toLong(String key, MetadataValue v) {
        if (v.value() instanceof Integer i) {
            return i;
        }
        if (v.value() instanceof Long l) {
            return l;
        }
        throw new GgufFormatException("metadata key '" + key + "' is " + v.type() + ", expected an integer");
    }

    private static float toFloat(String key, MetadataValue v) {
        return switch (v.value()) {
            case Float f -> f;
            case Double d -> d.floatValue();
            case Integer i -> i;
            case Long l -> l;
            default ->
                throw new GgufFormatException("metadata key '" + key + "' is " + v.type() + ", expected a float");
        };
    }

    private static <T> T cast(String key, MetadataValue v, Class<T> type) {
        if (!type.isInstance(v.value())) {
            throw new GgufFormatException(
                    "metadata key '" + key + "' is " + v.type() + ", expected " + type.getSimpleName());
        }
        return type.cast(v.value());
    }
}
