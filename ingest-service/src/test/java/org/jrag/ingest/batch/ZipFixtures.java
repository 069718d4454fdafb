package org.jrag.ingest.batch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Zip archives built in memory for tests: ordinary, bombs, and archives with many entries. */
public final class ZipFixtures {

    private ZipFixtures() {}

    /** One entry per map entry, in iteration order. */
    public static byte[] zip(Map<String, byte[]> entries) {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            for (var entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** One entry of {@code bytes} spaces: deflate shrinks it about a thousand times. */
    public static byte[] bomb(int bytes) {
        return bomb(1, bytes);
    }

    /** {@code entries} entries of {@code bytesEach} spaces each, every one far more compressed than any text. */
    public static byte[] bomb(int entries, int bytesEach) {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            byte[] block = new byte[64 * 1024];
            java.util.Arrays.fill(block, (byte) ' ');
            for (int e = 0; e < entries; e++) {
                zip.putNextEntry(new ZipEntry(e == 0 ? "zeros.txt" : "zeros-" + e + ".txt"));
                for (int written = 0; written < bytesEach; written += block.length) {
                    zip.write(block, 0, Math.min(block.length, bytesEach - written));
                }
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** {@code count} small text entries. */
    public static byte[] manyEntries(int count) {
        var entries = new java.util.LinkedHashMap<String, byte[]>();
        for (int i = 0; i < count; i++) {
            entries.put("doc-" + i + ".txt", ("document " + i).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return zip(entries);
    }
}
