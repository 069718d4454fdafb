package org.jrag.generation.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.jrag.generation.extractive.BreakIteratorSentenceSplitter;
import org.jrag.generation.guard.Action;
import org.jrag.generation.guard.DenyListRail;
import org.jrag.generation.guard.GroundingRail;
import org.jrag.generation.guard.GuardrailBlockedException;
import org.jrag.generation.guard.GuardrailOptions;
import org.jrag.generation.guard.Guardrails;
import org.jrag.generation.guard.Intervention;
import org.jrag.generation.guard.MaxInputLengthRail;
import org.jrag.generation.guard.PiiRedactionRail;
import org.jrag.generation.guard.PromptInjectionRail;
import org.jrag.generation.guard.Rail;
import org.junit.jupiter.api.Test;

class OutputGuardTests {

    private final Guardrails guardrails = new Guardrails(
            List.of(new MaxInputLengthRail(String::length), new PromptInjectionRail(), DenyListRail.forInput()),
            List.of(new PiiRedactionRail(), DenyListRail.forOutput()),
            new GroundingRail(new BreakIteratorSentenceSplitter(), null, 0.92, 0.75),
            GuardrailOptions.defaults(),
            new SimpleMeterRegistry());

    @Test
    void passesPlainWordsAtOnceAndHoldsAnEmailSplitAcrossTokensUntilItIsWhole() {
        OutputGuard guard = new OutputGuard(guardrails, GuardrailOptions.defaults(), "");

        assertThat(guard.accept("Write to bob")).isEqualTo("Write to ");
        assertThat(guard.accept("@example.")).isEmpty();
        assertThat(guard.accept("org today. Then")).isEqualTo("[EMAIL] today. ");
        assertThat(guard.finish().text()).isEqualTo("Then");

        Intervention found = guard.interventions().getFirst();
        assertThat(found.rail()).isEqualTo("pii");
        assertThat(found.action()).isEqualTo(Action.REDACT);
        assertThat("Write to bob@example.org today. Then".substring(found.start(), found.end()))
                .isEqualTo("bob@example.org");
    }

    @Test
    void shiftsOffsetsOfLaterPartsToTheWholeText() {
        OutputGuard guard = new OutputGuard(guardrails, GuardrailOptions.defaults(), " (in choice 1)");
        String text = "Hello there. Mail ann@example.com now.\n";

        String sent = guard.accept(text.substring(0, 13))
                + guard.accept(text.substring(13))
                + guard.finish().text();

        assertThat(sent).isEqualTo("Hello there. Mail [EMAIL] now.\n");
        Intervention found = guard.interventions().getFirst();
        assertThat(text.substring(found.start(), found.end())).isEqualTo("ann@example.com");
        assertThat(found.detail()).endsWith(" (in choice 1)");
    }

    @Test
    void passesTextStraightThroughWhenTheOutputRailsAreOff() {
        GuardrailOptions off =
                GuardrailOptions.defaults().with(Rail.PII, Action.ALLOW).with(Rail.OUTPUT_DENY_LIST, Action.ALLOW);
        OutputGuard guard = new OutputGuard(guardrails, off, "");

        assertThat(guard.accept("mail bob@example.org")).isEqualTo("mail bob@example.org");
        assertThat(guard.finish().text()).isEmpty();
        assertThat(guard.interventions()).isEmpty();
    }

    @Test
    void withholdsTheRestOfTheOutputOnceARailBlocks() {
        GuardrailOptions block =
                new GuardrailOptions(Map.of(Rail.OUTPUT_DENY_LIST, Action.BLOCK), List.of("falcon"), 0, 0, Set.of());
        OutputGuard guard = new OutputGuard(guardrails, block, "");

        assertThat(guard.accept("A bird flew. The falcon dived. ")).isEmpty();
        assertThat(guard.blocked()).isTrue();
        assertThat(guard.accept("More text. ")).isEmpty();
        assertThat(guard.finish().text()).isEmpty();
    }

