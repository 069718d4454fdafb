package org.jrag.ingest.document;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.model.StyleDescription;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.jrag.ingest.problem.CorruptDocumentException;

/**
 * Extracts a Word 97-2003 (DOC) document's text with POI's HWPF, as a DOCX's is read ({@link SectionedText}): each
 * paragraph a block, a paragraph in a heading style ({@code Heading 1} to {@code 6}) opening a section, each table row
 * a line of its cells. Field codes are dropped and their results kept (a page reference reads as the page). The title
 * is the summary information's.
 */
final class DocParser implements DocumentParser {

    static final String MEDIA_TYPE = "application/msword";

    private static final Pattern HEADING = Pattern.compile("heading\\s*([1-6])");

    /** Word's marks in paragraph text: cell and row ends, line and page breaks, and other control characters. */
    private static final Pattern CONTROL = Pattern.compile("[\\u0000-\\u0008\\u000B-\\u001F]");

    @Override
    public ParsedDocument parse(byte[] content) {
        try (var doc = new HWPFDocument(new ByteArrayInputStream(content))) {
            var text = new SectionedText();
            Range range = doc.getRange();
            List<String> row = new ArrayList<>();
            var cell = new StringBuilder();
            for (int i = 0; i < range.numParagraphs(); i++) {
                Paragraph paragraph = range.getParagraph(i);
                String raw = Range.stripFields(paragraph.text());
                if (paragraph.isInTable()) {
                    if (paragraph.isTableRowEnd()) {
                        text.add(String.join(" ", row), 0);
                        row = new ArrayList<>();
                        continue;
                    }
                    cell.append(' ').append(clean(raw));
                    if (raw.endsWith("\u0007")) { // the cell's last paragraph
                        String cellText = cell.toString().strip();
                        if (!cellText.isEmpty()) {
                            row.add(cellText);
                        }
                        cell.setLength(0);
                    }
                    continue;
                }
                text.add(clean(raw), headingLevel(doc, paragraph));
            }
            var summary = doc.getSummaryInformation();
            return text.parsed(summary == null ? null : summary.getTitle());
        } catch (Exception e) { // POI signals a broken file with many exception types, checked and not
            throw new CorruptDocumentException(MEDIA_TYPE, e.getMessage());
        }
    }

    private static String clean(String paragraph) {
        return CONTROL.matcher(paragraph).replaceAll(" ").strip().replaceAll("\\s+", " ");
    }

    /** 1-6 for a paragraph whose style is a heading, else 0. */
    private static int headingLevel(HWPFDocument doc, Paragraph paragraph) {
        StyleDescription style = doc.getStyleSheet().getStyleDescription(paragraph.getStyleIndex());
        if (style == null || style.getName() == null) {
            return 0;
        }
        Matcher heading = HEADING.matcher(style.getName().toLowerCase(Locale.ROOT));
        return heading.matches() ? Integer.parseInt(heading.group(1)) : 0;
    }
}
