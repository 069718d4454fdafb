package org.jrag.ingest.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jrag.ingest.ocr.Ocr;
import org.jrag.ingest.problem.CorruptDocumentException;
import org.jrag.ingest.problem.EmptyDocumentException;
import org.jrag.ingest.problem.EncryptedPdfException;
import org.jrag.ingest.problem.OcrFailedException;
import org.junit.jupiter.api.Test;

class PdfParserTests {

    /** Reads a page as the text its size names, and counts the pages it read; unavailable when built without text. */
    private static final class StandInOcr implements Ocr {
        private final String text;
        private final AtomicInteger read = new AtomicInteger();
        private final AtomicInteger running = new AtomicInteger();
        private final AtomicInteger mostAtOnce = new AtomicInteger();
        /** The first two reads wait for each other (for up to 5 s): they overlap when pages are read two at once. */
        private final CountDownLatch firstTwo = new CountDownLatch(2);

        StandInOcr(String text) {
            this.text = text;
        }

        @Override
        public boolean available() {
            return text != null;
        }

        @Override
        public String unavailableBecause() {
            return text == null ? "OCR is off (rag.ingest.ocr.mode)" : null;
        }

        @Override
        public String read(BufferedImage page) {
            read.incrementAndGet();
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                firstTwo.countDown();
                firstTwo.await(5, TimeUnit.SECONDS);
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            running.decrementAndGet();
            if (text.equals("fail")) {
                throw new OcrFailedException("Tesseract exited with 1: bad page");
            }
            return text + " " + page.getWidth() + "x" + page.getHeight() + "\n";
        }
    }

    private final StandInOcr ocr = new StandInOcr("scanned");
    private final PdfParser parser = new PdfParser(ocr, 72, 2, 2);

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
    void readsPagesWithoutATextLayerByOcrAtTheConfiguredResolutionUpToItsLimit() {
        ParsedDocument parsed = parser.parse(PdfFixtures.scanned("one", null, "two", "three"));

        // A4 at 72 dpi: 595.3 x 841.9 points, 595 x 841 pixels; blank pages are not read, nor pages past the limit of 2
        assertThat(ocr.read.get()).isEqualTo(2);
        assertThat(parsed.ocrPages()).isEqualTo(2);
        assertThat(slice(parsed, 0)).isEqualTo("scanned 595x841");
        assertThat(slice(parsed, 1)).isEqualTo("This page has a text layer.");
        assertThat(slice(parsed, 2)).isEqualTo("scanned 595x841");
        assertThat(slice(parsed, 3)).isEmpty();
        assertThat(new PdfParser(ocr, 72, 2, 2)
                        .parse(PdfFixtures.pages(null, "", "text"))
                        .ocrPages())
                .isZero();
    }

    @Test
    void readsUpToItsThreadsPagesAtOnceKeepingThemInOrder() {
        var parallel = new PdfParser(ocr, 72, 10, 2);

        ParsedDocument parsed = parallel.parse(PdfFixtures.scanned("1", "2", null, "3", "4", "5"));

        assertThat(ocr.mostAtOnce.get()).isEqualTo(2);
        assertThat(parsed.ocrPages()).isEqualTo(5);
        assertThat(parsed.pages())
                .extracting(p -> slice(parsed, p.number() - 1))
                .containsExactly(
                        "scanned 595x841",
                        "scanned 595x841",
                        "This page has a text layer.",
                        "scanned 595x841",
                        "scanned 595x841",
                        "scanned 595x841");
        assertThatThrownBy(() -> new PdfParser(new StandInOcr("fail"), 72, 10, 2).parse(PdfFixtures.scanned("1", "2")))
                .isInstanceOf(OcrFailedException.class)
                .hasMessage("OCR failed on a scanned page: Tesseract exited with 1: bad page");
    }

    @Test
    void refusesAScanWhenOcrIsUnavailableSayingWhy() {
        var off = new PdfParser(new StandInOcr(null), 72, 2, 2);

        assertThatThrownBy(() -> off.parse(PdfFixtures.scanned("one", "two")))
                .isInstanceOf(EmptyDocumentException.class)
                .hasMessage("document has no text: its 2 pages have no text layer (a scan?), and OCR cannot read them:"
                        + " OCR is off (rag.ingest.ocr.mode)");
        assertThat(off.parse(PdfFixtures.scanned(null, "one")).text()).isEqualTo("This page has a text layer.");
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
