package org.jrag.ingest.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** OpenDocument packages as LibreOffice writes them: {@code mimetype} first and stored, then the XML parts. */
public final class OdfFixtures {

    static final String NAMESPACES = "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
            + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
            + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
            + " xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\""
            + " xmlns:presentation=\"urn:oasis:names:tc:opendocument:xmlns:presentation:1.0\""
            + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"";

    private OdfFixtures() {}

    /** A package of that kind whose office:body holds {@code body}, with {@code title} in meta.xml (null: none). */
    public static byte[] odf(String mediaType, String title, String body) {
        String content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content " + NAMESPACES
                + "><office:body>" + body + "</office:body></office:document-content>";
        String meta = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-meta " + NAMESPACES
                + "><office:meta>" + (title == null ? "" : "<dc:title>" + title + "</dc:title>")
                + "</office:meta></office:document-meta>";
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            byte[] kind = mediaType.getBytes(StandardCharsets.US_ASCII);
            var mimetype = new ZipEntry("mimetype");
            mimetype.setMethod(ZipEntry.STORED);
            mimetype.setSize(kind.length);
            var crc = new CRC32();
            crc.update(kind);
            mimetype.setCrc(crc.getValue());
            zip.putNextEntry(mimetype);
            zip.write(kind);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("meta.xml"));
            zip.write(meta.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
