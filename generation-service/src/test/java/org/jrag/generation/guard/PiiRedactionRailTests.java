package org.jrag.generation.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.jrag.personaldata.PiiKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PiiRedactionRailTests {

    private final PiiRedactionRail rail = new PiiRedactionRail();
    private final GuardrailOptions options = GuardrailOptions.defaults();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Write to jane.doe@example.com today.                | Write to [EMAIL] today.
            cc: a+tag@mail.sub.example.co.uk, thanks            | cc: [EMAIL], thanks
            Call +1 (415) 555-2671 now.                         | Call [PHONE] now.
            London office: +44 20 7946 0958.                    | London office: [PHONE].
            Berlin +49 30 12345678                              | Berlin [PHONE]
            Paris +33 1 23 45 67 89                             | Paris [PHONE]
            Call (415) 555-2671 or 415-555-2671.                | Call [PHONE] or [PHONE].
            Dial 020 7946 0958 from the UK.                     | Dial [PHONE] from the UK.
            Card 4111 1111 1111 1111 on file.                   | Card [CARD] on file.
            Card 4111-1111-1111-1111 on file.                   | Card [CARD] on file.
            MC 5555555555554444, Amex 378282246310005           | MC [CARD], Amex [CARD]
            13 digits 4222222222222 and 19 digits 6221260000000000001 | 13 digits [CARD] and 19 digits [CARD]
            card 4111 1111 1111 1111 12 months                  | card [CARD] 12 months
            Pay to DE89 3704 0044 0532 0130 00 please.          | Pay to [IBAN] please.
            GB82 WEST 1234 5698 7654 32, FR14 2004 1010 0505 0001 3M02 606 | [IBAN], [IBAN]
            IBAN NL91ABNA0417164300.                            | IBAN [IBAN].
            SSN 123-45-6789 on the form.                        | SSN [SSN] on the form.
            SSN 078 05 1120 on the form.                        | SSN [SSN] on the form.
            """)
    void redactsEachKindWithItsPlaceholder(String text, String redacted) {
        RailResult result = rail.check(text, options);

        assertThat(result.text()).isEqualTo(redacted);
        assertThat(result.interventions()).isNotEmpty().allSatisfy(i -> {
            assertThat(i.rail()).isEqualTo("pii");
            assertThat(i.action()).isEqualTo(Action.REDACT);
        });
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "The card 4111 1111 1111 1112 fails the Luhn check.",
                "Luhn-valid but no card scheme starts with 9: 9111111111111110.",
                "Order number 100023456789016 shipped.",
                "Order ORD-2024-000123 ships on 2024-05-12.",
                "Invoice 1234567890 is due on 12/05/2024.",
                "The build 20240512123000 passed.",
                "ISBN 978-3-16-148410-0 is the first edition.",
                "The server runs at 192.168.1.1 on port 8080.",
                "Version 1.2.3 gained +5 points; the score was +12345.",
                "Revenue was 1,234,567.89 dollars.",
                "Almost an IBAN: DE89 3704 0044 0532 0130 01 fails mod 97.",
                "Too short for Britain: GB82 WEST 1234 5698 7654 3.",
                "Never issued: 000-12-3456, 666-12-3456, 900-12-3456, 123-00-4567, 123-45-0000.",
                "Follow @jrag_bot or write to user@localhost.",
                "Write to jane at example dot com.",
                "The years 1990-2000 and the range 100-200."
            })
    void leavesNearMissesAlone(String text) {
        RailResult result = rail.check(text, options);

        assertThat(result.interventions()).isEmpty();
        assertThat(result.text()).isEqualTo(text);
    }

    @Test
    void reportsKindAndSpanButNeverTheValue() {
        String text = "Mail jane@example.com or pay 4111 1111 1111 1111.";

        List<Intervention> found = rail.check(text, options).interventions();

        assertThat(found)
                .extracting(Intervention::detail)
                .containsExactly("e-mail address", "payment card number (16 digits, Luhn-valid)");
        assertThat(text.substring(found.get(0).start(), found.get(0).end())).isEqualTo("jane@example.com");
        assertThat(text.substring(found.get(1).start(), found.get(1).end())).isEqualTo("4111 1111 1111 1111");
        assertThat(found).allSatisfy(i -> assertThat(i.detail()).doesNotContain("jane", "4111"));
    }

    @Test
    void looksOnlyForTheConfiguredKinds() {
        var emailOnly = new GuardrailOptions(Map.of(), List.of(), 0, 0, EnumSet.of(PiiKind.EMAIL));

        RailResult result = rail.check("jane@example.com, +44 20 7946 0958", emailOnly);

        assertThat(result.text()).isEqualTo("[EMAIL], +44 20 7946 0958");
    }

    @Test
    void flagsOrBlocksWithoutChangingTheTextInThoseModes() {
        String text = "SSN 123-45-6789";

        RailResult flagged = rail.check(text, options.with(Rail.PII, Action.FLAG));
        RailResult blocked = rail.check(text, options.with(Rail.PII, Action.BLOCK));
        RailResult off = rail.check(text, options.with(Rail.PII, Action.ALLOW));

        assertThat(flagged.text()).isEqualTo(text);
        assertThat(flagged.interventions()).extracting(Intervention::action).containsExactly(Action.FLAG);
        assertThat(blocked.text()).isEqualTo(text);
        assertThat(blocked.blocked()).isTrue();
        assertThat(off.interventions()).isEmpty();
    }
}
