package org.jrag.ingest.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jrag.ingest.problem.CorruptDocumentException;
import org.junit.jupiter.api.Test;

class DocxParserTests {

    private final DocxParser parser = new DocxParser();

    @Test
    void extractsParagraphsTablesAndHeadingSections() {
        // given
        byte[] docx = DocxFixtures.docx(
                null, "#1 Retrieval", "Hybrid search fuses ranks.", "#2 Tables", "|BM25|lexical", "The end.");

        // when
        ParsedDocument parsed = parser.parse(docx);

        // then
        assertThat(parsed.text())
                .isEqualTo("Retrieval\n\nHybrid search fuses ranks.\n\nTables\n\nBM25 lexical\n\nThe end.");
        assertThat(parsed.title()).isEqualTo("Retrieval");
        assertThat(parsed.sections())
                .extracting(DocumentSection::path)
                .containsExactly("# Retrieval", "# Retrieval > ## Tables");
        DocumentSection tables = parsed.sections().get(1);
        assertThat(parsed.text().substring(tables.startOffset(), tables.endOffset()))
                .isEqualTo("Tables\n\nBM25 lexical\n\nThe end.");
    }

    @Test
    void prefersTheCorePropertiesTitle() {
        assertThat(parser.parse(DocxFixtures.docx("Handbook", "#1 Chapter", "Text."))
                        .title())
                .isEqualTo("Handbook");
    }

    @Test
    void isDetectedFromItsContentAndRefusedWhenBroken() {
        byte[] docx = DocxFixtures.docx(null, "Words.");
        assertThat(FormatDetector.detect(docx, null, null, "upload.bin").format())
                .isEqualTo(DocumentFormat.DOCX);

        byte[] truncated = Arrays.copyOf(docx, docx.length / 2);
        assertThatThrownBy(() -> parser.parse(truncated))
                .isInstanceOf(CorruptDocumentException.class)
                .hasMessageStartingWith("document is not a readable " + DocxParser.MEDIA_TYPE + ": ");
        assertThatThrownBy(() -> parser.parse("PK\u0003\u0004 not a package".getBytes(StandardCharsets.ISO_8859_1)))
                .isInstanceOf(CorruptDocumentException.class);
    }
}
