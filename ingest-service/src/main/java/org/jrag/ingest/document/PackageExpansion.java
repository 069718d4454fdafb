package org.jrag.ingest.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jrag.ingest.problem.CorruptDocumentException;
import org.jrag.ingest.problem.ZipBombException;

/**
 * Expands an office package (OOXML or OpenDocument, both zip archives) with its bounds checked as the bytes come out,
 * before a parser builds anything from it: all parts together at most {@value #MAX_RATIO} times the file (judged past
 * {@value #RATIO_FLOOR} bytes), and its XML parts at most a given size, since a parser that reads a part into a tree
 * needs several times its size in memory.
 */
final class PackageExpansion {

    static final int MAX_RATIO = 100;
    static final int RATIO_FLOOR = 1 << 20;

    /** The XML a DOM-reading parser (DOCX, PPTX) may be given: beyond any real document, far below the heap. */
    static final long MAX_TREE_XML_BYTES = 128L << 20;

    private PackageExpansion() {}

    /**
     * Expands the package and returns the bytes of the {@code kept} parts.
     *
     * @param maxXmlBytes the most the {@code .xml} and {@code .rels} parts may expand to, all together
     * @throws ZipBombException past a bound
     * @throws CorruptDocumentException when the archive cannot be read
     */
    static Map<String, byte[]> read(byte[] content, String mediaType, Set<String> kept, long maxXmlBytes) {
        var parts = new HashMap<String, byte[]>();
        long expanded = 0;
        long xml = 0;
        long limit = Math.max(RATIO_FLOOR, (long) MAX_RATIO * content.length);
        byte[] buffer = new byte[64 * 1024];
        try (var zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = entry.getName();
                boolean keep = kept.contains(name);
                boolean isXml = name.endsWith(".xml") || name.endsWith(".rels");
                var out = keep ? new ByteArrayOutputStream() : null;
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    expanded += n;
                    if (expanded > limit) {
                        throw new ZipBombException("document of " + content.length + " bytes (" + mediaType
                                + ") expands more than " + MAX_RATIO + " times, at part '" + name + "'");
                    }
                    if (isXml && (xml += n) > maxXmlBytes) {
                        throw new ZipBombException("document (" + mediaType + ") holds more than " + maxXmlBytes
                                + " bytes of XML, at part '" + name + "'");
                    }
                    if (keep) {
                        out.write(buffer, 0, n);
                    }
                }
                if (keep) {
                    parts.put(name, out.toByteArray());
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new CorruptDocumentException(mediaType, e.getMessage());
        }
        return parts;
    }
}
