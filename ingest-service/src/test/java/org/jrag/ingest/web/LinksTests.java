package org.jrag.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LinksTests {

    private static final URI PAGE = URI.create("https://Wiki.Example.com/docs/start.html?x=1");

    @Test
    void resolvesLinksAgainstTheirPageWithoutFragmentsAndOnlyToTheWeb() {
        assertThat(Links.resolve(PAGE, "guide.html#ports"))
                .contains(URI.create("https://wiki.example.com/docs/guide.html"));
        assertThat(Links.resolve(PAGE, "../img/a b.png"))
                .contains(URI.create("https://wiki.example.com/img/a%20b.png"));
        assertThat(Links.resolve(PAGE, "HTTPS://WIKI.example.com")).contains(URI.create("https://wiki.example.com/"));
        assertThat(Links.resolve(PAGE, "?page=2"))
                .contains(URI.create("https://wiki.example.com/docs/start.html?page=2"));
        assertThat(Links.resolve(PAGE, "#top")).isEmpty();
        assertThat(Links.resolve(PAGE, "mailto:ops@example.com")).isEmpty();
        assertThat(Links.resolve(PAGE, "javascript:void(0)")).isEmpty();
        assertThat(Links.directoryOf(PAGE)).isEqualTo("https://wiki.example.com/docs/");
        assertThat(Links.directoryOf(URI.create("https://wiki.example.com"))).isEqualTo("https://wiki.example.com/");
    }

    @Test
    void readsAPagesLinksAndRobotsWishes() {
        byte[] html = """
                <html><head><base href="https://wiki.example.com/docs/v2/">
                <meta name="robots" content="NOINDEX"></head><body>
                <a href="a.html">A</a> <a href="a.html#x">A again</a> <a href="b.html" rel="nofollow">B</a>
                <a href="/c.html">C</a></body></html>""".getBytes(StandardCharsets.UTF_8);

        HtmlLinks links = HtmlLinks.read(html, PAGE);

        assertThat(links.links())
                .containsExactly(
                        URI.create("https://wiki.example.com/docs/v2/a.html"),
                        URI.create("https://wiki.example.com/c.html"));
        assertThat(links.noindex()).isTrue();
        assertThat(links.canonical()).isNull();
        assertThat(HtmlLinks.read(
                                "<link rel=\"canonical\" href=\"/docs/start.html#top\">"
                                        .getBytes(StandardCharsets.UTF_8),
                                PAGE)
                        .canonical())
                .isEqualTo(URI.create("https://wiki.example.com/docs/start.html"));
        assertThat(links.nofollow()).isFalse();
        assertThat(HtmlLinks.read("<meta name=robots content=none>".getBytes(StandardCharsets.UTF_8), PAGE))
                .satisfies(l -> assertThat(l.nofollow()).isTrue());
        assertThat(Optional.of(links.links().size())).contains(2);
    }
}
