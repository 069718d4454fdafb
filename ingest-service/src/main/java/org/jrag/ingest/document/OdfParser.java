package org.jrag.ingest.document;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jrag.ingest.problem.CorruptDocumentException;

/**
 * Reads OpenDocument files (LibreOffice's own formats) from their {@code content.xml}, streamed: a text document
 * (ODT) as DOCX is read (paragraphs and list items as blocks, headings opening sections by their outline level, table
 * rows as lines of space-separated cells), a spreadsheet (ODS) as XLSX is (a section per sheet, each row a line under
 * its header: {@link TableRows}), a presentation (ODP) as PPTX is (a page and a section per slide: its title, its other
 * text, its speaker notes after {@code "Notes: "}). Tracked deletions, comments and footnotes are left out. The title
 * is {@code meta.xml}'s {@code dc:title}. The package is expanded within {@link PackageExpansion}'s bounds (its XML is
 * streamed, so only the ratio applies).
 */
final class OdfParser implements DocumentParser {

    static final String TEXT = "application/vnd.oasis.opendocument.text";
    static final String SPREADSHEET = "application/vnd.oasis.opendocument.spreadsheet";
    static final String PRESENTATION = "application/vnd.oasis.opendocument.presentation";

    /** A repeated row or cell that holds text is written at most this many times (empty ones just advance). */
    private static final int MAX_REPEAT = 1000;

    private static final String NS_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static final String NS_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static final String NS_DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0";
    private static final String NS_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static final String NS_PRESENTATION = "urn:oasis:names:tc:opendocument:xmlns:presentation:1.0";
    private static final String NS_DC = "http://purl.org/dc/elements/1.1/";

    /** Subtrees whose text is not the document's: tracked deletions, comments, footnotes, sequence declarations. */
    private static final Set<String> SKIPPED = Set.of(
            NS_TEXT + "|tracked-changes", NS_OFFICE + "|annotation", NS_TEXT + "|note", NS_TEXT + "|sequence-decls");

    /** Frames of a slide whose text is not its content: numbers, footers, dates, headers. */
    private static final Set<String> LEFT_OUT_FRAMES = Set.of("page-number", "footer", "date-time", "header");

    private final String mediaType;

    private OdfParser(String mediaType) {
        this.mediaType = mediaType;
    }

    static OdfParser text() {
        return new OdfParser(TEXT);
    }

    static OdfParser spreadsheet() {
        return new OdfParser(SPREADSHEET);
    }

    static OdfParser presentation() {
        return new OdfParser(PRESENTATION);
    }

    @Override
    public ParsedDocument parse(byte[] content) {
        Map<String, byte[]> parts = PackageExpansion.read(
                content, mediaType, Set.of("content.xml", "meta.xml", "mimetype"), Long.MAX_VALUE);
        byte[] body = parts.get("content.xml");
        if (body == null) {
            throw new CorruptDocumentException(mediaType, "the package holds no content.xml");
        }
        String declared = parts.containsKey("mimetype")
                ? new String(parts.get("mimetype"), StandardCharsets.US_ASCII).strip()
                : null;
        if (declared != null && !declared.startsWith(mediaType)) {
            throw new CorruptDocumentException(mediaType, "its mimetype entry says " + declared);
        }
        try {
            var reader = new Reader(xml(body));
            ParsedDocument parsed = switch (mediaType) {
                case SPREADSHEET -> reader.spreadsheet();
                case PRESENTATION -> reader.presentation();
                default -> reader.text();
            };
            String title = parts.containsKey("meta.xml") ? title(xml(parts.get("meta.xml"))) : null;
            return new ParsedDocument(
                    parsed.text(), title != null ? title : parsed.title(), parsed.sections(), parsed.pages());
        } catch (XMLStreamException e) {
            throw new CorruptDocumentException(mediaType, e.getMessage());
        }
    }

