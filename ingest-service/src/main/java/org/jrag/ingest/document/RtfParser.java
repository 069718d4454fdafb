package org.jrag.ingest.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.swing.text.BadLocationException;
import javax.swing.text.DefaultStyledDocument;
import javax.swing.text.Element;
import javax.swing.text.StyleConstants;
import javax.swing.text.rtf.RTFEditorKit;
import org.jrag.ingest.problem.CorruptDocumentException;

/**
 * Extracts a Rich Text Format document's text with the JDK's RTF reader, paragraph by paragraph as a DOCX's is read
 * ({@link SectionedText}): a paragraph in a heading style ({@code Heading 1} to {@code 6}, as Word and LibreOffice name
 * them in the style sheet) opens a section, each table row is a line of its cells. Characters escaped as Unicode
 * ({@code \\u8364?}) or in the document's code page ({@code \\'fc}) read as themselves. The title is the information
 * group's ({@code {\\info{\\title ...}}}).
 */
final class RtfParser implements DocumentParser {

    static final String MEDIA_TYPE = "application/rtf";

    private static final Pattern HEADING = Pattern.compile("heading\\s*([1-6])");

    /** The end of a table cell or row, which the JDK's reader does not know: read as a tab, a paragraph's end. */
    private static final Pattern CELL_END = Pattern.compile("\\\\(?:nest)?cell(?![a-z])");

    private static final Pattern ROW_END = Pattern.compile("\\\\(?:nest)?row(?![a-z])");

    private static final Pattern TITLE = Pattern.compile("\\{\\\\title\\s?((?:[^{}\\\\]|\\\\.[a-z0-9-]*\\s?)*)\\}");

    @Override
    public ParsedDocument parse(byte[] content) {
        String rtf = new String(content, StandardCharsets.ISO_8859_1); // RTF is 7-bit; escapes carry the rest
        if (!rtf.stripLeading().startsWith("{\\rtf")) {
            throw new CorruptDocumentException(MEDIA_TYPE, "it does not start with {\\rtf");
        }
        rtf = ROW_END.matcher(CELL_END.matcher(rtf).replaceAll("\\\\tab ")).replaceAll("\\\\par ");
        try {
            DefaultStyledDocument document = read(rtf);
            var text = new SectionedText();
            Element root = document.getDefaultRootElement();
            for (int i = 0; i < root.getElementCount(); i++) {
                Element paragraph = root.getElement(i);
                String block = document.getText(
                        paragraph.getStartOffset(), paragraph.getEndOffset() - paragraph.getStartOffset());
                text.add(clean(block), headingLevel(paragraph));
            }
            return text.parsed(title(rtf));
        } catch (IOException | BadLocationException | RuntimeException e) { // a broken file fails in many ways
            throw new CorruptDocumentException(MEDIA_TYPE, e.getMessage());
        }
    }

    private static DefaultStyledDocument read(String rtf) throws IOException, BadLocationException {
        var kit = new RTFEditorKit();
        var document = (DefaultStyledDocument) kit.createDefaultDocument();
        kit.read(new ByteArrayInputStream(rtf.getBytes(StandardCharsets.ISO_8859_1)), document, 0);
        return document;
    }

    /** The information group's title, its escapes read as the body's are; null when it has none. */
    private static String title(String rtf) throws IOException, BadLocationException {
        Matcher title = TITLE.matcher(rtf);
        if (!title.find()) {
            return null;
        }
        DefaultStyledDocument document = read("{\\rtf1\\ansi " + title.group(1) + "}");
        return clean(document.getText(0, document.getLength()));
    }

    private static String clean(String block) {
        return block.replace('\u0000', ' ').strip().replaceAll("\\s+", " ");
    }

    /** 1-6 for a paragraph whose style is a heading, else 0. */
    private static int headingLevel(Element paragraph) {
        Object style = paragraph.getAttributes().getAttribute(StyleConstants.NameAttribute);
        if (style == null) {
            return 0;
        }
        Matcher heading = HEADING.matcher(style.toString().toLowerCase(Locale.ROOT));
        return heading.matches() ? Integer.parseInt(heading.group(1)) : 0;
    }
}
