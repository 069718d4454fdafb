package org.jrag.ingest.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What the crawler reads of an HTML page besides its text: the links on it ({@code <a href>}, against its URL or its
 * {@code <base href>}; {@code rel="nofollow"} ones left out), its {@code <meta name="robots">} wishes and its
 * canonical URL.
 *
 * @param links the links, normalized, in page order, each once
 * @param noindex whether the page asks not to be indexed (it is not stored; its links are still followed)
 * @param nofollow whether the page asks that its links not be followed
 * @param canonical the {@code <link rel="canonical">} URL, normalized, or null
 */
record HtmlLinks(List<URI> links, boolean noindex, boolean nofollow, URI canonical) {

    static final HtmlLinks NONE = new HtmlLinks(List.of(), false, false, null);

    static HtmlLinks read(byte[] html, URI url) {
        Document page;
        try {
            page = Jsoup.parse(new ByteArrayInputStream(html), null, url.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String robots = page.select("meta[name=robots]").eachAttr("content").stream()
                .map(content -> content.toLowerCase(Locale.ROOT))
                .reduce("", (a, b) -> a + "," + b);
        var links = new LinkedHashSet<URI>();
        for (Element anchor : page.select("a[href]")) {
            if (anchor.attr("rel").toLowerCase(Locale.ROOT).contains("nofollow")) {
                continue;
            }
            String absolute = anchor.absUrl("href");
            if (!absolute.isEmpty()) {
                Links.resolve(url, absolute).ifPresent(links::add);
            }
        }
        Element canonical = page.selectFirst("link[rel=canonical][href]");
        URI canonicalUrl = canonical == null || canonical.absUrl("href").isEmpty()
                ? null
                : Links.resolve(url, canonical.absUrl("href")).orElse(null);
        return new HtmlLinks(
                List.copyOf(links),
                robots.contains("noindex") || robots.contains("none"),
                robots.contains("nofollow") || robots.contains("none"),
                canonicalUrl);
    }
}
