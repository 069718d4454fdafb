package org.jrag.ingest.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps Markdown as its source text: that is what is chunked and cited, so citations show exactly what the author
 * wrote. Each ATX heading ({@code ## Install}) opens a section that runs to the next heading, named by its heading path
 * ({@code # Guide > ## Install}); lines inside fenced code blocks are never headings. The first level-one heading
 * becomes the title when the upload gives none.
 */
final class MarkdownParser implements DocumentParser {

    private static final Pattern HEADING = Pattern.compile("^ {0,3}(#{1,6})[ \\t]+(.+?)(?:[ \\t]+#+)?[ \\t]*$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");

    @Override
    public ParsedDocument parse(byte[] content) {
        String text = Utf8Decoder.decode(content);
        var trail = new HeadingTrail();
        var sections = new ArrayList<DocumentSection>();
        String title = null;
        String openPath = null;
        int openStart = 0;
        String fence = null; // the opening fence while inside a fenced code block
        for (int lineStart = 0; lineStart < text.length(); ) {
            int newline = text.indexOf('\n', lineStart);
            int lineEnd = newline < 0 ? text.length() : newline;
            String line = text.substring(lineStart, lineEnd);
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            Matcher fenceMatch = FENCE.matcher(line);
            if (fence != null) {
                if (fenceMatch.find()
                        && fenceMatch.group(1).charAt(0) == fence.charAt(0)
                        && fenceMatch.group(1).length() >= fence.length()) {
                    fence = null;
                }
            } else if (fenceMatch.find()) {
                fence = fenceMatch.group(1);
            } else {
                Matcher heading = HEADING.matcher(line);
                if (heading.matches()) {
                    int level = heading.group(1).length();
                    if (openPath != null) {
                        sections.add(new DocumentSection(openPath, openStart, lineStart));
                    }
                    openPath = trail.enter(level, heading.group(2));
                    openStart = lineStart;
                    if (level == 1 && title == null) {
                        title = heading.group(2).strip();
                    }
                }
            }
            lineStart = newline < 0 ? text.length() : newline + 1;
        }
        if (openPath != null) {
            sections.add(new DocumentSection(openPath, openStart, text.length()));
        }
        return new ParsedDocument(text, title, sections, List.of());
    }
}
