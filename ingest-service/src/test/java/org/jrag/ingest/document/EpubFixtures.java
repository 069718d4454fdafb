package org.jrag.ingest.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** EPUB books for tests, laid out as the EPUB 3 container format has them. */
public final class EpubFixtures {

    private EpubFixtures() {}

    /**
     * A book: the {@code mimetype} entry first and stored, the container naming {@code OEBPS/content.opf}, and that
     * package document; {@code files} are the other entries by their names in the archive.
     */
    public static byte[] epub(String opf, Map<String, String> files) {
        try {
            var out = new ByteArrayOutputStream();
            try (var zip = new ZipOutputStream(out)) {
                byte[] mimetype = "application/epub+zip".getBytes(StandardCharsets.US_ASCII);
                var entry = new ZipEntry("mimetype");
                entry.setMethod(ZipEntry.STORED);
                entry.setSize(mimetype.length);
                var crc = new CRC32();
                crc.update(mimetype);
                entry.setCrc(crc.getValue());
                zip.putNextEntry(entry);
                zip.write(mimetype);
                write(zip, "META-INF/container.xml", """
                        <?xml version="1.0"?>
                        <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
                          <rootfiles>
                            <rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>
                          </rootfiles>
                        </container>""");
                write(zip, "OEBPS/content.opf", opf);
                for (Map.Entry<String, String> file : files.entrySet()) {
                    write(zip, file.getKey(), file.getValue());
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
