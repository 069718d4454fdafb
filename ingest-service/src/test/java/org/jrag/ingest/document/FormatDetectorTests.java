package org.jrag.ingest.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jrag.ingest.problem.UnsupportedDocumentTypeException;
import org.junit.jupiter.api.Test;

class FormatDetectorTests {

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void contentWinsOverTheDeclarationAndTheMismatchIsReported() {
        DetectedFormat pdf =
                FormatDetector.detect(utf8("%PDF-1.7\n..."), DocumentFormat.PLAIN_TEXT, "text/plain", null);
        DetectedFormat html = FormatDetector.detect(
                utf8("\uFEFF  <!DOCTYPE html><html><body>x</body></html>"),
                DocumentFormat.MARKDOWN,
                "text/markdown",
                null);

        assertThat(pdf.format()).isEqualTo(DocumentFormat.PDF);
        assertThat(pdf.mismatch())
                .isEqualTo("declared text/plain (Content-Type 'text/plain') but the content is application/pdf;"
                        + " parsed as application/pdf");
        assertThat(html.format()).isEqualTo(DocumentFormat.HTML);
        assertThat(html.declaredMediaType()).isEqualTo("text/markdown");
    }

    @Test
    void sniffsHtmlAfterAnXmlDeclarationOrCommentAndPdfAfterLeadingJunk() {
        assertThat(FormatDetector.detect(utf8("<?xml version=\"1.0\"?>\n<!-- c -->\n<HTML lang=en>"), null, null, null)
                        .format())
                .isEqualTo(DocumentFormat.HTML);
        assertThat(FormatDetector.detect(utf8("junk\n%PDF-1.4"), null, null, "a.txt")
                        .format())
                .isEqualTo(DocumentFormat.PDF);
    }

