package org.jrag.ingest.document;

import java.util.ArrayList;
import java.util.List;

/**
 * A workbook's text, sheet by sheet (Excel's two formats, XLSX and XLS, read alike): every sheet with rows is a section
 * named after it, opened by its name on a line of its own, then its rows a line each ({@link TableRows}).
 */
final class SheetText {

    private final StringBuilder text = new StringBuilder();
    private final List<DocumentSection> sections = new ArrayList<>();

    /** Adds a sheet: its name and its rows' lines; a sheet without rows is left out. */
    void add(String name, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        if (!text.isEmpty()) {
            text.append("\n\n");
        }
        String stripped = name == null ? "" : name.strip();
        int start = text.length();
        text.append(stripped).append("\n\n").append(String.join("\n", lines));
        sections.add(new DocumentSection(
                "# " + (stripped.isEmpty() ? "Sheet " + (sections.size() + 1) : stripped), start, text.length()));
    }

    ParsedDocument parsed(String title) {
        return new ParsedDocument(text.toString().replace('\u0000', ' '), title, sections, List.of());
    }
}
