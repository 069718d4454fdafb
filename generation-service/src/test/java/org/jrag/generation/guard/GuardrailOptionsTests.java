package org.jrag.generation.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.jrag.personaldata.PiiKind;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class GuardrailOptionsTests {

    @Test
    void fillsEveryRailWithItsDefaultMode() {
        GuardrailOptions options = GuardrailOptions.defaults();

        assertThat(options.modes())
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        Rail.PROMPT_INJECTION, Action.BLOCK,
                        Rail.MAX_INPUT_LENGTH, Action.BLOCK,
                        Rail.INPUT_DENY_LIST, Action.BLOCK,
                        Rail.PII, Action.REDACT,
                        Rail.OUTPUT_DENY_LIST, Action.REDACT,
                        Rail.PASSAGE_INJECTION, Action.REDACT,
                        Rail.GROUNDING, Action.FLAG));
    }

    @Test
    void bindsConfigurationWithLenientNamesAndValues() {
        var source = new MapConfigurationPropertySource(Map.of(
                "rag.generation.guardrails.rails.pii", "flag",
                "rag.generation.guardrails.rails.prompt-injection", "allow",
                "rag.generation.guardrails.deny-terms[0]", "falcon",
                "rag.generation.guardrails.max-input-tokens", "512",
                "rag.generation.guardrails.pii-kinds", "email,iban"));

        GuardrailOptions options = new Binder(source)
                .bindOrCreate("rag.generation.guardrails", GuardrailProperties.class)
                .options();

        assertThat(options.mode(Rail.PII)).isEqualTo(Action.FLAG);
        assertThat(options.mode(Rail.PROMPT_INJECTION)).isEqualTo(Action.ALLOW);
        assertThat(options.mode(Rail.GROUNDING)).isEqualTo(Action.FLAG);
        assertThat(options.denyTerms()).containsExactly("falcon");
        assertThat(options.maxInputChars()).isEqualTo(16000);
        assertThat(options.maxInputTokens()).isEqualTo(512);
        assertThat(options.piiKinds()).containsExactlyInAnyOrder(PiiKind.EMAIL, PiiKind.IBAN);
    }

    @Test
    void refusesConfigurationThatNamesAnUnknownRailOrAnUnsupportedMode() {
        var unknown = new MapConfigurationPropertySource(Map.of("rag.generation.guardrails.rails.pi", "flag"));
        var unsupported =
                new MapConfigurationPropertySource(Map.of("rag.generation.guardrails.rails.grounding", "redact"));

        assertThatThrownBy(
                        () -> new Binder(unknown).bindOrCreate("rag.generation.guardrails", GuardrailProperties.class))
                .isInstanceOf(BindException.class)
                .rootCause()
                .hasMessage("unknown guardrail 'pi', expected one of [prompt-injection, max-input-length,"
                        + " input-deny-list, pii, output-deny-list, passage-injection, grounding]");
        assertThatThrownBy(() ->
                        new Binder(unsupported).bindOrCreate("rag.generation.guardrails", GuardrailProperties.class))
                .isInstanceOf(BindException.class)
                .rootCause()
                .hasMessage(
                        "guardrail 'grounding' cannot REDACT, its modes are [FLAG, BLOCK] or ALLOW (off), got: REDACT");
    }

    @Test
    void refusesInvalidRequestOverridesWithPreciseMessages() {
        assertThatThrownBy(() -> new GuardrailOverrides(Map.of("nope", Action.FLAG), null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unknown guardrail 'nope', expected one of [prompt-injection");
        assertThatThrownBy(
                        () -> new GuardrailOverrides(Map.of("prompt-injection", Action.REDACT), null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("guardrail 'prompt-injection' cannot REDACT, its modes are [FLAG, BLOCK] or ALLOW (off),"
                        + " got: REDACT");
        assertThatThrownBy(() -> new GuardrailOverrides(null, List.of(" "), null, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("guardrails.denyTerms must not hold blank terms, got: [ ]");
        assertThatThrownBy(() -> new GuardrailOverrides(null, null, -1, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("guardrails.maxInputChars must be >= 0 (0 = no limit), got: -1");
        assertThatThrownBy(() -> Action.of("stop"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown guardrail action 'stop', expected one of [allow, flag, redact, block]");
        assertThatThrownBy(() -> PiiKind.of("passport"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown PII kind 'passport', expected one of [email, phone, card, iban, ssn]");
    }

    @Test
    void lookingForNoKindOfPersonalDataIsAllowed() {
        var overrides = new GuardrailOverrides(null, null, null, null, EnumSet.noneOf(PiiKind.class));

        assertThat(overrides.applyTo(GuardrailOptions.defaults()).piiKinds()).isEmpty();
    }
}
