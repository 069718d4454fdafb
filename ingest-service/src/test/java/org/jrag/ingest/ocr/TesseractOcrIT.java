package org.jrag.ingest.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.awt.image.BufferedImage;
import java.time.Duration;
import org.jrag.ingest.problem.OcrFailedException;
import org.junit.jupiter.api.Test;

/**
 * The Tesseract command as installed here ({@code scripts/ensure-ocr.sh}, which {@code ./rag test} runs): what it reads
 * off a scanned page is in {@code DocumentIngestionIT}; this checks what it says when it cannot read.
 */
class TesseractOcrIT {

    private static OcrProperties properties(String command, String languages, Duration timeout) {
        return new OcrProperties("auto", command, languages, 300, 10, timeout, 1);
    }

    @Test
    void isAvailableWithEnglishData() {
        var ocr = new TesseractOcr(properties("tesseract", "eng", Duration.ofSeconds(60)), new SimpleMeterRegistry());

        var registry = new SimpleMeterRegistry();
        var counted = new TesseractOcr(properties("tesseract", "eng", Duration.ofSeconds(60)), registry);

        assertThat(ocr.unavailableBecause()).isNull();
        assertThat(counted.read(new BufferedImage(200, 100, BufferedImage.TYPE_BYTE_GRAY)))
                .isBlank();
        assertThat(registry.timer("rag.ingest.ocr.pages", "result", "read").count())
                .isEqualTo(1);
    }

    @Test
    void readsACollectionsLanguageToWhereItsDataIsInstalled() {
        var ocr = new TesseractOcr(properties("tesseract", "eng", Duration.ofSeconds(60)), new SimpleMeterRegistry());

        // scripts/ensure-ocr.sh installs German beside English for the tests
        assertThat(((TesseractOcr) ocr.in("german")).languages()).isEqualTo("deu+eng");
        assertThat(ocr.in("english")).isSameAs(ocr); // what it reads already
        assertThat(ocr.in("cjk")).isSameAs(ocr); // no Chinese, Japanese or Korean data installed
        assertThat(ocr.in("auto")).isSameAs(ocr);
        assertThat(ocr.in(null)).isSameAs(ocr);
    }

    @Test
    void saysWhyItCannotRead() {
        assertThat(new TesseractOcr(
                                properties("tesseract", "eng+xyz", Duration.ofSeconds(60)), new SimpleMeterRegistry())
                        .unavailableBecause())
                .startsWith("Tesseract has no language data for [xyz] (installed: [")
                .endsWith("]); install tesseract-ocr-xyz");
        assertThat(new TesseractOcr(
                                properties("/nowhere/tesseract", "eng", Duration.ofSeconds(60)),
                                new SimpleMeterRegistry())
                        .unavailableBecause())
                .startsWith("Tesseract ('/nowhere/tesseract') could not be run: ")
                .endsWith("; install tesseract-ocr or set rag.ingest.ocr.command");
        assertThat(new TesseractOcr(
                                new OcrProperties("off", null, null, 300, 10, Duration.ofSeconds(1), 0),
                                new SimpleMeterRegistry())
                        .available())
                .isFalse();
    }

    @Test
    void failsAPageThatTakesTooLong() {
        var ocr = new TesseractOcr(properties("tesseract", "eng", Duration.ofMillis(1)), new SimpleMeterRegistry());

        assertThatThrownBy(() -> ocr.read(new BufferedImage(2000, 2000, BufferedImage.TYPE_BYTE_GRAY)))
                .isInstanceOf(OcrFailedException.class)
                .hasMessage("OCR failed on a scanned page: Tesseract took longer than 1 ms on a page"
                        + " (rag.ingest.ocr.page-timeout)");
    }
}
