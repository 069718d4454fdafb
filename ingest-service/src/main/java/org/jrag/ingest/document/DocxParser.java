package org.jrag.ingest.document;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jrag.ingest.problem.CorruptDocumentException;

/**
 * Extracts a Word (DOCX) document's body text with Apache POI: one paragraph per block, table rows as lines of
 * space-separated cells. Paragraphs styled as headings ({@code Heading 1} to {@code Heading 6}) open sections named by
 * their heading path. The title is the core properties' title, else the first heading of level one. The package is
 * expanded within {@link PackageExpansion}'s bounds first (POI reads the XML into a tree).
 */
final class DocxParser implements DocumentParser {

    static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static final Pattern HEADING = Pattern.compile("heading\\s*([1-6])");

    private final long maxXmlBytes;

    DocxParser() {
        this(PackageExpansion.MAX_TREE_XML_BYTES);
    }

    /** @param maxXmlBytes the most XML the package may expand to (POI reads it into a tree) */
    DocxParser(long maxXmlBytes) {
        this.maxXmlBytes = maxXmlBytes;
    }

    @Override
    public ParsedDocument parse(byte[] content) {
        PackageExpansion.read(content, MEDIA_TYPE, Set.of(), maxXmlBytes);
        try (var docx = new XWPFDocument(new ByteArrayInputStream(content))) {
            var text = new SectionedText();
            for (IBodyElement element : docx.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    text.add(paragraph.getText().strip(), headingLevel(docx, paragraph));
                } else if (element instanceof XWPFTable table) {
                    text.add(tableText(table), 0);
                }
            }
            return text.parsed(docx.getProperties().getCoreProperties().getTitle());
        } catch (Exception e) { // POI signals a broken package with many exception types, checked and not
            throw new CorruptDocumentException(MEDIA_TYPE, e.getMessage());
        }
    }

    /** 1-6 for a paragraph whose style (by id or by name) is a heading, else 0. */
    private static int headingLevel(XWPFDocument docx, XWPFParagraph paragraph) {
        String styleId = paragraph.getStyle();
        if (styleId == null) {
            return 0;
        }
        String name = styleId;
        XWPFStyle style = docx.getStyles() == null ? null : docx.getStyles().getStyle(styleId);
        if (style != null && style.getName() != null) {
            name = style.getName();
        }
        Matcher heading = HEADING.matcher(name.toLowerCase(Locale.ROOT));
        return heading.matches() ? Integer.parseInt(heading.group(1)) : 0;
    }

    private static String tableText(XWPFTable table) {
        var rows = new ArrayList<String>();
        for (XWPFTableRow row : table.getRows()) {
            var cells = new ArrayList<String>();
            for (XWPFTableCell cell : row.getTableCells()) {
                String cellText = cell.getText().strip().replaceAll("\\s+", " ");
                if (!cellText.isEmpty()) {
                    cells.add(cellText);
                }
            }
            if (!cells.isEmpty()) {
                rows.add(String.join(" ", cells));
            }
        }
        return String.join("\n", rows);
    }
}
