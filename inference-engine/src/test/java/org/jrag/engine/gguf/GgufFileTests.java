package org.jrag.engine.gguf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.jrag.engine.reference.SharedFolder;
import org.jrag.engine.tensor.Tensor;
import org.jrag.engine.tensor.UnsupportedTensorTypeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GgufFileTests {
    private static final ValueLayout.OfFloat F32 = ValueLayout.JAVA_FLOAT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

    @TempDir
    Path dir;

    @Test
    void roundTripsEveryMetadataTypeAndTensorInfo() {
        // given a file with one value of each type, nested arrays, 64-byte alignment and two tensors
        Path p = dir.resolve("all.gguf");
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment a = floats(arena, 1f, 2f, 3f, 4f, 5f, 6f);
            MemorySegment b = floats(arena, -1.5f, 0.25f);
            new GgufWriter()
                    .put("general.alignment", MetadataValue.ofUint32(64))
                    .put("u8", new MetadataValue(GgufValueType.UINT8, 250))
                    .put("i8", new MetadataValue(GgufValueType.INT8, -7))
                    .put("u16", new MetadataValue(GgufValueType.UINT16, 65000))
                    .put("i16", new MetadataValue(GgufValueType.INT16, -300))
                    .put("u32", MetadataValue.ofUint32(4294967295L))
                    .put("i32", MetadataValue.ofInt32(-123456))
                    .put("f32", MetadataValue.ofFloat32(1e-5f))
                    .put("bool", MetadataValue.ofBool(true))
                    .put("str", MetadataValue.ofString("héllo ▁"))
                    .put("u64", new MetadataValue(GgufValueType.UINT64, 1L << 40))
                    .put("i64", new MetadataValue(GgufValueType.INT64, -5L))
                    .put("f64", new MetadataValue(GgufValueType.FLOAT64, Math.PI))
                    .putArray("arr.str", GgufValueType.STRING, new String[] {"a", "", "<0x0A>"})
                    .putArray("arr.f32", GgufValueType.FLOAT32, new float[] {0f, -1f, -2f})
                    .putArray("arr.i32", GgufValueType.INT32, new int[] {1, 3, 6})
                    .putArray("arr.u8", GgufValueType.UINT8, new int[] {0, 255})
                    .putArray("arr.bool", GgufValueType.BOOL, new boolean[] {true, false})
                    .putArray("arr.u64", GgufValueType.UINT64, new long[] {7L})
                    .putArray("arr.f64", GgufValueType.FLOAT64, new double[] {0.5})
                    .putArray("arr.nested", GgufValueType.ARRAY, new MetadataArray[] {
                        new MetadataArray(GgufValueType.INT16, new int[] {-1, 2})
                    })
                    .addTensor("a", GgmlType.F32, new long[] {3, 2}, a)
                    .addTensor("b", GgmlType.F32, new long[] {2}, b)
                    .write(p);
        }
        // when
        try (GgufFile f = GgufFile.open(p)) {
            // then
            GgufMetadata md = f.metadata();
            assertThat(f.version()).isEqualTo(3);
            assertThat(f.alignment()).isEqualTo(64);
            assertThat(f.dataOffset() % 64).isZero();
            assertThat(md.getLong("u8")).isEqualTo(250);
            assertThat(md.getLong("i8")).isEqualTo(-7);
            assertThat(md.getLong("u16")).isEqualTo(65000);
            assertThat(md.getLong("i16")).isEqualTo(-300);
            assertThat(md.getLong("u32")).isEqualTo(4294967295L);
            assertThat(md.getInt("i32")).isEqualTo(-123456);
            assertThat(md.getFloat("f32")).isEqualTo(1e-5f);
            assertThat(md.findBool("bool")).contains(true);
            assertThat(md.getString("str")).isEqualTo("héllo ▁");
            assertThat(md.getLong("u64")).isEqualTo(1L << 40);
            assertThat(md.getLong("i64")).isEqualTo(-5L);
            assertThat(md.require("f64").value()).isEqualTo(Math.PI);
            assertThat(md.getStringArray("arr.str")).containsExactly("a", "", "<0x0A>");
            assertThat(md.getFloatArray("arr.f32")).containsExactly(0f, -1f, -2f);
            assertThat(md.getIntArray("arr.i32")).containsExactly(1, 3, 6);
            assertThat(md.getIntArray("arr.u8")).containsExactly(0, 255);
            assertThat((boolean[]) md.getArray("arr.bool").values()).containsExactly(true, false);
            assertThat((long[]) md.getArray("arr.u64").values()).containsExactly(7L);
            assertThat((double[]) md.getArray("arr.f64").values()).containsExactly(0.5);
            MetadataArray nested = ((MetadataArray[]) md.getArray("arr.nested").values())[0];
            assertThat(nested.elementType()).isEqualTo(GgufValueType.INT16);
            assertThat((int[]) nested.values()).containsExactly(-1, 2);
            assertThat(md.entries().keySet()).startsWith("general.alignment", "u8", "i8");

            GgufTensorInfo a = f.tensorInfo("a");
            assertThat(a.dims()).containsExactly(3, 2);
            assertThat(a.type()).isEqualTo(GgmlType.F32);
            assertThat(f.tensorInfo("b").offset()).isEqualTo(64);
            assertThat(f.tensorData(f.tensorInfo("b")).get(F32, 4)).isEqualTo(0.25f);
            float[] out = new float[6];
            Tensor.of(a.type(), f.tensorData(a), 6).dequantize(0, out, 0, 6);
            assertThat(out).containsExactly(1f, 2f, 3f, 4f, 5f, 6f);
        }
    }

    @Test
    void readsStories260KHeader() {
        try (GgufFile f = GgufFile.open(SharedFolder.stories260K())) {
            assertThat(f.metadata().getString("general.architecture")).isEqualTo("llama");
            assertThat(f.tensors()).hasSize(48);
            assertThat(f.tensorList()).allMatch(t -> t.type() == GgmlType.F32);
            assertThat(f.metadata().getStringArray("tokenizer.ggml.tokens")).hasSize(512);
        }
    }

    @Test
    void rejectsTruncatedFileNamingTheTensor() throws IOException {
        Path p = writeSmall("t.gguf");
        byte[] all = Files.readAllBytes(p);
        Path cut = dir.resolve("cut.gguf");
        Files.write(cut, Arrays.copyOf(all, all.length - 8));
        assertThatThrownBy(() -> GgufFile.open(cut))
                .isInstanceOf(GgufFormatException.class)
                .hasMessageContaining("truncated: tensor 'w' ends at byte " + all.length)
                .hasMessageContaining("the file has " + (all.length - 8) + " bytes");
    }

    @Test
    void rejectsHeaderCutShort() throws IOException {
        Path p = writeSmall("h.gguf");
        Path cut = dir.resolve("cut.gguf");
        Files.write(cut, Arrays.copyOf(Files.readAllBytes(p), 30));
        assertThatThrownBy(() -> GgufFile.open(cut))
                .isInstanceOf(GgufFormatException.class)
                .hasMessageContaining("truncated: reading")
                .hasMessageContaining("but the file has 30 bytes");
    }

    @Test
    void rejectsBadMagicAndVersion() throws IOException {
        Path p = writeSmall("m.gguf");
        byte[] bytes = Files.readAllBytes(p);
        bytes[0] = 'X';
        Path bad = dir.resolve("bad.gguf");
        Files.write(bad, bytes);
        assertThatThrownBy(() -> GgufFile.open(bad))
                .isInstanceOf(GgufFormatException.class)
                .hasMessageContaining("not a GGUF file");
        bytes[0] = 'G';
        bytes[4] = 9;
        Files.write(bad, bytes);
        assertThatThrownBy(() -> GgufFile.open(bad))
                .isInstanceOf(GgufFormatException.class)
                .hasMessageContaining("unsupported GGUF version 9 (supported: 2, 3)");
    }

    @Test
    void parsesUnsupportedTensorTypesButRefusesToComputeWithThem() {
        Path p = dir.resolve("iq2xxs.gguf");
        new GgufWriter()
                .addTensor("w", GgmlType.IQ2_XXS, new long[] {256, 1}, null)
                .write(p);
        try (GgufFile f = GgufFile.open(p)) {
            GgufTensorInfo info = f.tensorInfo("w");
            assertThat(info.byteSize()).isEqualTo(66);
            assertThatThrownBy(() -> Tensor.of(info.type(), f.tensorData(info), info.elementCount()))
                    .isInstanceOf(UnsupportedTensorTypeException.class)
                    .hasMessageStartingWith("unsupported tensor type IQ2_XXS (ggml type id 16)");
        }
    }

    @Test
    void mapsTensorsBeyondTwoGigabytes() {
        // given a sparse file whose second tensor starts past 2^31 bytes
        Path p = dir.resolve("big.gguf");
        long holeElements = (1L << 31) / 4 + 1024;
        try (Arena arena = Arena.ofConfined()) {
            new GgufWriter()
                    .addTensor("hole", GgmlType.F32, new long[] {holeElements}, null)
                    .addTensor("tail", GgmlType.F32, new long[] {4}, floats(arena, 1f, 2f, 3f, 4f))
                    .write(p);
        }
        // when / then
        try (GgufFile f = GgufFile.open(p)) {
            GgufTensorInfo tail = f.tensorInfo("tail");
            assertThat(f.dataOffset() + tail.offset()).isGreaterThan(Integer.MAX_VALUE);
            float[] out = new float[4];
            Tensor.of(GgmlType.F32, f.tensorData(tail), 4).dequantize(0, out, 0, 4);
            assertThat(out).containsExactly(1f, 2f, 3f, 4f);
        }
    }

    private Path writeSmall(String name) {
        Path p = dir.resolve(name);
        try (Arena arena = Arena.ofConfined()) {
            new GgufWriter()
                    .putString("general.architecture", "llama")
                    .addTensor("w", GgmlType.F32, new long[] {8}, floats(arena, 1, 2, 3, 4, 5, 6, 7, 8))
                    .write(p);
        }
        return p;
    }

    static MemorySegment floats(Arena arena, float... v) {
        MemorySegment s = arena.allocate(4L * v.length);
        for (int i = 0; i < v.length; i++) {
            s.setAtIndex(F32, i, v[i]);
        }
        return s;
    }
}
