package org.jrag.ingest.document;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jrag.ingest.ocr.Ocr;
import org.jrag.ingest.problem.CorruptDocumentException;
import org.jrag.ingest.problem.EmptyDocumentException;
import org.jrag.ingest.problem.EncryptedPdfException;
import org.jrag.ingest.problem.OcrFailedException;

/**
 * Extracts a PDF's text page by page with PDFBox, so each chunk can name the pages it came from. Pages are joined by a
 * blank line; the title comes from the document information dictionary. A page without a text layer that draws an image
 * (a scan) is rendered in grey at the configured resolution and read by OCR, up to {@code maxOcrPages} a document and
 * {@code ocrThreads} pages at once; a PDF of such pages alone is refused, saying why, where OCR is unavailable. A PDF
 * that needs a password to open, or whose permissions forbid extracting text, is refused as encrypted; one PDFBox
 * cannot read is refused as corrupt.
 */
final class PdfParser implements DocumentParser {

    private final Ocr ocr;
    private final int dpi;
    private final int maxOcrPages;
    private final int ocrThreads;

    PdfParser(Ocr ocr, int dpi, int maxOcrPages, int ocrThreads) {
        this.ocr = ocr;
        this.dpi = dpi;
        this.maxOcrPages = maxOcrPages;
        this.ocrThreads = ocrThreads;
    }

    @Override
    public ParsedDocument parse(byte[] content) {
        try (PDDocument pdf = Loader.loadPDF(content)) {
            if (pdf.isEncrypted() && !pdf.getCurrentAccessPermission().canExtractContent()) {
                throw new EncryptedPdfException("PDF is encrypted and its permissions forbid extracting text");
            }
            var stripper = new PDFTextStripper();
            var renderer = new PDFRenderer(pdf);
            int pageCount = pdf.getNumberOfPages();
            // pages are rendered one after another (a PDFBox document is not thread-safe) and read by up to
            // ocrThreads Tesseract processes at once
            int read = 0;
            int scanned = 0;
            List<String> texts;
            try (var reading = new OcrPages(ocr, ocrThreads)) {
                for (int number = 1; number <= pageCount; number++) {
                    stripper.setStartPage(number);
                    stripper.setEndPage(number);
                    String page = normalized(stripper.getText(pdf));
                    if (page.isEmpty() && holdsImages(pdf.getPage(number - 1))) {
                        scanned++;
                        if (ocr.available() && read < maxOcrPages) {
                            int index = number - 1;
                            reading.read(() -> renderer.renderImageWithDPI(index, dpi, ImageType.GRAY));
                            read++;
                            continue;
                        }
                    }
                    reading.known(page);
                }
                texts = reading.texts();
            }
            ParsedDocument parsed = ParsedDocument.paged(
                    texts.stream().map(PdfParser::normalized).toList(),
                    pdf.getDocumentInformation().getTitle(),
                    read);
            if (parsed.text().isEmpty() && scanned > 0 && !ocr.available()) {
                throw new EmptyDocumentException("document has no text: its " + scanned + " page"
                        + (scanned == 1 ? " has" : "s have") + " no text layer (a scan?), and OCR cannot read them: "
                        + ocr.unavailableBecause());
            }
            return parsed;
        } catch (InvalidPasswordException e) {
            throw new EncryptedPdfException("PDF is encrypted with a password: " + e.getMessage());
        } catch (IOException | RuntimeException e) {
            if (e instanceof EncryptedPdfException
                    || e instanceof EmptyDocumentException
                    || e instanceof OcrFailedException) {
                throw (RuntimeException) e;
            }
            throw new CorruptDocumentException("application/pdf", e.getMessage());
        }
    }

    /** Whether the page draws an image or a form (where a scan's image lies); a blank page is not read. */
    private static boolean holdsImages(PDPage page) {
        PDResources resources = page.getResources();
        return resources != null && resources.getXObjectNames().iterator().hasNext();
    }

    private static String normalized(String page) {
        return page.replace("\r\n", "\n")
                .replace('\r', '\n')
                .replace('\u0000', ' ')
                .strip();
    }
}
