package org.jrag.ingest.document;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** PDFs built with PDFBox for tests: plain, scanned, password-protected, extraction-forbidden, and broken. */
public final class PdfFixtures {

    private PdfFixtures() {}

    /** One page per entry, each entry's lines written top down; the title goes into the document information. */
    public static byte[] pages(String title, String... pages) {
        return build(title, null, pages);
    }

    /** Opens only with the password {@code secret}. */
    public static byte[] passwordProtected(String... pages) {
        return build(null, new StandardProtectionPolicy("owner-secret", "secret", new AccessPermission()), pages);
    }

    /** Opens without a password, but its permissions forbid extracting text. */
    public static byte[] extractionForbidden(String... pages) {
        var permissions = new AccessPermission();
        permissions.setCanExtractContent(false);
        return build(null, new StandardProtectionPolicy("owner-secret", "", permissions), pages);
    }

    /**
     * Scanned pages: each entry's lines drawn into a grey image (large print, as a 300 dpi scan holds it) that fills an
     * A4-sized page; an entry that is null becomes a page with text instead, so a document can mix the two.
     */
    public static byte[] scanned(String... pages) {
        try (var pdf = new PDDocument()) {
            var font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (String text : pages) {
                var page = new PDPage(PDRectangle.A4);
                pdf.addPage(page);
                try (var content = new PDPageContentStream(pdf, page)) {
                    if (text == null) {
                        content.beginText();
                        content.setFont(font, 12);
                        content.newLineAtOffset(50, 720);
                        content.showText("This page has a text layer.");
                        content.endText();
                        continue;
                    }
                    BufferedImage image = textImage(1240, 1754, 40, text.split("\n")); // A4 at 150 dpi
                    PDImageXObject scan = LosslessFactory.createFromImage(pdf, image);
                    content.drawImage(scan, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            var out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Lines of black serif text on a white grey image, as a scan shows print: the first baseline five font sizes from
     * the top, three in from the left, a line every one and a half.
     */
    public static BufferedImage textImage(int width, int height, int fontSize, String... lines) {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font(Font.SERIF, Font.PLAIN, fontSize));
        for (int i = 0; i < lines.length; i++) {
            g.drawString(lines[i], 3 * fontSize, 5 * fontSize + i * fontSize * 3 / 2);
        }
        g.dispose();
        return image;
    }

    /** A header and then nothing PDFBox can make a document of. */
    public static byte[] corrupt() {
        return "%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 9 0 R\nthis is not a PDF body\n"
                .getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] build(String title, StandardProtectionPolicy protection, String... pages) {
        try (var pdf = new PDDocument()) {
            var font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (String text : pages) {
                var page = new PDPage();
                pdf.addPage(page);
                try (var content = new PDPageContentStream(pdf, page)) {
                    content.beginText();
                    content.setFont(font, 12);
                    content.setLeading(16);
                    content.newLineAtOffset(50, 720);
                    for (String line : text.split("\n")) {
                        content.showText(line);
                        content.newLine();
                    }
                    content.endText();
                }
            }
            if (title != null) {
                pdf.getDocumentInformation().setTitle(title);
            }
            if (protection != null) {
                protection.setEncryptionKeyLength(128);
                pdf.protect(protection);
            }
            var out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
