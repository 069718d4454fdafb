package org.jrag.ingest.document;

import java.io.IOException;
import java.util.ArrayList;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jrag.ingest.problem.CorruptDocumentException;
import org.jrag.ingest.problem.EncryptedPdfException;

/**
 * Extracts a PDF's text page by page with PDFBox, so each chunk can name the pages it came from. Pages are joined by
 * a blank line; the title comes from the document information dictionary. A PDF that needs a password to open, or
 * whose permissions forbid extracting text, is refused as encrypted; one PDFBox cannot read is refused as corrupt.
 */
final class PdfParser implements DocumentParser {

    @Override
    public ParsedDocument parse(byte[] content) {
        try (PDDocument pdf = Loader.loadPDF(content)) {
            if (pdf.isEncrypted() && !pdf.getCurrentAccessPermission().canExtractContent()) {
                throw new EncryptedPdfException("PDF is encrypted and its permissions forbid extracting text");
            }
            var stripper = new PDFTextStripper();
            var text = new StringBuilder();
            var pages = new ArrayList<DocumentPage>();
            int pageCount = pdf.getNumberOfPages();
            for (int number = 1; number <= pageCount; number++) {
                stripper.setStartPage(number);
                stripper.setEndPage(number);
                String page = stripper.getText(pdf)
                        .replace("\r\n", "\n")
                        .replace('\r', '\n')
                        .replace('\u0000', ' ')
                        .strip();
                if (!text.isEmpty() && !page.isEmpty()) {
                    text.append("\n\n");
                }
                int start = text.length();
                text.append(page);
                pages.add(new DocumentPage(number, start, text.length()));
            }
            String title = pdf.getDocumentInformation().getTitle();
            return new ParsedDocument(text.toString(), title, java.util.List.of(), pages);
        } catch (InvalidPasswordException e) {
            throw new EncryptedPdfException("PDF is encrypted with a password: " + e.getMessage());
        } catch (IOException | RuntimeException e) {
            if (e instanceof EncryptedPdfException encrypted) {
                throw encrypted;
            }
            throw new CorruptDocumentException("application/pdf", e.getMessage());
        }
    }
}
