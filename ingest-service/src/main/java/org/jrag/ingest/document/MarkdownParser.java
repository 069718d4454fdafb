package org.jrag.ingest.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps Markdown as its source text: that is what is chunked and cited, so citations show exactly what the author
 * wrote. Each heading opens a section that runs to the next heading, named by its heading path ({@code # Guide > ##
 * Install}). Headings are ATX ({@code ## Install}) or Setext (a paragraph underlined with {@code ===} for level one or
 * {@code ---} for level two, CommonMark 4.3); a {@code ---} line that follows no paragraph (a blank line, a list item,
 * a heading) is a thematic break, not a heading. Lines inside fenced code blocks are never headings. The first
 * level-one heading becomes the title when the upload gives none.
 */
final class MarkdownParser implements DocumentParser {

    private static final Pattern HEADING = Pattern.compile("^ {0,3}(#{1,6})[ \\t]+(.+?)(?:[ \\t]+#+)?[ \\t]*$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");
    private static final Pattern SETEXT_UNDERLINE = Pattern.compile("^ {0,3}(=+|-+)[ \\t]*$");
    private static final Pattern THEMATIC_BREAK = Pattern.compile("^ {0,3}([-*_])(?:[ \\t]*\\1){2,}[ \\t]*$");
    /** Lines that cannot start or continue a paragraph: list items, block quotes, indented code. */
    private static final Pattern NOT_PARAGRAPH =
            Pattern.compile("^(?: {0,3}(?:[-*+]|\\d{1,9}[.)])(?:[ \\t]|$)| {0,3}>|    |\\t)");

    @Override
    public ParsedDocument parse(byte[] content) {
        String text = Utf8Decoder.decode(content);
        var sections = new Sections(text);
        String fence = null; // the opening fence while inside a fenced code block
        int paragraphStart = -1; // where the open paragraph (a possible Setext heading's text) starts
        StringBuilder paragraph = new StringBuilder();
        for (int lineStart = 0; lineStart < text.length(); ) {
            int newline = text.indexOf('\n', lineStart);
            int lineEnd = newline < 0 ? text.length() : newline;
            String line = text.substring(lineStart, lineEnd);
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            Matcher fenceMatch = FENCE.matcher(line);
            Matcher underline = SETEXT_UNDERLINE.matcher(line);
            if (fence != null) {
                if (fenceMatch.find()
                        && fenceMatch.group(1).charAt(0) == fence.charAt(0)
                        && fenceMatch.group(1).length() >= fence.length()) {
                    fence = null;
                }
            } else if (fenceMatch.find()) {
                fence = fenceMatch.group(1);
                paragraphStart = -1;
            } else if (paragraphStart >= 0 && underline.matches()) {
                sections.open(paragraphStart, underline.group(1).charAt(0) == '=' ? 1 : 2, paragraph.toString());
                paragraphStart = -1;
            } else {
                Matcher heading = HEADING.matcher(line);
                if (heading.matches()) {
                    sections.open(lineStart, heading.group(1).length(), heading.group(2));
                    paragraphStart = -1;
                } else if (line.isBlank()
                        || THEMATIC_BREAK.matcher(line).matches()
                        || NOT_PARAGRAPH.matcher(line).find()) {
                    paragraphStart = -1;
                } else {
                    if (paragraphStart < 0) {
                        paragraphStart = lineStart;
                        paragraph.setLength(0);
                    } else {
                        paragraph.append(' ');
                    }
                    paragraph.append(line.strip());
                }
            }
            lineStart = newline < 0 ? text.length() : newline + 1;
        }
        return new ParsedDocument(text, sections.title, sections.close(), List.of());
    }

    /** The sections found so far: each heading closes the open one where the heading starts. */
    private static final class Sections {

        private final String text;
        private final HeadingTrail trail = new HeadingTrail();
        private final List<DocumentSection> closed = new ArrayList<>();
        private String title;
        private String openPath;
        private int openStart;

        Sections(String text) {
            this.text = text;
        }

        void open(int start, int level, String heading) {
            if (openPath != null) {
                closed.add(new DocumentSection(openPath, openStart, start));
            }
            openPath = trail.enter(level, heading);
            openStart = start;
            if (level == 1 && title == null) {
                title = heading.strip();
            }
        }

        List<DocumentSection> close() {
            if (openPath != null) {
                closed.add(new DocumentSection(openPath, openStart, text.length()));
                openPath = null;
            }
            return closed;
        }
    }
}
