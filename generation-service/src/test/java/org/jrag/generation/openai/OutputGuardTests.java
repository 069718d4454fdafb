package org.jrag.generation.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    void holdsStreamedTextUntilASentenceEndsSoAnEmailSplitAcrossTokensIsRedacted() {
        OutputGuard guard = new OutputGuard(guardrails, GuardrailOptions.defaults(), "");

        assertThat(guard.accept("Write to bob")).isEmpty();
        assertThat(guard.accept("@example.")).isEmpty();
        assertThat(guard.accept("org today. Then")).isEqualTo("Write to [EMAIL] today. ");
        assertThat(guard.finish()).isEqualTo("Then");

        Intervention found = guard.interventions().getFirst();
        assertThat(found.rail()).isEqualTo("pii");
        assertThat(found.action()).isEqualTo(Action.REDACT);
        assertThat("Write to bob@example.org today. Then".substring(found.start(), found.end()))
                .isEqualTo("bob@example.org");
    }

    @Test
    void shiftsOffsetsOfLaterSentencesToTheWholeText() {
        OutputGuard guard = new OutputGuard(guardrails, GuardrailOptions.defaults(), " (in choice 1)");
        String text = "Hello there. Mail ann@example.com now.\n";

        String sent = guard.accept(text.substring(0, 13)) + guard.accept(text.substring(13)) + guard.finish();

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
        assertThat(guard.finish()).isEmpty();
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
        assertThat(guard.finish()).isEmpty();
    }

    @Test
    void checksWholeChoicesAndReportsInputFindingsFirst() {
        var prompts = new GenerationRunner.Prompts(
                null,
                List.of(new int[] {1}),
                Set.of(),
                GuardrailOptions.defaults(),
                List.of(new Intervention("input-deny-list", Action.FLAG, "x", 0, 1)));

        OutputGuard.Checked checked =
                OutputGuard.checkAll(List.of("No data here.", "Call 555-123-4567."), guardrails, prompts);

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
        var prompts = new GenerationRunner.Prompts(null, List.of(new int[] {1}), Set.of(), block, List.of());

        assertThatThrownBy(() -> OutputGuard.checkAll(List.of("Mail bob@example.org."), guardrails, prompts))
                .isInstanceOf(GuardrailBlockedException.class)
                .hasMessageStartingWith("The output was withheld by guardrail 'pii'");
    }

    @Test
    void findsTheLastSentenceEnd() {
        assertThat(OutputGuard.lastSentenceEnd("No end")).isZero();
        assertThat(OutputGuard.lastSentenceEnd("e.g.x")).isZero();
        assertThat(OutputGuard.lastSentenceEnd("One. Two")).isEqualTo(5);
        assertThat(OutputGuard.lastSentenceEnd("Line\nnext")).isEqualTo(5);
    }
}
