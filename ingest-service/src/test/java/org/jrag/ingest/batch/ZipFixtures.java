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

    /** One entry of {@code bytes} zeros: deflate shrinks it about a thousand times. */
    public static byte[] bomb(int bytes) {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("zeros.txt"));
            byte[] block = new byte[64 * 1024];
            java.util.Arrays.fill(block, (byte) ' ');
            for (int written = 0; written < bytes; written += block.length) {
                zip.write(block, 0, Math.min(block.length, bytes - written));
            }
            zip.closeEntry();
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
