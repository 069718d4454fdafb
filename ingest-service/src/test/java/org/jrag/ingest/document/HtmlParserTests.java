package org.jrag.ingest.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HtmlParserTests {

    private final HtmlParser parser = new HtmlParser();

    private ParsedDocument parse(String html) {
        return parser.parse(html.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void keepsOnlyTheMainTextWithoutScriptsStylesOrNavigation() {
        // given
        String html = """
                <!doctype html>
                <html><head><title>HNSW explained</title><style>p { color: red }</style>
                <script>var secret = "tracking code";</script></head>
                <body>
                  <header><a href="/">Home</a> | <a href="/blog">Blog</a></header>
                  <nav><ul><li>Menu item</li></ul></nav>
                  <main>
                    <h1>HNSW   explained</h1>
                    <p>HNSW builds a <b>layered</b>
                       graph.</p>
                    <script>alert("inline")</script>
                    <h2>Search</h2>
                    <p>Queries walk&nbsp;it greedily.</p>
                    <ul><li>fast</li><li>approximate</li></ul>
                    <form><input name="q"><button>Search</button></form>
                  </main>
                  <aside>Related posts</aside>
                  <footer>Copyright 2024</footer>
                </body></html>
                """;

        // when
        ParsedDocument parsed = parse(html);

        // then
        assertThat(parsed.title()).isEqualTo("HNSW explained");
        assertThat(parsed.text())
                .isEqualTo("HNSW explained\n\nHNSW builds a layered graph.\n\nSearch\n\n"
                        + "Queries walk\u00A0it greedily.\n\nfast\napproximate");
        assertThat(parsed.text()).doesNotContain("tracking", "alert", "Menu", "Home", "Related", "Copyright", "color");
        assertThat(parsed.sections())
                .extracting(DocumentSection::path)
                .containsExactly("# HNSW explained", "# HNSW explained > ## Search");
        DocumentSection search = parsed.sections().get(1);
        assertThat(parsed.text().substring(search.startOffset(), search.endOffset()))
                .isEqualTo("Search\n\nQueries walk\u00A0it greedily.\n\nfast\napproximate");
    }

    @Test
    void readsTheArticlesWhenThereIsNoMainAndKeepsAnArticlesOwnHeader() {
        String html = "<html><body><div class=ad>Buy now</div>"
                + "<article><header><h1>First post</h1><p>by Ann</p></header><p>Body one.</p></article>"
                + "<article><h2>Second</h2><pre>code  line\n  indented</pre></article>"
                + "<footer>site footer</footer></body></html>";

        ParsedDocument parsed = parse(html);

        assertThat(parsed.text()).isEqualTo("First post\n\nby Ann\n\nBody one.\n\nSecond\n\ncode  line\n  indented");
        assertThat(parsed.title()).isEqualTo("First post");
        assertThat(parsed.sections())
                .extracting(DocumentSection::path)
                .containsExactly("# First post", "# First post > ## Second");
    }

    @Test
    void readsTheWholeBodyOfAPageWithoutLandmarks() {
        ParsedDocument parsed = parse(
                "<p>One<br>two</p><div>three <span>four</span></div><table><tr><td>a</td>" + "<td>b</td></tr></table>");

        assertThat(parsed.text()).isEqualTo("One\ntwo\n\nthree four\n\na b");
        assertThat(parsed.title()).isNull();
        assertThat(parsed.sections()).isEmpty();
    }
}
