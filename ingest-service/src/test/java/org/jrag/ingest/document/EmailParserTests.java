package org.jrag.ingest.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jrag.ingest.document.EmailFixtures.alternative;
import static org.jrag.ingest.document.EmailFixtures.attachment;
import static org.jrag.ingest.document.EmailFixtures.eml;
import static org.jrag.ingest.document.EmailFixtures.forwarded;
import static org.jrag.ingest.document.EmailFixtures.html;
import static org.jrag.ingest.document.EmailFixtures.message;
import static org.jrag.ingest.document.EmailFixtures.text;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.jrag.ingest.ocr.Ocr;
import org.jrag.ingest.problem.CorruptDocumentException;
import org.junit.jupiter.api.Test;

class EmailParserTests {

    private static final Ocr NO_OCR = new Ocr() {
        @Override
        public boolean available() {
            return false;
        }

        @Override
        public String unavailableBecause() {
            return "OCR is off";
        }

        @Override
        public String read(BufferedImage page) {
            throw new AssertionError("no page is read by OCR here");
        }
    };

    private final EmailParser parser = new EmailParser(EmailParserTests::parserFor);

    static DocumentParser parserFor(DocumentFormat format) {
        return switch (format) {
            case PLAIN_TEXT -> new PlainTextParser();
            case HTML -> new HtmlParser();
            case PDF -> new PdfParser(NO_OCR, 72, 2, 1);
            case DOCX -> new DocxParser();
            case EML -> new EmailParser(EmailParserTests::parserFor);
            case MSG -> new MsgParser(EmailParserTests::parserFor);
            case RTF -> new RtfParser();
            default -> throw new AssertionError("no parser for " + format + " in this test");
        };
    }

    @Test
    void readsTheSubjectHeaderFieldsPlainBodyAndEachAttachmentAsASection() throws IOException {
        // given a message as a mail client sends it: plain text and HTML of one body, then attachments
        byte[] eml = eml(message(
                "Quartalszahlen für Q3",
                alternative(
                        "Hi Bob,\n\nthe numbers are attached.",
                        "<p>Hi Bob,</p><p>the <b>figures</b> are attached.</p>"),
                attachment("report.pdf", "application/pdf", PdfFixtures.pages("Report", "Revenue grew by 12 percent.")),
                attachment("memo.docx", DocxParser.MEDIA_TYPE, DocxFixtures.docx(null, "Back up nightly.")),
                attachment(
                        "notes.txt", "text/plain; charset=ISO-8859-1", "Grüße".getBytes(StandardCharsets.ISO_8859_1)),
                attachment("logo.png", "image/png", png()),
                attachment("broken.pdf", "application/pdf", PdfFixtures.corrupt()),
                attachment("data.zip", "application/zip", new byte[] {'P', 'K', 5, 6, 0, 0, 0, 0})));

        // when
        ParsedDocument parsed = parser.parse(eml);

        // then
        assertThat(parsed.title()).isEqualTo("Quartalszahlen für Q3");
        assertThat(parsed.text())
                .startsWith("Quartalszahlen für Q3\n\n"
                        + "From: Ann Example <ann@example.com>\n"
                        + "To: bob@example.com, Carla <carla@example.com>\n"
                        + "Date: Thu, 3 Dec 2026 09:30:00 +0100\n"
                        + "Attachments: report.pdf, memo.docx, notes.txt, logo.png (not read: an image), broken.pdf"
                        + " (not read: document is not a readable application/pdf: ")
                .contains("data.zip (not read: not a supported format)\n\nHi Bob,")
                .contains("\n\nHi Bob,\n\nthe numbers are attached.\n\nAttachment: report.pdf\n\n")
                .contains("Revenue grew by 12 percent.")
                .contains("Attachment: memo.docx\n\nBack up nightly.")
                .endsWith("Attachment: notes.txt\n\nGrüße");
        // the HTML alternative is the same body: read once
        assertThat(parsed.text().split("are attached", -1)).hasSize(2);
        assertThat(parsed.text()).doesNotContain("figures");
        assertThat(parsed.sections())
                .extracting(DocumentSection::path)
                .containsExactly(
                        "# Quartalszahlen für Q3",
                        "# Quartalszahlen für Q3 > ## Attachment: report.pdf",
                        "# Quartalszahlen für Q3 > ## Attachment: memo.docx",
                        "# Quartalszahlen für Q3 > ## Attachment: notes.txt");
        DocumentSection report = parsed.sections().get(1);
        assertThat(parsed.text().substring(report.startOffset(), report.endOffset()))
                .startsWith("Attachment: report.pdf")
                .contains("Revenue grew");
    }

    @Test
    void readsAnHtmlOnlyBodyAsAPageIsRead() {
        byte[] eml = eml(message(
                "Release",
                html("<html><body><h1>Release 2.4</h1><p>Ships on <i>Monday</i>.</p>"
                        + "<script>track()</script></body></html>")));

        ParsedDocument parsed = parser.parse(eml);

        assertThat(parsed.text()).endsWith("Release 2.4\n\nShips on Monday.").doesNotContain("track");
    }

    @Test
    void nestsAForwardedMessageALevelDownWithItsOwnSenderAndAttachments() {
        var original = message(
                "Plan",
                text("The plan is in the attachment."),
                attachment("plan.txt", "text/plain", utf8("Step one.")));
        byte[] eml = eml(message("Fwd: Plan", text("See below."), forwarded(original)));

        ParsedDocument parsed = parser.parse(eml);

        assertThat(parsed.title()).isEqualTo("Fwd: Plan");
        assertThat(parsed.text())
                .contains("See below.\n\nPlan\n\nFrom: Ann Example <ann@example.com>")
                .endsWith("The plan is in the attachment.\n\nAttachment: plan.txt\n\nStep one.");
        assertThat(parsed.sections())
                .extracting(DocumentSection::path)
                .containsExactly(
                        "# Fwd: Plan", "# Fwd: Plan > ## Plan", "# Fwd: Plan > ## Plan > ### Attachment: plan.txt");
    }

    @Test
    void decodesEncodedWordsAndAQuotedPrintableBodyInItsCharset() {
        byte[] eml = ("From: =?ISO-8859-1?Q?J=FCrgen_M=FCller?= <juergen@example.de>\r\n"
                        + "To: team@example.de\r\n"
                        + "Subject: =?UTF-8?B?R3LDvMOfZSBhdXMgTcO8bmNoZW4=?=\r\n"
                        + "MIME-Version: 1.0\r\n"
                        + "Content-Type: text/plain; charset=ISO-8859-1\r\n"
                        + "Content-Transfer-Encoding: quoted-printable\r\n"
                        + "\r\n"
                        + "Sch=F6ne Gr=FC=DFe, und die Stra=DFe ist gesperrt.\r\n")
                .getBytes(StandardCharsets.US_ASCII);

        ParsedDocument parsed = parser.parse(eml);

        assertThat(parsed.title()).isEqualTo("Grüße aus München");
        assertThat(parsed.text())
                .isEqualTo("Grüße aus München\n\nFrom: Jürgen Müller <juergen@example.de>\nTo: team@example.de\n\n"
                        + "Schöne Grüße, und die Straße ist gesperrt.");
    }

    @Test
    void refusesTextThatIsNoMessage() {
        assertThatThrownBy(() -> parser.parse(utf8("just a line of text\nand another one")))
                .isInstanceOf(CorruptDocumentException.class)
                .hasMessageStartingWith("document is not a readable message/rfc822: ");
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] png() throws IOException {
        var out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }
}
