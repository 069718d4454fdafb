package org.jrag.ingest.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.sl.usermodel.GroupShape;
import org.apache.poi.sl.usermodel.Notes;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.sl.usermodel.Shape;
import org.apache.poi.sl.usermodel.Slide;
import org.apache.poi.sl.usermodel.SlideShow;
import org.apache.poi.sl.usermodel.TableCell;
import org.apache.poi.sl.usermodel.TableShape;
import org.apache.poi.sl.usermodel.TextShape;

/**
 * A presentation's text through POI's common slide model, so PowerPoint's two formats (PPTX, PPT) read alike, a slide
 * at a time: its title, the text of its other shapes in the order of the slide's shape tree (groups opened, table rows
 * as lines of space-separated cells), then its speaker notes after {@code "Notes: "}. Every slide is a page numbered
 * as PowerPoint numbers it, so chunks cite their slides, and a section named by its title (or {@code Slide n}). Hidden
 * slides are left out, as are the footer, date and slide-number placeholders. The title is the file's own, else the
 * first slide's.
 */
final class SlideText {

    private static final Set<Placeholder> LEFT_OUT = Set.of(
            Placeholder.TITLE,
            Placeholder.CENTERED_TITLE,
            Placeholder.FOOTER,
            Placeholder.DATETIME,
            Placeholder.SLIDE_NUMBER,
            Placeholder.HEADER);

    private SlideText() {}

    /** @param title the title the file's properties give, or null */
    static ParsedDocument parsed(SlideShow<?, ?> show, String title) {
        var text = new StringBuilder();
        var sections = new ArrayList<DocumentSection>();
        var pages = new ArrayList<DocumentPage>();
        String firstTitle = null;
        List<? extends Slide<?, ?>> slides = show.getSlides();
        for (int i = 0; i < slides.size(); i++) {
            Slide<?, ?> slide = slides.get(i);
            if (slide.isHidden()) {
                continue;
            }
            var blocks = new ArrayList<String>();
            String slideTitle = clean(slide.getTitle());
            if (!slideTitle.isEmpty()) {
                blocks.add(slideTitle);
            }
            collect(slide.getShapes(), blocks);
            if (!slideTitle.isEmpty()) {
                // the title's own shape, where the format does not mark it as the title placeholder (PPT's)
                for (int b = 1; b < blocks.size(); b++) {
                    if (clean(blocks.get(b)).equals(slideTitle)) {
                        blocks.remove(b);
                        break;
                    }
                }
            }
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
                    "# " + (slideTitle.isEmpty() ? "Slide " + number : slideTitle), start, text.length()));
            if (firstTitle == null && !slideTitle.isEmpty()) {
                firstTitle = slideTitle;
            }
        }
        return new ParsedDocument(
                text.toString(), title == null || title.isBlank() ? firstTitle : title, sections, pages);
    }

    private static void collect(List<? extends Shape<?, ?>> shapes, List<String> blocks) {
        for (Shape<?, ?> shape : shapes) {
            if (shape instanceof GroupShape<?, ?> group) {
                collect(group.getShapes(), blocks);
            } else if (shape instanceof TextShape<?, ?> textShape) {
                Placeholder placeholder = textShape.getPlaceholder();
                if (placeholder != null && LEFT_OUT.contains(placeholder)) {
                    continue;
                }
                String block =
                        textShape.getText() == null ? "" : textShape.getText().strip();
                if (!block.isEmpty()) {
                    blocks.add(block);
                }
            } else if (shape instanceof TableShape<?, ?> table) {
                String block = tableText(table);
                if (!block.isEmpty()) {
                    blocks.add(block);
                }
            }
        }
    }

    /** The notes' body text (not the slide image or number PowerPoint puts on a notes page). */
    private static String notesText(Notes<?, ?> notes) {
        if (notes == null) {
            return "";
        }
        var parts = new ArrayList<String>();
        for (Shape<?, ?> shape : notes.getShapes()) {
            if (shape instanceof TextShape<?, ?> textShape
                    && (textShape.getPlaceholder() == Placeholder.BODY || textShape.getPlaceholder() == null)) {
                String part = clean(textShape.getText());
                if (!part.isEmpty()) {
                    parts.add(part);
                }
            }
        }
        return String.join(" ", parts);
    }

    private static String tableText(TableShape<?, ?> table) {
        var rows = new ArrayList<String>();
        for (int r = 0; r < table.getNumberOfRows(); r++) {
            var cells = new ArrayList<String>();
            for (int c = 0; c < table.getNumberOfColumns(); c++) {
                TableCell<?, ?> cell = table.getCell(r, c);
                String cellText = cell == null ? "" : clean(cell.getText());
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
