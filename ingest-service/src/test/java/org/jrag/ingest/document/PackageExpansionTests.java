package org.jrag.ingest.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.jrag.ingest.batch.ZipFixtures;
import org.jrag.ingest.problem.ZipBombException;
import org.junit.jupiter.api.Test;

class PackageExpansionTests {

    @Test
    void keepsTheNamedPartsOfAPackageWithinItsBounds() {
        byte[] pkg = ZipFixtures.zip(Map.of("content.xml", "<a/>".getBytes(), "media/image.png", new byte[] {1, 2, 3}));

        Map<String, byte[]> parts = PackageExpansion.read(pkg, "application/x-test", Set.of("content.xml"), 1024);

        assertThat(parts).containsOnlyKeys("content.xml");
        assertThat(new String(parts.get("content.xml"))).isEqualTo("<a/>");
    }

    @Test
    void refusesAPackageThatExpandsTooFarOrHoldsTooMuchXml() {
        byte[] bomb =
                ZipFixtures.zip(Map.of("word/document.xml", new byte[3 << 20])); // 3 MiB of zeros: a few KiB zipped
        assertThatThrownBy(() -> PackageExpansion.read(bomb, "application/x-test", Set.of(), Long.MAX_VALUE))
                .isInstanceOf(ZipBombException.class)
                .hasMessageContaining("expands more than 100 times, at part 'word/document.xml'");

        byte[] docx = DocxFixtures.docx(null, "#1 Title", "Some words.");
        assertThatThrownBy(() -> new DocxParser(1024).parse(docx))
                .isInstanceOf(ZipBombException.class)
                .hasMessageContaining("holds more than 1024 bytes of XML");
        assertThat(new DocxParser().parse(docx).text()).isEqualTo("Title\n\nSome words.");
    }
}
