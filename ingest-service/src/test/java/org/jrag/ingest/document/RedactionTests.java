package org.jrag.ingest.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jrag.personaldata.PiiKind;
import org.junit.jupiter.api.Test;

class RedactionTests {

    @Test
    void replacesTheKindsAskedAndMovesSectionsAndPagesWithTheirText() {
        String page1 = "Contact ann@example.com for access.";
        String page2 = "Call +44 20 7946 0958 or mail bo@example.org today.";
        String text = page1 + "\n\n" + page2;
        int second = page1.length() + 2;
        var parsed = new ParsedDocument(
                text,
                "Notes for ann@example.com",
                List.of(
                        new DocumentSection("Access", 0, page1.length()),
                        new DocumentSection("Calls", second, text.length())),
                List.of(new DocumentPage(1, 0, page1.length()), new DocumentPage(2, second, text.length())));

        Redaction redaction = Redaction.of(parsed, EnumSet.of(PiiKind.EMAIL, PiiKind.PHONE));

        ParsedDocument redacted = redaction.document();
        assertThat(redacted.text()).isEqualTo("Contact [EMAIL] for access.\n\nCall [PHONE] or mail [EMAIL] today.");
        assertThat(redacted.title()).isEqualTo("Notes for [EMAIL]");
        assertThat(redaction.counts()).isEqualTo(Map.of("email", 2, "phone", 1));
        assertThat(redacted.pages())
                .extracting(p -> redacted.text().substring(p.startOffset(), p.endOffset()))
                .containsExactly("Contact [EMAIL] for access.", "Call [PHONE] or mail [EMAIL] today.");
        assertThat(redacted.sections())
                .extracting(s -> redacted.text().substring(s.startOffset(), s.endOffset()))
                .containsExactly("Contact [EMAIL] for access.", "Call [PHONE] or mail [EMAIL] today.");
    }

    @Test
    void leavesADocumentWithoutTheKindsAsItIs() {
        var parsed = new ParsedDocument("Mail ann@example.com.", null, List.of(), List.of());

        assertThat(Redaction.of(parsed, Set.of()).document()).isSameAs(parsed);
        assertThat(Redaction.of(parsed, Set.of(PiiKind.IBAN)).document().text()).isEqualTo("Mail ann@example.com.");
        assertThat(Redaction.of(parsed, Set.of(PiiKind.IBAN)).counts()).isEmpty();
    }

    @Test
    void movesAnOffsetInsideAReplacedSpanToThePlaceholdersEnd() {
        String text = "x ann@example.com y";
        var found = org.jrag.personaldata.PersonalData.find(text, Set.of(PiiKind.EMAIL));

        assertThat(Redaction.moved(0, found)).isZero();
        assertThat(Redaction.moved(2, found)).isEqualTo(2);
        assertThat(Redaction.moved(5, found)).isEqualTo(2 + "[EMAIL]".length());
        assertThat(Redaction.moved(text.length(), found)).isEqualTo("x [EMAIL] y".length());
    }
}
