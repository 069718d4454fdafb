package org.jrag.ingest.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jrag.ingest.document.MsgFixtures.BODY;
import static org.jrag.ingest.document.MsgFixtures.DISPLAY_CC;
import static org.jrag.ingest.document.MsgFixtures.DISPLAY_TO;
import static org.jrag.ingest.document.MsgFixtures.HEADERS;
import static org.jrag.ingest.document.MsgFixtures.HTML_BODY;
import static org.jrag.ingest.document.MsgFixtures.SENDER_EMAIL;
import static org.jrag.ingest.document.MsgFixtures.SENDER_NAME;
import static org.jrag.ingest.document.MsgFixtures.SUBJECT;

import java.util.List;
import java.util.Map;
import org.jrag.ingest.document.MsgFixtures.Attached;
import org.jrag.ingest.document.MsgFixtures.Item;
import org.jrag.ingest.problem.CorruptDocumentException;
import org.junit.jupiter.api.Test;

class MsgParserTests {

    private final MsgParser parser = new MsgParser(EmailParserTests::parserFor);

    @Test
    void readsAnOutlookMessageAsAnEmailIsRead() {
        // given a message Outlook saved, with a report, an image and a forwarded item attached
        var forwarded = new Item(
                Map.of(SUBJECT, "Plan", SENDER_NAME, "Dan", BODY, "The plan is to ship on Monday."), List.of());
        byte[] msg = MsgFixtures.msg(new Item(
                Map.of(
                        SUBJECT, "Quartalszahlen für Q3",
                        SENDER_NAME, "Ann Example",
                        SENDER_EMAIL, "ann@example.com",
                        DISPLAY_TO, "Bob Example; Carla",
                        DISPLAY_CC, "Dan",
                        HEADERS, "Received: from mx\r\nDate: Thu, 3 Dec 2026 09:30:00 +0100\r\nSubject: Quartalszahlen",
                        BODY, "Hi Bob,\r\n\r\nthe numbers are attached."),
                List.of(
                        new Attached(
                                "report.pdf",
                                "application/pdf",
                                PdfFixtures.pages("Report", "Revenue grew by 12 percent."),
                                null),
                        new Attached(
                                "logo.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}, null),
                        new Attached("Plan.msg", null, null, forwarded))));

        // when
        ParsedDocument parsed = parser.parse(msg);

        // then
        assertThat(parsed.title()).isEqualTo("Quartalszahlen für Q3");
        assertThat(parsed.text())
                .startsWith("Quartalszahlen für Q3\n\n"
                        + "From: Ann Example <ann@example.com>\n"
                        + "To: Bob Example, Carla\n"
                        + "Cc: Dan\n"
                        + "Date: Thu, 3 Dec 2026 09:30:00 +0100\n"
                        + "Attachments: report.pdf, logo.png (not read: an image), Plan.msg\n\n"
                        + "Hi Bob,\n\nthe numbers are attached.\n\n"
                        + "Attachment: report.pdf\n\n")
                .contains("Revenue grew by 12 percent.")
                .endsWith("Plan\n\nFrom: Dan\n\nThe plan is to ship on Monday.");
        assertThat(parsed.sections())
                .extracting(DocumentSection::path)
                .containsExactly(
                        "# Quartalszahlen für Q3",
                        "# Quartalszahlen für Q3 > ## Attachment: report.pdf",
                        "# Quartalszahlen für Q3 > ## Plan");
    }

    @Test
    void readsAnHtmlOnlyBodyAsAPageIsRead() {
        byte[] msg = MsgFixtures.msg(new Item(
                Map.of(SUBJECT, "Release", HTML_BODY, "<html><body><p>Ships on <b>Monday</b>.</p></body></html>"),
                List.of()));

        assertThat(parser.parse(msg).text()).isEqualTo("Release\n\nShips on Monday.");
    }

    @Test
    void readsAnRtfOnlyBodyThroughTheRtfParser() {
        byte[] msg = MsgFixtures.msg(new Item(
                Map.of(SUBJECT, "Preise"),
                List.of(),
                "{\\rtf1\\ansi\\ansicpg1252 Der Eintritt kostet 5 \\u8364?.\\par Gr\\'fc\\'dfe!\\par}"));

        assertThat(parser.parse(msg).text()).isEqualTo("Preise\n\nDer Eintritt kostet 5 €.\n\nGrüße!");
    }

    @Test
    void refusesACompoundFileThatIsNoMessage() {
        assertThatThrownBy(() -> parser.parse(PdfFixtures.corrupt()))
                .isInstanceOf(CorruptDocumentException.class)
                .hasMessageStartingWith("document is not a readable application/vnd.ms-outlook: ");
    }
}
