package org.jrag.personaldata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PersonalDataTests {

    private static final String TEXT =
            "Mail ann@example.com or call +44 20 7946 0958; IBAN GB82 WEST 1234 5698 7654 32.";

    @Test
    void findsEachKindInTextOrderAndRedactsItWithItsPlaceholder() {
        List<PersonalData.Finding> found = PersonalData.find(TEXT, EnumSet.allOf(PiiKind.class));

        assertThat(found)
                .extracting(PersonalData.Finding::kind)
                .containsExactly(PiiKind.EMAIL, PiiKind.PHONE, PiiKind.IBAN);
        assertThat(TEXT.substring(found.get(1).start(), found.get(1).end())).isEqualTo("+44 20 7946 0958");
        assertThat(PersonalData.redact(TEXT, found)).isEqualTo("Mail [EMAIL] or call [PHONE]; IBAN [IBAN].");
    }

    @Test
    void looksOnlyForTheKindsAsked() {
        List<PersonalData.Finding> found = PersonalData.find(TEXT, Set.of(PiiKind.EMAIL));

        assertThat(PersonalData.redact(TEXT, found))
                .isEqualTo("Mail [EMAIL] or call +44 20 7946 0958; IBAN GB82 WEST 1234 5698 7654 32.");
        assertThat(PersonalData.redact(TEXT, Set.of(PiiKind.EMAIL))).isEqualTo(PersonalData.redact(TEXT, found));
        assertThat(PersonalData.patterns(Set.of(PiiKind.EMAIL))).hasSize(1);
        assertThat(PersonalData.patterns(Set.of(PiiKind.PHONE))).hasSize(3);
        assertThat(PersonalData.find(TEXT, Set.of())).isEmpty();
    }
}
