package org.jrag.ingest.ocr;

import java.time.Duration;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code rag.ingest.ocr.*}: reading scanned PDF pages (pages without a text layer) with Tesseract.
 *
 * @param mode {@code auto}: read such pages when Tesseract and its language data are installed; {@code off}: never
 *     (a PDF of scans alone is then refused as having no text, saying so)
 * @param command the Tesseract executable, found on the PATH unless a path is given
 * @param languages Tesseract's language codes, {@code +}-joined ({@code eng}, {@code eng+deu})
 * @param dpi the resolution pages are rendered at for reading (300 reads small print well)
 * @param maxPages the most pages of one document read (a 500-page scan takes minutes)
 * @param pageTimeout how long one page may take before the upload fails
 * @param threads the pages of one PDF read at once, each by a Tesseract process of one thread (0: one per core)
 */
@ConfigurationProperties("rag.ingest.ocr")
public record OcrProperties(
        String mode, String command, String languages, int dpi, int maxPages, Duration pageTimeout, int threads) {

    public OcrProperties {
        mode = mode == null ? "auto" : mode.strip().toLowerCase(Locale.ROOT);
        if (!mode.equals("auto") && !mode.equals("off")) {
            throw new IllegalArgumentException("rag.ingest.ocr.mode must be 'auto' or 'off', got: '" + mode + "'");
        }
        command = command == null || command.isBlank() ? "tesseract" : command.strip();
        languages = languages == null || languages.isBlank() ? "eng" : languages.strip();
        if (!languages.matches("[A-Za-z_]+(\\+[A-Za-z_]+)*")) {
            throw new IllegalArgumentException(
                    "rag.ingest.ocr.languages must be Tesseract language codes joined by '+', got: '" + languages
                            + "'");
        }
        if (dpi < 72 || dpi > 600) {
            throw new IllegalArgumentException("rag.ingest.ocr.dpi must be between 72 and 600, got: " + dpi);
        }
        if (maxPages < 1) {
            throw new IllegalArgumentException("rag.ingest.ocr.max-pages must be >= 1, got: " + maxPages);
        }
        if (threads < 0) {
            throw new IllegalArgumentException(
                    "rag.ingest.ocr.threads must be >= 0 (0: one per core), got: " + threads);
        }
        if (threads == 0) {
            threads = Runtime.getRuntime().availableProcessors();
        }
        if (pageTimeout == null || pageTimeout.isNegative() || pageTimeout.isZero()) {
            throw new IllegalArgumentException("rag.ingest.ocr.page-timeout must be > 0, got: " + pageTimeout);
        }
    }

    public boolean on() {
        return mode.equals("auto");
    }
}
