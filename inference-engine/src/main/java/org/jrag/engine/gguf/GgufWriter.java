package org.jrag.engine.gguf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes GGUF v3 files: metadata in insertion order, tensors aligned to {@code general.alignment} (32 unless
 * set). Tests and benchmarks use it to build models of real shapes with random weights. Tensor data comes
 * from a {@link MemorySegment} (so multi-GB tensors need not live on the heap); a {@code null} segment leaves
 * the region as a zero-filled (sparse) hole.
 */
public final class GgufWriter {
    private final Map<String, MetadataValue> metadata = new LinkedHashMap<>();
    private final List<PendingTensor> tensors = new ArrayList<>();

    private record PendingTensor(String name, GgmlType type, long[] dims, MemorySegment data, TensorFiller filler) {}

    /**
     * Writes a tensor's bytes straight into the file's writable mapping, so multi-GB random-weight models never
     * need a heap or off-heap copy of their weights (the benchmark writes 1.3 GB models this way).
     */
    @FunctionalInterface
    public interface TensorFiller {
        /** Fills {@code target}, which is exactly the tensor's bytes in the file. */
        void fill(MemorySegment target);
    }

    public GgufWriter put(String key, MetadataValue value) {
        metadata.put(key, value);
        return this;
    }

    public GgufWriter putString(String key, String value) {
        return put(key, MetadataValue.ofString(value));
    }

    public GgufWriter putUint32(String key, long value) {
        return put(key, MetadataValue.ofUint32(value));
    }

    public GgufWriter putFloat32(String key, float value) {
        return put(key, MetadataValue.ofFloat32(value));
    }

    public GgufWriter putArray(String key, GgufValueType elementType, Object values) {
        return put(key, MetadataValue.ofArray(new MetadataArray(elementType, values)));
    }

    /** Adds a tensor; dims are GGUF ne (row length first). {@code data} must hold exactly its bytes, or be null. */
    public GgufWriter addTensor(String name, GgmlType type, long[] dims, MemorySegment data) {
        GgufTensorInfo probe = new GgufTensorInfo(name, type, dims, 0);
        if (data != null && data.byteSize() != probe.byteSize()) {
            throw new IllegalArgumentException("tensor '" + name + "' needs " + probe.byteSize() + " bytes of " + type
                    + ", got: " + data.byteSize());
        }
        tensors.add(new PendingTensor(name, type, dims.clone(), data, null));
        return this;
    }

    /** Adds a tensor whose bytes {@code filler} writes in place when the file is written. */
    public GgufWriter addTensorFilled(String name, GgmlType type, long[] dims, TensorFiller filler) {
        new GgufTensorInfo(name, type, dims, 0); // validates the shape
        tensors.add(new PendingTensor(name, type, dims.clone(), null, Objects.requireNonNull(filler)));
        return this;
    }

