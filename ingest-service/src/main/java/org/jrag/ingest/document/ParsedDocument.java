package org.jrag.ingest.document;

import java.util.ArrayList;
import java.util.List;

/**
 * What a parser extracted: the text that is stored, chunked and cited, a title when the format carries one, and
 * where the text's sections and pages lie, so chunks can carry them as metadata.
 *
 * @param text the document's text; chunk, section and page offsets point into it
 * @param title a title found in the document, or null
 * @param sections the heading sections in document order (empty for formats without headings)
 * @param pages the pages in order (empty for formats without pages)
 * @param ocrPages how many of the pages were read by OCR (scanned pages without a text layer)
 */
public record ParsedDocument(
        String text, String title, List<DocumentSection> sections, List<DocumentPage> pages, int ocrPages) {

    public ParsedDocument(String text, String title, List<DocumentSection> sections, List<DocumentPage> pages) {
        this(text, title, sections, pages, 0);
    }

    public ParsedDocument {
        if (text == null) {
            throw new IllegalArgumentException("text must not be null");
        }
        if (title != null && title.isBlank()) {
            title = null;
        }
        title = title == null ? null : title.strip();
        sections = List.copyOf(sections);
        pages = List.copyOf(pages);
        for (DocumentSection section : sections) {
            if (section.endOffset() > text.length()) {
                throw new IllegalArgumentException("section '" + section.path() + "' ends at " + section.endOffset()
                        + ", past the text's " + text.length() + " characters");
            }
        }
        for (DocumentPage page : pages) {
            if (page.endOffset() > text.length()) {
                throw new IllegalArgumentException("page " + page.number() + " ends at " + page.endOffset()
                        + ", past the text's " + text.length() + " characters");
            }
        }
    }

    /** A document without sections or pages. */
    public ParsedDocument(String text, String title) {
        this(text, title, List.of(), List.of());
    }

    /**
     * Pages joined a blank line apart, each with its offsets: an empty page adds no text but keeps its number (an empty
     * span where it stood).
     */
    static ParsedDocument paged(List<String> pages, String title, int ocrPages) {
        var text = new StringBuilder();
        var spans = new ArrayList<DocumentPage>(pages.size());
        for (int i = 0; i < pages.size(); i++) {
            String page = pages.get(i);
            if (!text.isEmpty() && !page.isEmpty()) {
                text.append("\n\n");
            }
            int start = text.length();
            text.append(page);
            spans.add(new DocumentPage(i + 1, start, text.length()));
        }
        return new ParsedDocument(text.toString(), title, List.of(), spans, ocrPages);
    }
}