    @Test
    void checksWholeChoicesAndReportsInputFindingsFirst() {
        var prompts = new GenerationRunner.Prompts(
                null,
                List.of(new int[] {1}),
                Set.of(),
                GuardrailOptions.defaults(),
                List.of(new Intervention("input-deny-list", Action.FLAG, "x", 0, 1)),
                null,
                null);

        OutputGuard.Checked checked = OutputGuard.checkAll(
                List.of("No data here.", "Call 555-123-4567."), List.of(List.of(), List.of()), guardrails, prompts);

        assertThat(checked.texts().getFirst()).isEqualTo("No data here.");
        assertThat(checked.texts().get(1)).doesNotContain("555-123-4567");
        assertThat(checked.report().interventions())
                .extracting(Intervention::rail)
                .containsExactly("input-deny-list", "pii");
        assertThat(checked.report().interventions().get(1).detail()).endsWith(" (in choice 1)");
    }

    @Test
    void aBlockedChoiceFailsTheWholeAnswer() {
        GuardrailOptions block = GuardrailOptions.defaults().with(Rail.PII, Action.BLOCK);
        var prompts =
                new GenerationRunner.Prompts(null, List.of(new int[] {1}), Set.of(), block, List.of(), null, null);

        assertThatThrownBy(() ->
                        OutputGuard.checkAll(List.of("Mail bob@example.org."), List.of(List.of()), guardrails, prompts))
                .isInstanceOf(GuardrailBlockedException.class)
                .hasMessageStartingWith("The output was withheld by guardrail 'pii'");
    }

