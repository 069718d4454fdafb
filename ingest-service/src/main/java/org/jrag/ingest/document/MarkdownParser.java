package org.jrag.ingest.document;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps Markdown as its source text: that is what is chunked and cited, so citations show exactly what the author
 * wrote. The first level-one ATX heading ({@code # Title}) becomes the title when the upload gives none.
 */
final class MarkdownParser implements DocumentParser {

    private static final Pattern H1 = Pattern.compile("^ {0,3}# +(.+?)(?: +#+)? *$", Pattern.MULTILINE);

    @Override
    public ParsedDocument parse(byte[] content) {
        String text = Utf8Decoder.decode(content);
        Matcher heading = H1.matcher(text);
        return new ParsedDocument(text, heading.find() ? heading.group(1).strip() : null);
    }
}
