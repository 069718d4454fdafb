package org.jrag.ingest.document;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jrag.ingest.problem.CorruptDocumentException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Extracts an EPUB book's text: its package document (named by {@code META-INF/container.xml}) gives the title
 * ({@code dc:title}) and the reading order (the spine), and each XHTML document of the spine is read as an HTML page is
 * ({@link HtmlParser}: headings open sections), one after the other. The archive is expanded within {@link
 * PackageExpansion}'s bounds.
 */
final class EpubParser implements DocumentParser {

    static final String MEDIA_TYPE = "application/epub+zip";

    private static final String CONTAINER = "META-INF/container.xml";

    private final DocumentParser html;

    EpubParser(DocumentParser html) {
        this.html = html;
    }

    @Override
    public ParsedDocument parse(byte[] content) {
        Document container = xml(part(content, CONTAINER));
        Element rootFile = container.selectFirst("rootfile[full-path]");
        if (rootFile == null) {
            throw new CorruptDocumentException(MEDIA_TYPE, CONTAINER + " names no package document");
        }
        String packagePath = rootFile.attr("full-path");
        Document opf = xml(part(content, packagePath));
        Map<String, String> hrefs = new HashMap<>();
        for (Element item : opf.select("manifest > item[id][href]")) {
            hrefs.put(item.attr("id"), resolve(packagePath, item.attr("href")));
        }
        Set<String> spine = new LinkedHashSet<>();
        for (Element itemRef : opf.select("spine > itemref[idref]")) {
            String path = hrefs.get(itemRef.attr("idref"));
            if (path != null) {
                spine.add(path);
            }
        }
        if (spine.isEmpty()) {
            throw new CorruptDocumentException(MEDIA_TYPE, "its spine names no document to read");
        }
        Map<String, byte[]> chapters =
                PackageExpansion.read(content, MEDIA_TYPE, spine, PackageExpansion.MAX_TREE_XML_BYTES);
        var text = new StringBuilder();
        var sections = new ArrayList<DocumentSection>();
        for (String path : spine) {
            byte[] chapter = chapters.get(path);
            if (chapter == null) {
                continue; // named by the spine, not in the archive: nothing to read
            }
            ParsedDocument parsed = html.parse(chapter);
            if (parsed.text().isBlank()) {
                continue;
            }
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            int offset = text.length();
            text.append(parsed.text());
            for (DocumentSection section : parsed.sections()) {
                sections.add(new DocumentSection(
                        section.path(), offset + section.startOffset(), offset + section.endOffset()));
            }
        }
        Element title = opf.selectFirst("metadata > dc|title, metadata > title");
        return new ParsedDocument(text.toString(), title == null ? null : title.text(), sections, List.of());
    }

    private static byte[] part(byte[] content, String name) {
        byte[] part = PackageExpansion.read(content, MEDIA_TYPE, Set.of(name), PackageExpansion.MAX_TREE_XML_BYTES)
                .get(name);
        if (part == null) {
            throw new CorruptDocumentException(MEDIA_TYPE, "it has no " + name);
        }
        return part;
    }

    private static Document xml(byte[] bytes) {
        return Jsoup.parse(new String(bytes, StandardCharsets.UTF_8), "", Parser.xmlParser());
    }

    /** A manifest's href (relative to the package document, percent-encoded) as the archive's entry name. */
    private static String resolve(String packagePath, String href) {
        try {
            return new URI(null, null, packagePath, null)
                    .resolve(new URI(href.replace(" ", "%20")))
                    .getPath();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return href;
        }
    }
}
