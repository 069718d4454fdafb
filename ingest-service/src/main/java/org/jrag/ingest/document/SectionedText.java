package org.jrag.ingest.document;

import java.util.ArrayList;
import java.util.List;

/**
 * A document's text written block by block (paragraphs, table rows, headings), blocks a blank line apart; a heading of
 * level 1-6 opens a section named by its heading path ({@link HeadingTrail}) that runs to the next heading. DOCX and
 * ODT are read into one.
 */
final class SectionedText {

    private final StringBuilder text = new StringBuilder();
    private final List<DocumentSection> sections = new ArrayList<>();
    private final HeadingTrail trail = new HeadingTrail();
    private String openPath;
    private int openStart;
    private String firstH1;

    /** Appends a block; {@code level} 1-6 for a heading, 0 for anything else; an empty block is left out. */
    void add(String block, int level) {
        if (block.isEmpty()) {
            return;
        }
        if (!text.isEmpty()) {
            text.append("\n\n");
        }
        if (level > 0) {
            if (openPath != null) {
                sections.add(new DocumentSection(openPath, openStart, text.length()));
            }
            openPath = trail.enter(level, block);
            openStart = text.length();
            if (level == 1 && firstH1 == null) {
                firstH1 = block;
            }
        }
        text.append(block.replace('\u0000', ' '));
    }

    /** The text, its sections, and {@code title} or else the first heading of level one as its title. */
    ParsedDocument parsed(String title) {
        var all = new ArrayList<>(sections);
        if (openPath != null) {
            all.add(new DocumentSection(openPath, openStart, text.length()));
        }
        return new ParsedDocument(text.toString(), title == null || title.isBlank() ? firstH1 : title, all, List.of());
    }
}
