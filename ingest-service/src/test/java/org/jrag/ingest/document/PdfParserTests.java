package org.jrag.ingest.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jrag.ingest.problem.CorruptDocumentException;
import org.jrag.ingest.problem.EncryptedPdfException;
import org.junit.jupiter.api.Test;

class PdfParserTests {

    private final PdfParser parser = new PdfParser();

    @Test
    void extractsTextPageByPageWithOffsetsAndTheInfoTitle() {
        // given
        byte[] pdf = PdfFixtures.pages(
                "Vector Search Notes",
                "HNSW builds a layered graph.\nSearch walks it greedily.",
                "",
                "Page three covers recall.");

        // when
        ParsedDocument parsed = parser.parse(pdf);

        // then
        assertThat(parsed.title()).isEqualTo("Vector Search Notes");
        assertThat(parsed.pages()).extracting(DocumentPage::number).containsExactly(1, 2, 3);
        assertThat(slice(parsed, 0)).isEqualTo("HNSW builds a layered graph.\nSearch walks it greedily.");
        assertThat(slice(parsed, 1)).isEmpty();
        assertThat(slice(parsed, 2)).isEqualTo("Page three covers recall.");
        assertThat(parsed.text())
                .isEqualTo("HNSW builds a layered graph.\nSearch walks it greedily.\n\nPage three covers recall.");
    }

    @Test
    void refusesAPasswordProtectedPdf() {
        assertThatThrownBy(() -> parser.parse(PdfFixtures.passwordProtected("secret text")))
                .isInstanceOf(EncryptedPdfException.class)
                .hasMessageStartingWith("PDF is encrypted with a password");
    }

    @Test
    void refusesAPdfWhosePermissionsForbidExtraction() {
        assertThatThrownBy(() -> parser.parse(PdfFixtures.extractionForbidden("locked text")))
                .isInstanceOf(EncryptedPdfException.class)
                .hasMessage("PDF is encrypted and its permissions forbid extracting text");
    }

    @Test
    void refusesACorruptPdf() {
        assertThatThrownBy(() -> parser.parse(PdfFixtures.corrupt()))
                .isInstanceOf(CorruptDocumentException.class)
                .hasMessageStartingWith("document is not a readable application/pdf: ");
    }

    private static String slice(ParsedDocument parsed, int page) {
        DocumentPage p = parsed.pages().get(page);
        return parsed.text().substring(p.startOffset(), p.endOffset());
    }
}