    public void write(Path path) {
        int alignment = metadata.containsKey("general.alignment")
                ? Math.toIntExact(((Number) metadata.get("general.alignment").value()).longValue())
                : GgufFile.DEFAULT_ALIGNMENT;
        Header h = new Header();
        h.u32(GgufFile.MAGIC);
        h.u32(3);
        h.u64(tensors.size());
        h.u64(metadata.size());
        metadata.forEach((k, v) -> {
            h.string(k);
            h.u32(v.type().id());
            h.value(v.type(), v.value());
        });
        long offset = 0;
        long[] offsets = new long[tensors.size()];
        for (int i = 0; i < tensors.size(); i++) {
            PendingTensor t = tensors.get(i);
            h.string(t.name());
            h.u32(t.dims().length);
            for (long d : t.dims()) {
                h.u64(d);
            }
            h.u32(t.type().id());
            offsets[i] = offset;
            h.u64(offset);
            long bytes = new GgufTensorInfo(t.name(), t.type(), t.dims(), 0).byteSize();
            offset = GgufFile.align(offset + bytes, alignment);
        }
        byte[] header = h.bytes();
        long dataStart = GgufFile.align(header.length, alignment);
        try (FileChannel ch = FileChannel.open(
                path,
                StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.READ,
                StandardOpenOption.WRITE)) {
            writeFully(ch, ByteBuffer.wrap(header), 0);
            long end = dataStart;
            for (int i = 0; i < tensors.size(); i++) {
                PendingTensor t = tensors.get(i);
                long pos = dataStart + offsets[i];
                long bytes = new GgufTensorInfo(t.name(), t.type(), t.dims(), 0).byteSize();
                if (t.data() != null) {
                    for (long done = 0; done < bytes; ) {
                        long n = Math.min(bytes - done, 1 << 26);
                        writeFully(ch, t.data().asSlice(done, n).asByteBuffer(), pos + done);
                        done += n;
                    }
                }
                end = GgufFile.align(pos + bytes, alignment);
            }
            if (ch.size() < end) {
                writeFully(ch, ByteBuffer.allocate(1), end - 1); // extend over trailing holes and padding
            }
            for (int i = 0; i < tensors.size(); i++) {
                PendingTensor t = tensors.get(i);
                if (t.filler() != null) {
                    long bytes = new GgufTensorInfo(t.name(), t.type(), t.dims(), 0).byteSize();
                    try (Arena arena = Arena.ofConfined()) {
                        t.filler().fill(ch.map(FileChannel.MapMode.READ_WRITE, dataStart + offsets[i], bytes, arena));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write GGUF file " + path, e);
        }
    }

    private static void writeFully(FileChannel ch, ByteBuffer buf, long position) throws IOException {
        long pos = position;
        while (buf.hasRemaining()) {
            pos += ch.write(buf, pos);
        }
    }

    /** Little-endian header bytes. */
    private static final class Header {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final ByteBuffer scratch = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);

        void u8(int v) {
            out.write(v);
        }

        void u16(int v) {
            scratch.clear();
            scratch.putShort((short) v);
            out.write(scratch.array(), 0, 2);
        }

        void u32(int v) {
            scratch.clear();
            scratch.putInt(v);
            out.write(scratch.array(), 0, 4);
        }

        void u64(long v) {
            scratch.clear();
            scratch.putLong(v);
            out.write(scratch.array(), 0, 8);
        }

        void string(String s) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            u64(b.length);
            out.write(b, 0, b.length);
        }

        void value(GgufValueType type, Object v) {
            switch (type) {
                case UINT8, INT8 -> u8(((Number) v).intValue());
                case UINT16, INT16 -> u16(((Number) v).intValue());
                case UINT32, INT32 -> u32((int) ((Number) v).longValue());
                case FLOAT32 -> u32(Float.floatToRawIntBits(((Number) v).floatValue()));
                case BOOL -> u8((Boolean) v ? 1 : 0);
                case STRING -> string((String) v);
                case ARRAY -> array((MetadataArray) v);
                case UINT64, INT64 -> u64(((Number) v).longValue());
                case FLOAT64 -> u64(Double.doubleToRawLongBits(((Number) v).doubleValue()));
            }
        }

        void array(MetadataArray a) {
            GgufValueType et = a.elementType();
            u32(et.id());
            u64(a.length());
            switch (a.values()) {
                case int[] ints -> {
                    for (int x : ints) {
                        value(et, x);
                    }
                }
                case long[] longs -> {
                    for (long x : longs) {
                        value(et, x);
                    }
                }
                case float[] floats -> {
                    for (float x : floats) {
                        value(et, x);
                    }
                }
                case double[] doubles -> {
                    for (double x : doubles) {
                        value(et, x);
                    }
                }
                case boolean[] bools -> {
                    for (boolean x : bools) {
                        value(et, x);
                    }
                }
                case String[] strings -> {
                    for (String x : strings) {
                        string(x);
                    }
                }
                case MetadataArray[] nested -> {
                    for (MetadataArray x : nested) {
                        array(x);
                    }
                }
                default ->
                    throw new IllegalStateException(
                            "unexpected array " + a.values().getClass());
            }
        }

        byte[] bytes() {
            return out.toByteArray();
        }
    }
}
