package org.jrag.generation.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DenyListRailTests {

    private static final GuardrailOptions TERMS =
            new GuardrailOptions(Map.of(), List.of("falcon", "Project Falcon", "C++", "ass"), 0, 0, Set.of());

    private final DenyListRail input = DenyListRail.forInput();
    private final DenyListRail output = DenyListRail.forOutput();

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Tell me about Project Falcon.          | project falcon
            tell me about PROJECT    falcon        | project falcon
            the falcon has landed                  | falcon
            Falcon's budget                        | falcon
            Is C++ faster than Java?               | c++
            a pain in the ass                      | ass
            """)
    void findsTermsAsWholeWordsIgnoringCase(String text, String term) {
        RailResult result = input.check(text, TERMS);

        assertThat(result.interventions()).hasSize(1);
        assertThat(result.interventions().getFirst().detail()).isEqualToIgnoringCase("deny-listed term '" + term + "'");
        assertThat(result.blocked()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            The class passed every assertion.
            Falconry is an old sport.
            Peregrinefalcon is one word here.
            C is older than Java.
            a_falcon_identifier
            """)
    void ignoresTermsInsideOtherWords(String text) {
        assertThat(input.check(text, TERMS).interventions()).isEmpty();
    }

    @Test
    void redactsOutputTermsWithAPlaceholderAndReportsEachOne() {
        RailResult result = output.check("Project Falcon and falcon: done.", TERMS);

        assertThat(result.text()).isEqualTo("[REDACTED] and [REDACTED]: done.");
        assertThat(result.interventions())
                .extracting(Intervention::rail, Intervention::action, Intervention::start, Intervention::end)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("output-deny-list", Action.REDACT, 0, 14),
                        org.assertj.core.groups.Tuple.tuple("output-deny-list", Action.REDACT, 19, 25));
    }

    @Test
    void blocksOutputWhenConfiguredToAndFlagsInputWhenConfiguredTo() {
        RailResult blocked = output.check("about falcon", TERMS.with(Rail.OUTPUT_DENY_LIST, Action.BLOCK));
        RailResult flagged = input.check("about falcon", TERMS.with(Rail.INPUT_DENY_LIST, Action.FLAG));

        assertThat(blocked.blocked()).isTrue();
        assertThat(blocked.text()).isEqualTo("about falcon");
        assertThat(flagged.blocked()).isFalse();
        assertThat(flagged.interventions()).extracting(Intervention::action).containsExactly(Action.FLAG);
    }

    @Test
    void passesEverythingWithoutTermsOrWhenOff() {
        var noTerms = GuardrailOptions.defaults();

        assertThat(input.check("falcon", noTerms).interventions()).isEmpty();
        assertThat(input.check("falcon", TERMS.with(Rail.INPUT_DENY_LIST, Action.ALLOW))
                        .interventions())
                .isEmpty();
    }

    @Test
    void treatsRegexCharactersInTermsLiterally() {
        var options = new GuardrailOptions(Map.of(), List.of("a.b", "(x)"), 0, 0, Set.of());

        assertThat(input.check("axb", options).interventions()).isEmpty();
        assertThat(input.check("see a.b and (x)", options).interventions()).hasSize(2);
    }
}
