package org.jrag.ingest.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Extracts the readable main text of an HTML page with jsoup: scripts, styles, navigation, page headers and footers,
 * asides, forms and hidden elements are dropped, and only {@code <main>} (or else the {@code <article>}s) is read when
 * the page marks its main content. Block elements become line or paragraph breaks, whitespace collapses as a browser
 * would show it (except in {@code <pre>}), and each {@code <h1>}-{@code <h6>} opens a section named by its heading
 * path. The title is {@code <title>}, or else the first {@code <h1>}. The charset comes from a byte order mark or a
 * {@code <meta charset>}, UTF-8 otherwise.
 */
final class HtmlParser implements DocumentParser {

    /** Never main text: code, styling, embedded objects, page chrome and interactive controls. */
    private static final String NOISE = "script, style, noscript, template, iframe, object, embed, svg, canvas, nav,"
            + " aside, form, button, select, dialog, [hidden], [aria-hidden=true]";

    /** What a browser collapses (not U+00A0, which a page uses to keep words apart on purpose). */
    private static final Pattern WHITESPACE = Pattern.compile("[ \\t\\n\\r\\f]+");

    /** Elements that start a paragraph (two newlines). */
    private static final Set<String> PARAGRAPH = Set.of(
            "p",
            "div",
            "section",
            "article",
            "main",
            "header",
            "footer",
            "blockquote",
            "pre",
            "table",
            "ul",
            "ol",
            "dl",
            "figure",
            "figcaption",
            "address",
            "details",
            "summary",
            "hr",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6");

    /** Elements that start a line. */
    private static final Set<String> LINE = Set.of("li", "tr", "dt", "dd", "caption", "br");

    @Override
    public ParsedDocument parse(byte[] content) {
        Document page;
        try {
            page = Jsoup.parse(new ByteArrayInputStream(content), null, "");
        } catch (IOException e) {
            throw new UncheckedIOException("reading an in-memory array failed", e);
        }
        String title = page.title();
        if (title.isBlank()) {
            Element h1 = page.selectFirst("h1");
            title = h1 == null ? null : h1.text();
        }
        page.select(NOISE).remove();
        for (Element chrome : page.select("header, footer")) {
            if (chrome.parents().is("main, article")) {
                continue; // an article's own header (its title, byline) is part of it
            }
            chrome.remove();
        }
        Elements roots = page.select("main");
        if (roots.isEmpty()) {
            roots = page.select("article");
            roots.removeIf(article -> article.parents().is("article"));
        }
        if (roots.isEmpty()) {
            roots = new Elements(page.body());
        }
        var text = new TextCollector();
        for (Element root : roots) {
            NodeTraversor.traverse(text, root);
            text.requestBreak(2);
        }
        return text.finish(title);
    }

    /** Walks the kept nodes, writing their text with browser-like breaks and recording heading sections. */
    private static final class TextCollector implements NodeVisitor {

        private final StringBuilder out = new StringBuilder();
        private final HeadingTrail trail = new HeadingTrail();
        private final List<DocumentSection> sections = new ArrayList<>();
        private String openPath;
        private int openStart;
        private int pendingBreak; // newlines owed before the next text: 0, 1 or 2
        private boolean pendingSpace;
        private int preDepth;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode textNode) {
                append(textNode);
            } else if (node instanceof Element element) {
                String tag = element.normalName();
                if (tag.equals("pre")) {
                    preDepth++;
                }
                if (tag.equals("td") || tag.equals("th")) {
                    pendingSpace = true;
                }
                if (tag.equals("br")) {
                    requestBreak(1);
                } else if (PARAGRAPH.contains(tag)) {
                    requestBreak(2);
                } else if (LINE.contains(tag)) {
                    requestBreak(1);
                }
                if (tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6') {
                    openSection(tag.charAt(1) - '0', element.text());
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element) {
                String tag = element.normalName();
                if (tag.equals("pre")) {
                    preDepth--;
                }
                if (PARAGRAPH.contains(tag)) {
                    requestBreak(2);
                } else if (LINE.contains(tag)) {
                    requestBreak(1);
                }
            }
        }

        void requestBreak(int newlines) {
            pendingBreak = Math.max(pendingBreak, newlines);
        }

        private void openSection(int level, String heading) {
            if (heading.isBlank()) {
                return;
            }
            flushBreak();
            if (openPath != null) {
                sections.add(new DocumentSection(openPath, openStart, out.length()));
            }
            openPath = trail.enter(level, heading);
            openStart = out.length();
        }

        private void append(TextNode node) {
            String raw = node.getWholeText();
            if (preDepth > 0) {
                if (!raw.isEmpty()) {
                    flushBreak();
                    out.append(raw.replace("\r\n", "\n").replace('\u0000', '\uFFFD'));
                }
                return;
            }
            String collapsed = WHITESPACE.matcher(raw).replaceAll(" ");
            if (collapsed.isBlank()) {
                if (!collapsed.isEmpty() && !out.isEmpty()) {
                    pendingSpace = true;
                }
                return;
            }
            boolean leadingSpace = collapsed.charAt(0) == ' ';
            boolean trailingSpace = collapsed.charAt(collapsed.length() - 1) == ' ';
            String words = collapsed.strip();
            if (pendingBreak == 0 && (pendingSpace || leadingSpace) && !out.isEmpty() && !endsWithWhitespace()) {
                out.append(' ');
            }
            flushBreak();
            out.append(words);
            pendingSpace = trailingSpace;
        }

        private void flushBreak() {
            if (pendingBreak > 0 && !out.isEmpty()) {
                while (!out.isEmpty() && out.charAt(out.length() - 1) == ' ') {
                    out.setLength(out.length() - 1);
                }
                int have = 0;
                while (have < out.length() && out.charAt(out.length() - 1 - have) == '\n') {
                    have++;
                }
                out.append("\n".repeat(Math.max(0, pendingBreak - have)));
            }
            pendingBreak = 0;
            pendingSpace = false;
        }

        private boolean endsWithWhitespace() {
            return Character.isWhitespace(out.charAt(out.length() - 1));
        }

        ParsedDocument finish(String title) {
            int end = out.length();
            while (end > 0 && Character.isWhitespace(out.charAt(end - 1))) {
                end--;
            }
            out.setLength(end);
            if (openPath != null) {
                sections.add(new DocumentSection(openPath, Math.min(openStart, end), end));
            }
            return new ParsedDocument(out.toString(), title, sections, List.of());
        }
    }
}
