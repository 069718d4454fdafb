package org.jrag.engine.gguf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A GGUF (v2/v3) file mapped read-only into memory with FFM. The header is parsed once; tensor data is
 * handed out as slices of the one mapping, never copied, so files larger than 2 GB work and the weights
 * stay off the heap. The mapping lives in a shared arena (any thread may read) until {@link #close()}.
 */
public final class GgufFile implements AutoCloseable {
    public static final int MAGIC = 0x46554747; // "GGUF" little-endian
    public static final int DEFAULT_ALIGNMENT = 32;

    private static final ValueLayout.OfInt U32 = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final ValueLayout.OfLong U64 = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final ValueLayout.OfShort U16 = ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final ValueLayout.OfFloat F32 = ValueLayout.JAVA_FLOAT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final ValueLayout.OfDouble F64 =
            ValueLayout.JAVA_DOUBLE_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

    private final Path path;
    private final Arena arena;
    private final MemorySegment segment;
    private final int version;
    private final GgufMetadata metadata;
    private final Map<String, GgufTensorInfo> tensors;
    private final int alignment;
    private final long dataOffset;

    private GgufFile(
            Path path,
            Arena arena,
            MemorySegment segment,
            int version,
            GgufMetadata metadata,
            Map<String, GgufTensorInfo> tensors,
            int alignment,
            long dataOffset) {
        this.path = path;
        this.arena = arena;
        this.segment = segment;
        this.version = version;
        this.metadata = metadata;
        this.tensors = tensors;
        this.alignment = alignment;
        this.dataOffset = dataOffset;
    }

    /** Maps and parses {@code path}; throws {@link GgufFormatException} naming what is wrong and where. */
    public static GgufFile open(Path path) {
        Arena arena = Arena.ofShared();
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
            MemorySegment seg = ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size(), arena);
            return parse(path, arena, seg);
        } catch (IOException e) {
            arena.close();
            throw new UncheckedIOException("cannot map GGUF file " + path, e);
        } catch (RuntimeException e) {
            arena.close();
            throw e;
        }
    }

    private static GgufFile parse(Path path, Arena arena, MemorySegment seg) {
        Cursor c = new Cursor(seg, path);
        int magic = c.u32();
        if (magic != MAGIC) {
            throw new GgufFormatException(path + ": not a GGUF file (magic 0x" + Integer.toHexString(magic)
                    + ", expected 0x46554747 'GGUF')");
        }
        int version = c.u32();
        if (version != 2 && version != 3) {
            throw new GgufFormatException(path + ": unsupported GGUF version " + version + " (supported: 2, 3)");
        }
        long tensorCount = c.count("tensor count");
        long kvCount = c.count("metadata count");
        Map<String, MetadataValue> kv = new LinkedHashMap<>();
        for (long i = 0; i < kvCount; i++) {
            String key = c.string();
            GgufValueType type = GgufValueType.fromId(c.u32());
            kv.put(key, c.value(type, key));
        }
        GgufMetadata metadata = new GgufMetadata(kv);
        int alignment =
                metadata.findLong("general.alignment").map(Math::toIntExact).orElse(DEFAULT_ALIGNMENT);
        if (alignment <= 0 || Integer.bitCount(alignment) != 1) {
            throw new GgufFormatException(path + ": general.alignment must be a power of two, got: " + alignment);
        }
        Map<String, GgufTensorInfo> tensors = new LinkedHashMap<>();
        for (long i = 0; i < tensorCount; i++) {
            String name = c.string();
            int nDims = c.u32();
            if (nDims < 1 || nDims > 4) {
                throw new GgufFormatException(path + ": tensor '" + name + "' has " + nDims + " dims (1..4 allowed)");
            }
            long[] dims = new long[nDims];
            for (int d = 0; d < nDims; d++) {
                dims[d] = c.u64();
            }
            GgmlType type = GgmlType.fromId(c.u32());
            long offset = c.u64();
            GgufTensorInfo info = new GgufTensorInfo(name, type, dims, offset);
            if (offset % alignment != 0) {
                throw new GgufFormatException(path + ": tensor '" + name + "' offset " + offset
                        + " is not a multiple of alignment " + alignment);
            }
            if (tensors.put(name, info) != null) {
                throw new GgufFormatException(path + ": duplicate tensor name '" + name + "'");
            }
        }
        long dataOffset = align(c.pos, alignment);
        for (GgufTensorInfo t : tensors.values()) {
            long end = dataOffset + t.offset() + t.byteSize();
            if (end > seg.byteSize()) {
                throw new GgufFormatException(path + ": truncated: tensor '" + t.name() + "' ends at byte " + end
                        + " but the file has " + seg.byteSize() + " bytes");
            }
        }
        return new GgufFile(
                path, arena, seg, version, metadata, Collections.unmodifiableMap(tensors), alignment, dataOffset);
    }

    static long align(long pos, int alignment) {
        return (pos + alignment - 1) / alignment * alignment;
    }

    public Path path() {
        return path;
    }

    public int version() {
        return version;
    }

    public GgufMetadata metadata() {
        return metadata;
    }

    /** Tensor infos by name, in file order. */
    public Map<String, GgufTensorInfo> tensors() {
        return tensors;
    }

    public List<GgufTensorInfo> tensorList() {
        return new ArrayList<>(tensors.values());
    }

    public int alignment() {
        return alignment;
    }

    /** Absolute file offset of the data section. */
    public long dataOffset() {
        return dataOffset;
    }

    public long fileSize() {
        return segment.byteSize();
    }

    public GgufTensorInfo tensorInfo(String name) {
        GgufTensorInfo t = tensors.get(name);
        if (t == null) {
            throw new GgufFormatException(path + ": no tensor named '" + name + "'");
        }
        return t;
    }

    /** The tensor's bytes as a slice of the mapping (no copy). */
    public MemorySegment tensorData(GgufTensorInfo info) {
        return segment.asSlice(dataOffset + info.offset(), info.byteSize());
    }

    @Override
    public void close() {
        arena.close();
    }

    /** Bounds-checked little-endian reader over the header. */
    private static final class Cursor {
        private final MemorySegment seg;
        private final Path path;
        private long pos;

        Cursor(MemorySegment seg, Path path) {
            this.seg = seg;
            this.path = path;
        }

        private void need(long n, String what) {
            if (n < 0 || pos + n > seg.byteSize()) {
                throw new GgufFormatException(path + ": truncated: reading " + what + " needs " + n
                        + " bytes at offset " + pos + " but the file has " + seg.byteSize() + " bytes");
            }
        }

        int u8() {
            need(1, "uint8");
            return seg.get(ValueLayout.JAVA_BYTE, pos++) & 0xFF;
        }

        int u16() {
            need(2, "uint16");
            int v = seg.get(U16, pos) & 0xFFFF;
            pos += 2;
            return v;
        }

        int u32() {
            need(4, "uint32");
            int v = seg.get(U32, pos);
            pos += 4;
            return v;
        }

        long u64() {
            need(8, "uint64");
            long v = seg.get(U64, pos);
            pos += 8;
            return v;
        }

        long count(String what) {
            long n = u64();
            // every counted item needs at least one byte: a larger count means a corrupt header
            if (n < 0 || n > seg.byteSize() - pos) {
                throw new GgufFormatException(path + ": corrupt " + what + " " + Long.toUnsignedString(n)
                        + " at offset " + (pos - 8) + " (file has " + seg.byteSize() + " bytes)");
            }
            return n;
        }

        String string() {
            long len = u64();
            if (len < 0 || len > Integer.MAX_VALUE - 8) {
                throw new GgufFormatException(
                        path + ": corrupt string length " + Long.toUnsignedString(len) + " at offset " + (pos - 8));
            }
            need(len, "string");
            byte[] b = seg.asSlice(pos, len).toArray(ValueLayout.JAVA_BYTE);
            pos += len;
            return new String(b, StandardCharsets.UTF_8);
        }

        MetadataValue value(GgufValueType type, String key) {
            return switch (type) {
                case UINT8 -> new MetadataValue(type, u8());
                case INT8 -> new MetadataValue(type, (int) (byte) u8());
                case UINT16 -> new MetadataValue(type, u16());
                case INT16 -> new MetadataValue(type, (int) (short) u16());
                case UINT32 -> new MetadataValue(type, Integer.toUnsignedLong(u32()));
                case INT32 -> new MetadataValue(type, u32());
                case FLOAT32 -> new MetadataValue(type, Float.intBitsToFloat(u32()));
                case BOOL -> new MetadataValue(type, u8() != 0);
                case STRING -> new MetadataValue(type, string());
                case ARRAY -> new MetadataValue(type, array(key));
                case UINT64, INT64 -> new MetadataValue(type, u64());
                case FLOAT64 -> new MetadataValue(type, Double.longBitsToDouble(u64()));
            };
        }

        MetadataArray array(String key) {
            GgufValueType et = GgufValueType.fromId(u32());
            long n = count("array length of '" + key + "'");
            int len = Math.toIntExact(n);
            if (et.scalarBytes() > 0) {
                need(n * et.scalarBytes(), "array '" + key + "'");
            }
            return switch (et) {
                case UINT8, INT8, UINT16, INT16, INT32 -> {
                    int[] a = new int[len];
                    for (int i = 0; i < len; i++) {
                        a[i] = switch (et) {
                            case UINT8 -> u8();
                            case INT8 -> (byte) u8();
                            case UINT16 -> u16();
                            case INT16 -> (short) u16();
                            default -> u32();
                        };
                    }
                    yield new MetadataArray(et, a);
                }
                case UINT32, UINT64, INT64 -> {
                    long[] a = new long[len];
                    for (int i = 0; i < len; i++) {
                        a[i] = et == GgufValueType.UINT32 ? Integer.toUnsignedLong(u32()) : u64();
                    }
                    yield new MetadataArray(et, a);
                }
                case FLOAT32 -> {
                    float[] a = new float[len];
                    for (int i = 0; i < len; i++) {
                        a[i] = seg.get(F32, pos);
                        pos += 4;
                    }
                    yield new MetadataArray(et, a);
                }
                case FLOAT64 -> {
                    double[] a = new double[len];
                    for (int i = 0; i < len; i++) {
                        a[i] = seg.get(F64, pos);
                        pos += 8;
                    }
                    yield new MetadataArray(et, a);
                }
                case BOOL -> {
                    boolean[] a = new boolean[len];
                    for (int i = 0; i < len; i++) {
                        a[i] = u8() != 0;
                    }
                    yield new MetadataArray(et, a);
                }
                case STRING -> {
                    String[] a = new String[len];
                    for (int i = 0; i < len; i++) {
                        a[i] = string();
                    }
                    yield new MetadataArray(et, a);
                }
                case ARRAY -> {
                    MetadataArray[] a = new MetadataArray[len];
                    for (int i = 0; i < len; i++) {
                        a[i] = array(key);
                    }
                    yield new MetadataArray(et, a);
                }
            };
        }
    }
}
