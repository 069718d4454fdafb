package org.jrag.ingest.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.jrag.ingest.document.PptxFixtures.Slide;
import org.jrag.ingest.problem.CorruptDocumentException;
import org.junit.jupiter.api.Test;

class PptxParserTests {

    private final PptxParser parser = new PptxParser();

    @Test
    void readsSlidesAsPagesWithTheirTitlesBodiesAndNotes() {
        // given
        byte[] pptx = PptxFixtures.pptx(
                null,
                new Slide("Hybrid search", "BM25 finds exact terms.\nHNSW finds neighbours.", "Mention RRF here."),
                new Slide("Draft", "Not shown.", null, true),
                new Slide("Re-ranking", "A cross-encoder reads both.", null));

        // when
        ParsedDocument parsed = parser.parse(pptx);

        // then
        assertThat(parsed.text())
                .isEqualTo(
                        "Hybrid search\n\nBM25 finds exact terms.\nHNSW finds neighbours.\n\nNotes: Mention RRF here."
                                + "\n\nRe-ranking\n\nA cross-encoder reads both.");
        assertThat(parsed.title()).isEqualTo("Hybrid search");
        assertThat(parsed.pages()).extracting(DocumentPage::number).containsExactly(1, 3);
        DocumentPage third = parsed.pages().get(1);
        assertThat(parsed.text().substring(third.startOffset(), third.endOffset()))
                .isEqualTo("Re-ranking\n\nA cross-encoder reads both.");
        assertThat(parsed.sections())
                .extracting(DocumentSection::path)
                .containsExactly("# Hybrid search", "# Re-ranking");
    }

    @Test
    void prefersTheCorePropertiesTitle() {
        assertThat(parser.parse(PptxFixtures.pptx("Quarterly review", new Slide("Agenda", "Numbers.", null)))
                        .title())
                .isEqualTo("Quarterly review");
    }

    @Test
    void isDetectedFromItsContentAndRefusedWhenBroken() {
        byte[] pptx = PptxFixtures.pptx(null, new Slide("Title", "Body.", null));
        assertThat(FormatDetector.detect(pptx, null, null, "deck.bin").format()).isEqualTo(DocumentFormat.PPTX);
        assertThat(DocumentFormat.ofFilename("deck.PPTX")).contains(DocumentFormat.PPTX);

        byte[] truncated = Arrays.copyOf(pptx, pptx.length / 2);
        assertThatThrownBy(() -> parser.parse(truncated))
                .isInstanceOf(CorruptDocumentException.class)
                .hasMessageStartingWith("document is not a readable " + PptxParser.MEDIA_TYPE + ": ");
    }
}
