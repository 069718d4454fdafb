package org.jrag.engine.gguf;

/** The metadata value types of the GGUF spec, with their on-disk ids. */
public enum GgufValueType {
    UINT8(0),
    INT8(1),
    UINT16(2),
    INT16(3),
    UINT32(4),
    INT32(5),
    FLOAT32(6),
    BOOL(7),
    STRING(8),
    ARRAY(9),
    UINT64(10),
    INT64(11),
    FLOAT64(12);

    private static final GgufValueType[] BY_ID = values();

    private final int id;

    GgufValueType(int id) {
        this.id = id;
    }

    public int id() {
        return id;
    }

    /** Size in bytes of one scalar value, or -1 for STRING and ARRAY. */
    public int scalarBytes() {
        return switch (this) {
            case UINT8, INT8, BOOL -> 1;
            case UINT16, INT16 -> 2;
            case UINT32, INT32, FLOAT32 -> 4;
            case UINT64, INT64, FLOAT64 -> 8;
            case STRING, ARRAY -> -1;
        };
    }

    public static GgufValueType fromId(int id) {
        if (id < 0 || id >= BY_ID.length) {
            throw new GgufFormatException(
                    "unknown metadata value type id " + id + " (known: 0.." + (BY_ID.length - 1) + ")");
        }
        return BY_ID[id];
    }
}
