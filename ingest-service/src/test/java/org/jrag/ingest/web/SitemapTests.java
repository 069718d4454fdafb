package org.jrag.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import javax.xml.stream.XMLStreamException;
import org.junit.jupiter.api.Test;

class SitemapTests {

    private static final String URLSET = """
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
              <url><loc> https://Docs.example.com/a.html </loc><lastmod>2026-01-01</lastmod></url>
              <url><loc>ftp://docs.example.com/b.txt</loc></url>
              <url><loc>https://docs.example.com/c.html#top</loc></url>
            </urlset>""";

    @Test
    void readsThePagesOfASitemapAndTheSitemapsOfAnIndex() throws Exception {
        Sitemap pages = Sitemap.parse(URLSET.getBytes(StandardCharsets.UTF_8), 1 << 20);
        assertThat(pages.index()).isFalse();
        assertThat(pages.locations())
                .containsExactly(
                        URI.create("https://docs.example.com/a.html"), URI.create("https://docs.example.com/c.html"));

        Sitemap index = Sitemap.parse("""
                <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <sitemap><loc>https://docs.example.com/sitemap-1.xml.gz</loc></sitemap>
                </sitemapindex>""".getBytes(StandardCharsets.UTF_8), 1 << 20);
        assertThat(index.index()).isTrue();
        assertThat(index.locations()).containsExactly(URI.create("https://docs.example.com/sitemap-1.xml.gz"));
    }

    @Test
    void readsACompressedSitemapWithinItsBound() throws Exception {
        byte[] compressed = gzip(URLSET.getBytes(StandardCharsets.UTF_8));

        assertThat(Sitemap.parse(compressed, 1 << 20).locations()).hasSize(2);
        assertThatThrownBy(() -> Sitemap.parse(compressed, 100))
                .isInstanceOf(XMLStreamException.class)
                .hasMessage("the compressed sitemap expands past 100 bytes");
    }

    @Test
    void refusesWhatIsNoSitemapAndDocumentTypeDefinitions() {
        assertThatThrownBy(() -> Sitemap.parse("<html><body/></html>".getBytes(StandardCharsets.UTF_8), 1 << 20))
                .hasMessageContaining("not a sitemap: its root element is <html>");
        String withEntity = """
                <?xml version="1.0"?>
                <!DOCTYPE urlset [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <urlset><url><loc>&x;</loc></url></urlset>""";
        assertThatThrownBy(() -> Sitemap.parse(withEntity.getBytes(StandardCharsets.UTF_8), 1 << 20))
                .isInstanceOf(XMLStreamException.class);
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }
}
