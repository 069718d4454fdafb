package org.jrag.ingest.document;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFGroupShape;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableCell;
import org.apache.poi.xslf.usermodel.XSLFTableRow;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.jrag.ingest.problem.CorruptDocumentException;

/**
 * Extracts a PowerPoint (PPTX) presentation's text with Apache POI, a slide at a time: its title, the text of its
 * other shapes in the order of the slide's shape tree (groups opened, table rows as lines of space-separated cells),
 * then its speaker notes after {@code "Notes: "}. Every slide is a page numbered as PowerPoint numbers it, so chunks
 * cite their slides, and a section named by its title (or {@code Slide n}). Hidden slides are left out, as are the
 * footer, date and slide-number placeholders. The title is the core properties' title, else the first slide's. The
 * package is expanded within {@link PackageExpansion}'s bounds first (POI reads the XML into a tree).
 */
final class PptxParser implements DocumentParser {

    static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.presentationml.presentation";

    private static final Set<Placeholder> LEFT_OUT = Set.of(
            Placeholder.TITLE,
            Placeholder.CENTERED_TITLE,
            Placeholder.FOOTER,
            Placeholder.DATETIME,
            Placeholder.SLIDE_NUMBER,
            Placeholder.HEADER);

    private final long maxXmlBytes;

    PptxParser() {
        this(PackageExpansion.MAX_TREE_XML_BYTES);
    }

    /** @param maxXmlBytes the most XML the package may expand to (POI reads it into a tree) */
    PptxParser(long maxXmlBytes) {
        this.maxXmlBytes = maxXmlBytes;
    }

    @Override
    public ParsedDocument parse(byte[] content) {
        PackageExpansion.read(content, MEDIA_TYPE, Set.of(), maxXmlBytes);
        try (var pptx = new XMLSlideShow(new ByteArrayInputStream(content))) {
            var text = new StringBuilder();
            var sections = new ArrayList<DocumentSection>();
            var pages = new ArrayList<DocumentPage>();
            String firstTitle = null;
            List<XSLFSlide> slides = pptx.getSlides();
            for (int i = 0; i < slides.size(); i++) {
                XSLFSlide slide = slides.get(i);
                if (slide.isHidden()) {
                    continue;
                }
                var blocks = new ArrayList<String>();
                String title = clean(slide.getTitle());
                if (!title.isEmpty()) {
                    blocks.add(title);
                }
                collect(slide.getShapes(), blocks);
                String notes = notesText(slide.getNotes());
                if (!notes.isEmpty()) {
                    blocks.add("Notes: " + notes);
                }
                if (blocks.isEmpty()) {
                    continue;
                }
                if (!text.isEmpty()) {
                    text.append("\n\n");
                }
                int start = text.length();
                text.append(String.join("\n\n", blocks).replace('\u0000', ' '));
                int number = i + 1;
                pages.add(new DocumentPage(number, start, text.length()));
                sections.add(new DocumentSection(
                        "# " + (title.isEmpty() ? "Slide " + number : title), start, text.length()));
                if (firstTitle == null && !title.isEmpty()) {
                    firstTitle = title;
                }
            }
            String title = pptx.getProperties().getCoreProperties().getTitle();
            return new ParsedDocument(
                    text.toString(), title == null || title.isBlank() ? firstTitle : title, sections, pages);
        } catch (Exception e) { // POI signals a broken package with many exception types, checked and not
            throw new CorruptDocumentException(MEDIA_TYPE, e.getMessage());
        }
    }

    private static void collect(List<XSLFShape> shapes, List<String> blocks) {
        for (XSLFShape shape : shapes) {
            if (shape instanceof XSLFGroupShape group) {
                collect(group.getShapes(), blocks);
            } else if (shape instanceof XSLFTextShape textShape) {
                Placeholder placeholder = textShape.getPlaceholder();
                if (placeholder != null && LEFT_OUT.contains(placeholder)) {
                    continue;
                }
                String block = textShape.getText().strip();
                if (!block.isEmpty()) {
                    blocks.add(block);
                }
            } else if (shape instanceof XSLFTable table) {
                String block = tableText(table);
                if (!block.isEmpty()) {
                    blocks.add(block);
                }
            }
        }
    }

    private static String notesText(XSLFNotes notes) {
        if (notes == null) {
            return "";
        }
        var parts = new ArrayList<String>();
        for (XSLFShape shape : notes.getShapes()) {
            if (shape instanceof XSLFTextShape textShape && textShape.getPlaceholder() == Placeholder.BODY) {
                String part = clean(textShape.getText());
                if (!part.isEmpty()) {
                    parts.add(part);
                }
            }
        }
        return String.join(" ", parts);
    }

    private static String tableText(XSLFTable table) {
        var rows = new ArrayList<String>();
        for (XSLFTableRow row : table.getRows()) {
            var cells = new ArrayList<String>();
            for (XSLFTableCell cell : row.getCells()) {
                String cellText = clean(cell.getText());
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

    private static String clean(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }
}