    @Test
    void tellsAnOutlookMessageFromOtherCompoundFilesAndAnEmailByItsName() {
        byte[] msg = MsgFixtures.msg(new MsgFixtures.Item(Map.of(MsgFixtures.SUBJECT, "Hi"), List.of()));
        byte[] brokenCompoundFile = {
            (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
        };

        assertThat(FormatDetector.detect(msg, null, "application/octet-stream", "Hi.doc")
                        .format())
                .isEqualTo(DocumentFormat.MSG);
        assertThatThrownBy(() -> FormatDetector.detect(brokenCompoundFile, null, null, "memo.doc"))
                .hasMessageStartingWith(
                        "content is not a supported format: an OLE2 compound file that is no Word, Excel, PowerPoint or");
        assertThat(FormatDetector.detect(
                                utf8("From: ann@example.com\r\nSubject: Hi\r\n\r\nHello"), null, null, "hi.eml")
                        .format())
                .isEqualTo(DocumentFormat.EML);
        assertThat(FormatDetector.detect(utf8("{\\rtf1\\ansi Hello}"), DocumentFormat.PLAIN_TEXT, "text/plain", null)
                        .format())
                .isEqualTo(DocumentFormat.RTF);
    }

    @Test
    void tellsAnEmailByItsHeaderFieldsWhateverItWasSentAs() {
        String message = "Return-Path: <ann@example.com>\r\nReceived: from mx.example.com\r\n\tby mail.example.org\r\n"
                + "From: Ann <ann@example.com>\r\nSubject: Ports\r\nDate: Thu, 3 Dec 2026 09:30:00 +0100\r\n\r\n"
                + "Subject: this line is the body's\r\n";
        String longHeader = "Received: from a\r\n".repeat(80) + "From: ann@example.com\r\nSubject: Hi\r\n\r\nHello";

        assertThat(FormatDetector.detect(utf8(message), null, null, null).format())
                .isEqualTo(DocumentFormat.EML);
        DetectedFormat declaredText =
                FormatDetector.detect(utf8(message), DocumentFormat.PLAIN_TEXT, "text/plain", null);
        assertThat(declaredText.format()).isEqualTo(DocumentFormat.EML);
        assertThat(declaredText.mismatch()).contains("but the content is message/rfc822");
        assertThat(FormatDetector.detect(utf8(longHeader), null, null, null).format())
                .isEqualTo(DocumentFormat.EML);
        // a note that only looks like fields, and fields without a sender, stay text
        assertThat(FormatDetector.detect(utf8("Note: buy milk\nTodo: call Bob\nDate: Monday\n\nText"), null, null, null)
                        .format())
                .isEqualTo(DocumentFormat.PLAIN_TEXT);
        assertThat(FormatDetector.detect(utf8("From: Ann\nTo: Bob\nThe plan is simple."), null, null, null)
                        .format())
                .isEqualTo(DocumentFormat.PLAIN_TEXT);
    }

    @Test
    void textKeepsADeclaredTextFormatAndFallsBackToPlainText() {
        assertThat(FormatDetector.detect(utf8("# Title"), DocumentFormat.MARKDOWN, "text/markdown", null))
                .isEqualTo(new DetectedFormat(DocumentFormat.MARKDOWN, "text/markdown", null));
        assertThat(FormatDetector.detect(utf8("<p>fragment</p>"), DocumentFormat.HTML, "text/html", null)
                        .format())
                .isEqualTo(DocumentFormat.HTML);
        assertThat(FormatDetector.detect(utf8("notes"), null, null, "notes.md").format())
                .isEqualTo(DocumentFormat.MARKDOWN);
        DetectedFormat notPdf = FormatDetector.detect(utf8("just text"), null, null, "report.pdf");
        assertThat(notPdf.format()).isEqualTo(DocumentFormat.PLAIN_TEXT);
        assertThat(notPdf.mismatch())
                .isEqualTo("declared application/pdf (file name 'report.pdf') but the content is text/plain;"
                        + " parsed as text/plain");
    }

    @Test
    void unreadableBytesKeepTheDeclaredFormatSoItsParserCanSayWhy() {
        byte[] latin1 = "café".getBytes(StandardCharsets.ISO_8859_1);
        byte[] binary = {'x', 0, 1, 2, 3};

        assertThat(FormatDetector.detect(latin1, DocumentFormat.PLAIN_TEXT, "text/plain", null)
                        .format())
                .isEqualTo(DocumentFormat.PLAIN_TEXT);
        assertThat(FormatDetector.detect(binary, DocumentFormat.PDF, "application/pdf", null)
                        .format())
                .isEqualTo(DocumentFormat.PDF);
    }

    @Test
    void knowsImagesByTheirSignatures() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0};
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0};
        byte[] tiff = {'I', 'I', '*', 0, 8, 0};

        assertThat(FormatDetector.detect(png, null, null, null).format()).isEqualTo(DocumentFormat.PNG);
        assertThat(FormatDetector.detect(jpeg, null, null, "scan.jpg").format()).isEqualTo(DocumentFormat.JPEG);
        assertThat(FormatDetector.detect(tiff, null, null, null).format()).isEqualTo(DocumentFormat.TIFF);
        assertThat(FormatDetector.detect(new byte[] {'M', 'M', 0, '*', 0}, null, null, null)
                        .format())
                .isEqualTo(DocumentFormat.TIFF);
        DetectedFormat claimedText = FormatDetector.detect(png, DocumentFormat.PLAIN_TEXT, "text/plain", null);
        assertThat(claimedText.format()).isEqualTo(DocumentFormat.PNG);
        assertThat(claimedText.mismatch()).startsWith("declared text/plain");
        assertThat(DocumentFormat.PNG.isImage()).isTrue();
        assertThat(DocumentFormat.PDF.isImage()).isFalse();
    }

    @Test
    void refusesArchivesKnownBinariesAndUndeclaredBinaryData() {
        assertThatThrownBy(() -> FormatDetector.detect(new byte[] {'P', 'K', 3, 4, 0}, null, null, "docs.zip"))
                .isInstanceOf(UnsupportedDocumentTypeException.class)
                .hasMessageStartingWith("content is a zip archive (file name 'docs.zip'); send archives to POST"
                        + " /v1/collections/{name}/documents/batch; supported: ");
        assertThatThrownBy(() -> FormatDetector.detect(
                        new byte[] {'G', 'I', 'F', '8', '9', 'a'}, DocumentFormat.PLAIN_TEXT, "text/plain", null))
                .isInstanceOf(UnsupportedDocumentTypeException.class)
                .hasMessageStartingWith(
                        "content is not a supported format: a GIF image (Content-Type 'text/plain'); supported: ");
        assertThatThrownBy(() -> FormatDetector.detect(new byte[] {1, 2, 0, 4}, null, null, null))
                .isInstanceOf(UnsupportedDocumentTypeException.class)
                .hasMessageStartingWith("content is not a supported format: binary data without a known signature"
                        + " (nothing declared); supported: text/plain, text/markdown, text/html, application/pdf");
    }
}