    private static XMLStreamReader xml(byte[] part) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return factory.createXMLStreamReader(new ByteArrayInputStream(part));
    }

    private static String title(XMLStreamReader meta) throws XMLStreamException {
        while (meta.hasNext()) {
            if (meta.next() == XMLStreamConstants.START_ELEMENT
                    && NS_DC.equals(meta.getNamespaceURI())
                    && meta.getLocalName().equals("title")) {
                String title = meta.getElementText().strip();
                return title.isEmpty() ? null : title;
            }
        }
        return null;
    }

    private static String key(XMLStreamReader xml) {
        return xml.getNamespaceURI() + "|" + xml.getLocalName();
    }

    private static int intAttribute(XMLStreamReader xml, String namespace, String name, int otherwise) {
        String value = xml.getAttributeValue(namespace, name);
        try {
            return value == null ? otherwise : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    /** Walks content.xml once, in the shape of one of the three kinds. */
    private static final class Reader {

        private final XMLStreamReader xml;

        Reader(XMLStreamReader xml) {
            this.xml = xml;
        }

        /** ODT: blocks, heading sections, tables as lines of cells. */
        ParsedDocument text() throws XMLStreamException {
            var text = new SectionedText();
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String key = key(xml);
                if (key.equals(NS_TABLE + "|table")) {
                    text.add(tableText(), 0);
                } else if (key.equals(NS_TEXT + "|h")) {
                    int level = Math.min(6, Math.max(1, intAttribute(xml, NS_TEXT, "outline-level", 1)));
                    text.add(inlineText(), level);
                } else if (key.equals(NS_TEXT + "|p")) {
                    text.add(inlineText(), 0);
                } else if (SKIPPED.contains(key)) {
                    skip();
                }
            }
            return text.parsed(null);
        }

        /** ODS: a section per sheet, rows under their header. */
        ParsedDocument spreadsheet() throws XMLStreamException {
            var text = new StringBuilder();
            var sections = new ArrayList<DocumentSection>();
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT || !key(xml).equals(NS_TABLE + "|table")) {
                    continue;
                }
                String name = xml.getAttributeValue(NS_TABLE, "name");
                List<String> lines = sheetLines();
                if (lines.isEmpty()) {
                    continue;
                }
                if (!text.isEmpty()) {
                    text.append("\n\n");
                }
                name = name == null || name.isBlank() ? "Sheet " + (sections.size() + 1) : name.strip();
                int start = text.length();
                text.append(name).append("\n\n").append(String.join("\n", lines));
                sections.add(new DocumentSection("# " + name, start, text.length()));
            }
            return new ParsedDocument(text.toString(), null, sections, List.of());
        }

        /** ODP: a page and a section per slide, its title first, its notes last. */
        ParsedDocument presentation() throws XMLStreamException {
            var text = new StringBuilder();
            var sections = new ArrayList<DocumentSection>();
            var pages = new ArrayList<DocumentPage>();
            String firstTitle = null;
            int number = 0;
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT || !key(xml).equals(NS_DRAW + "|page")) {
                    continue;
                }
                number++;
                var slide = new Slide();
                readSlide(slide);
                var blocks = new ArrayList<String>();
                if (!slide.title.isEmpty()) {
                    blocks.add(slide.title);
                }
                blocks.addAll(slide.blocks);
                if (!slide.notes.isEmpty()) {
                    blocks.add("Notes: " + String.join(" ", slide.notes));
                }
                if (blocks.isEmpty()) {
                    continue;
                }
                if (!text.isEmpty()) {
                    text.append("\n\n");
                }
                int start = text.length();
                text.append(String.join("\n\n", blocks));
                pages.add(new DocumentPage(number, start, text.length()));
                sections.add(new DocumentSection(
                        "# " + (slide.title.isEmpty() ? "Slide " + number : slide.title), start, text.length()));
                if (firstTitle == null && !slide.title.isEmpty()) {
                    firstTitle = slide.title;
                }
            }
            return new ParsedDocument(text.toString(), firstTitle, sections, pages);
        }

        private static final class Slide {
            String title = "";
            final List<String> blocks = new ArrayList<>();
            final List<String> notes = new ArrayList<>();
        }

        /** Reads the draw:page the reader is on up to its end. */
        private void readSlide(Slide slide) throws XMLStreamException {
            Deque<String> frameClasses = new ArrayDeque<>();
            boolean inNotes = false;
            int depth = 1;
            while (depth > 0 && xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                    String key = key(xml);
                    if (key.equals(NS_PRESENTATION + "|notes")) {
                        inNotes = false;
                    } else if (key.equals(NS_DRAW + "|frame") && !frameClasses.isEmpty()) {
                        frameClasses.pop();
                    }
                    continue;
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String key = key(xml);
                if (SKIPPED.contains(key)) {
                    skip();
                    continue;
                }
                if (key.equals(NS_PRESENTATION + "|notes")) {
                    inNotes = true;
                } else if (key.equals(NS_DRAW + "|frame")) {
                    String kind = xml.getAttributeValue(NS_PRESENTATION, "class");
                    frameClasses.push(kind == null ? "" : kind);
                } else if (key.equals(NS_TABLE + "|table")) {
                    String table = tableText();
                    if (!table.isEmpty()) {
                        slide.blocks.add(table);
                    }
                    continue;
                } else if (key.equals(NS_TEXT + "|p") || key.equals(NS_TEXT + "|h")) {
                    String block = inlineText();
                    String kind = frameClasses.isEmpty() ? "" : frameClasses.peek();
                    if (block.isEmpty() || LEFT_OUT_FRAMES.contains(kind)) {
                        continue;
                    }
                    if (inNotes) {
                        if (!kind.equals("page")) {
                            slide.notes.add(block);
                        }
                    } else if (kind.equals("title") && slide.title.isEmpty()) {
                        slide.title = block;
                    } else {
                        slide.blocks.add(block);
                    }
                    continue;
                }
                depth++;
            }
        }

        /** A sheet's rows, up to the end of the table:table the reader is on. */
        private List<String> sheetLines() throws XMLStreamException {
            var rows = new TableRows();
            TreeMap<Integer, String> row = null;
            int repeatRow = 1;
            int column = 0;
            int depth = 1;
            while (depth > 0 && xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                    if (key(xml).equals(NS_TABLE + "|table-row") && row != null) {
                        for (int r = 0; r < (row.isEmpty() ? 1 : Math.min(repeatRow, MAX_REPEAT)); r++) {
                            rows.add(row);
                        }
                        row = null;
                    }
                    continue;
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String key = key(xml);
                if (key.equals(NS_TABLE + "|table-row")) {
                    row = new TreeMap<>();
                    repeatRow = intAttribute(xml, NS_TABLE, "number-rows-repeated", 1);
                    column = 0;
                    depth++;
                } else if ((key.equals(NS_TABLE + "|table-cell") || key.equals(NS_TABLE + "|covered-table-cell"))
                        && row != null) {
                    int repeat = Math.max(1, intAttribute(xml, NS_TABLE, "number-columns-repeated", 1));
                    String value = cellText();
                    if (!value.isEmpty()) {
                        for (int c = 0; c < Math.min(repeat, MAX_REPEAT); c++) {
                            row.put(column + c, value);
                        }
                    }
                    column += repeat;
                } else if (SKIPPED.contains(key)) {
                    skip();
                } else {
                    depth++;
                }
            }
            return rows.lines();
        }

        /** A table as lines of space-separated cells, up to the end of the table:table the reader is on. */
        private String tableText() throws XMLStreamException {
            var lines = new ArrayList<String>();
            var cells = new ArrayList<String>();
            int depth = 1;
            while (depth > 0 && xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                    if (key(xml).equals(NS_TABLE + "|table-row")) {
                        if (!cells.isEmpty()) {
                            lines.add(String.join(" ", cells));
                        }
                        cells.clear();
                    }
                    continue;
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String key = key(xml);
                if (key.equals(NS_TABLE + "|table-cell")) {
                    String value = cellText();
                    if (!value.isEmpty()) {
                        cells.add(value);
                    }
                } else if (SKIPPED.contains(key)) {
                    skip();
                } else {
                    depth++;
                }
            }
            return String.join("\n", lines);
        }

        /** A cell's paragraphs joined by spaces, up to the end of the cell the reader is on. */
        private String cellText() throws XMLStreamException {
            var parts = new ArrayList<String>();
            int depth = 1;
            while (depth > 0 && xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                } else if (event == XMLStreamConstants.START_ELEMENT) {
                    String key = key(xml);
                    if (key.equals(NS_TEXT + "|p") || key.equals(NS_TEXT + "|h")) {
                        String part = inlineText();
                        if (!part.isEmpty()) {
                            parts.add(part);
                        }
                    } else if (SKIPPED.contains(key)) {
                        skip();
                    } else {
                        depth++;
                    }
                }
            }
            return String.join(" ", parts).strip().replaceAll("\\s+", " ");
        }

        /** The text of the paragraph or heading the reader is on, spaces and tabs as written, whitespace folded. */
        private String inlineText() throws XMLStreamException {
            var text = new StringBuilder();
            int depth = 1;
            while (depth > 0 && xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                    text.append(xml.getText());
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                } else if (event == XMLStreamConstants.START_ELEMENT) {
                    String key = key(xml);
                    if (SKIPPED.contains(key)) {
                        skip();
                    } else if (key.equals(NS_TEXT + "|s")) {
                        text.append(" ".repeat(Math.max(1, Math.min(intAttribute(xml, NS_TEXT, "c", 1), 100))));
                        depth++;
                    } else if (key.equals(NS_TEXT + "|tab") || key.equals(NS_TEXT + "|line-break")) {
                        text.append(' ');
                        depth++;
                    } else {
                        depth++;
                    }
                }
            }
            return text.toString().strip().replaceAll("\\s+", " ").replace('\u0000', ' ');
        }

        /** Passes over the element the reader is on, its children included. */
        private void skip() throws XMLStreamException {
            int depth = 1;
            while (depth > 0 && xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
        }
    }
}
