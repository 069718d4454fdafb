package org.jrag.ingest.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.jrag.ingest.problem.CorruptDocumentException;
import org.junit.jupiter.api.Test;

class EpubParserTests {

    private static final String OPF = """
            <?xml version="1.0" encoding="UTF-8"?>
            <package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="id">
              <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
                <dc:identifier id="id">urn:uuid:0b6e</dc:identifier>
                <dc:title>Operating jrag</dc:title>
              </metadata>
              <manifest>
                <item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
                <item id="c2" href="text/chapter%202.xhtml" media-type="application/xhtml+xml"/>
                <item id="c1" href="text/chapter1.xhtml" media-type="application/xhtml+xml"/>
                <item id="css" href="style.css" media-type="text/css"/>
              </manifest>
              <spine>
                <itemref idref="c1"/>
                <itemref idref="c2"/>
              </spine>
            </package>""";

    private final EpubParser parser = new EpubParser(new HtmlParser());

    @Test
    void readsTheSpinesDocumentsInOrderWithTheirSectionsAndTheBooksTitle() {
        byte[] epub = EpubFixtures.epub(
                OPF,
                Map.of(
                        "OEBPS/nav.xhtml", "<html><body><nav><ol><li>Contents</li></ol></nav></body></html>",
                        "OEBPS/text/chapter 2.xhtml",
                                "<html><body><h1>Upgrades</h1><p>Roll one replica at a time.</p></body></html>",
                        "OEBPS/text/chapter1.xhtml",
                                "<html><head><title>1</title></head><body><h1>Install</h1><p>Start PostgreSQL first.</p>"
                                        + "<h2>Ports</h2><p>The gateway listens on 8080.</p></body></html>",
                        "OEBPS/style.css", "p { margin: 0 }"));

        ParsedDocument parsed = parser.parse(epub);

        assertThat(parsed.title()).isEqualTo("Operating jrag");
        assertThat(parsed.text())
                .isEqualTo("Install\n\nStart PostgreSQL first.\n\nPorts\n\nThe gateway listens on 8080.\n\n"
                        + "Upgrades\n\nRoll one replica at a time.");
        assertThat(parsed.sections())
                .extracting(DocumentSection::path)
                .containsExactly("# Install", "# Install > ## Ports", "# Upgrades");
        DocumentSection upgrades = parsed.sections().get(2);
        assertThat(parsed.text().substring(upgrades.startOffset(), upgrades.endOffset()))
                .isEqualTo("Upgrades\n\nRoll one replica at a time.");
        assertThat(FormatDetector.detect(epub, null, null, "book.zip").format()).isEqualTo(DocumentFormat.EPUB);
    }

    @Test
    void refusesABookWhoseSpineNamesNothing() {
        byte[] epub = EpubFixtures.epub("<package/>", Map.of());

        assertThatThrownBy(() -> parser.parse(epub))
                .isInstanceOf(CorruptDocumentException.class)
                .hasMessage("document is not a readable application/epub+zip: its spine names no document to read");
    }
}