    @Test
    void withholdsTheLogprobsOfAWholeChoiceTheRailsRedacted() {
        var prompts = new GenerationRunner.Prompts(
                null, List.of(new int[] {1}), Set.of(), GuardrailOptions.defaults(), List.of(), null, null);
        List<TokenLogprob> clean = List.of(logprob("No", 0), logprob(" data", 2), logprob(".", 7));
        List<TokenLogprob> phone = List.of(logprob("Call", 0), logprob(" 555", 4), logprob("-123-4567.", 8));

        OutputGuard.Checked checked = OutputGuard.checkAll(
                List.of("No data.", "Call 555-123-4567."), List.of(clean, phone), guardrails, prompts);

        assertThat(checked.logprobs().getFirst()).isEqualTo(clean);
        assertThat(checked.logprobs().get(1)).isEmpty();
        assertThat(checked.report().interventions())
                .extracting(Intervention::rail, Intervention::action, Intervention::start, Intervention::end)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("pii", Action.REDACT, 5, 17),
                        org.assertj.core.groups.Tuple.tuple("pii", Action.REDACT, 0, 18));
        assertThat(checked.report().interventions().get(1).detail())
                .isEqualTo("log-probabilities withheld: their tokens would show the redacted text (in choice 1)");
    }

    @Test
    void streamsLogprobsWithTheirCheckedTextAndWithholdsThoseOfARedactedPart() {
        OutputGuard guard = new OutputGuard(guardrails, GuardrailOptions.defaults(), "");
        List<TokenLogprob> first = List.of(logprob("Fine", 0), logprob(".", 4), logprob(" ", 5));

        OutputGuard.Released fine = guard.accept("Fine. ", first);
        OutputGuard.Released mailHeld =
                guard.accept("Mail bob@example.org", List.of(logprob("Mail", 6), logprob(" bob@example.org", 10)));
        OutputGuard.Released mail = guard.accept(". Bye", List.of(logprob(".", 26), logprob(" Bye", 27)));
        OutputGuard.Released end = guard.finish();

        assertThat(fine).isEqualTo(new OutputGuard.Released("Fine. ", first));
        assertThat(mailHeld).isEqualTo(new OutputGuard.Released("Mail ", List.of(logprob("Mail", 6))));
        assertThat(mail.text()).isEqualTo("[EMAIL]. ");
        assertThat(mail.logprobs()).isEmpty();
        assertThat(end).isEqualTo(new OutputGuard.Released("Bye", List.of()));
        assertThat(guard.interventions())
                .extracting(Intervention::detail)
                .last()
                .isEqualTo("log-probabilities withheld: their tokens would show the redacted text");
    }

    @Test
    void holdsALogprobWhoseTokenRunsIntoTextStillHeldUntilThatIsChecked() {
        OutputGuard guard = new OutputGuard(guardrails, GuardrailOptions.defaults(), "");

        OutputGuard.Released first = guard.accept("Hi. T", List.of(logprob("Hi", 0), logprob(". T", 2)));
        OutputGuard.Released rest = guard.accept("here.", List.of(logprob("here.", 5)));
        OutputGuard.Released end = guard.finish();

        assertThat(first).isEqualTo(new OutputGuard.Released("Hi. ", List.of(logprob("Hi", 0))));
        assertThat(rest).isEqualTo(new OutputGuard.Released("", List.of()));
        assertThat(end).isEqualTo(new OutputGuard.Released("There.", List.of(logprob(". T", 2), logprob("here.", 5))));
    }

    private static TokenLogprob logprob(String token, int offset) {
        return new TokenLogprob(
                token, -0.5, List.of(), offset, List.of(new TokenLogprob.Alternative(token + "x", -1.5, List.of())));
    }

    @Test
    void cutsAfterTheLastSpaceThatNoFindingCanStillRunAcross() {
        GuardrailOptions options = withDenyTerms("project falcon");
        List<Pattern> patterns = guardrails.outputPatterns(options);

        assertThat(OutputGuard.safeCut("Write to bob", patterns)).isEqualTo(9);
        assertThat(OutputGuard.safeCut("Done. ", patterns)).isEqualTo(6);
        assertThat(OutputGuard.safeCut("Pay with 4111 1111", patterns)).isEqualTo(9);
        assertThat(OutputGuard.safeCut("IBAN GB82 WEST 1234 ", patterns)).isEqualTo(5);
        assertThat(OutputGuard.safeCut("about project ", patterns)).isEqualTo(6);
        // a number followed by another group is no phone number; nothing is cut between a digit and its space
        assertThat(OutputGuard.safeCut("Call 415-555-2671 5 times ", patterns)).isEqualTo(26);
        assertThat(OutputGuard.safeCut("Call 415-555-2671 5", patterns)).isEqualTo(5);
        assertThat(OutputGuard.safeCut("nothing-to-cut", patterns)).isZero();
    }

    @Test
    void aStreamReadsAsTheWholeTextHoweverItsTokensFall() {
        GuardrailOptions options = withDenyTerms("project falcon", "C++");
        List<String> texts = List.of(
                "Mail ann@example.com or call +44 20 7946 0958 today. Thanks!",
                "Card 4111 1111 1111 1111, IBAN GB82 WEST 1234 5698 7654 32 and SSN 123-45-6789 are on file.",
                "Call 415-555-2671 5 times, or (415) 555-2671 once; 020 7946 0958 works too.\nBye",
                "The project  falcon team writes C++ and the projects falconry. Order 12345 shipped 2024-05-01.",
                "Totals: 4111 1111 1111 1112 and 5 415-555-2671 and ISBN 978-3-16-148410-0, at a.b@c.de.");
        var random = new Random(7);
        for (String text : texts) {
            Intervention[] whole =
                    guardrails.checkOutput(text, options).interventions().toArray(Intervention[]::new);
            String expected = guardrails.checkOutput(text, options).text();
            for (int round = 0; round < 50; round++) {
                OutputGuard guard = new OutputGuard(guardrails, options, "");
                var sent = new StringBuilder();
                for (int i = 0; i < text.length(); ) {
                    int end = Math.min(text.length(), i + 1 + random.nextInt(6));
                    sent.append(guard.accept(text.substring(i, end)));
                    i = end;
                }
                sent.append(guard.finish().text());

                assertThat(sent.toString()).as(text).isEqualTo(expected);
                assertThat(guard.interventions())
                        .as(text)
                        .extracting(Intervention::rail, Intervention::start, Intervention::end)
                        .containsExactly(Arrays.stream(whole)
                                .map(f -> tuple(f.rail(), f.start(), f.end()))
                                .toArray(org.assertj.core.groups.Tuple[]::new));
            }
        }
    }

    private static GuardrailOptions withDenyTerms(String... terms) {
        GuardrailOptions defaults = GuardrailOptions.defaults();
        return new GuardrailOptions(
                Map.of(Rail.PII, Action.REDACT, Rail.OUTPUT_DENY_LIST, Action.REDACT),
                List.of(terms),
                0,
                0,
                defaults.piiKinds());
    }
}
