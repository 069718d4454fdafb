package org.jrag.generation.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MaxInputLengthRailTests {

    private final AtomicInteger counted = new AtomicInteger();
    /** One token per whitespace-separated word. */
    private final MaxInputLengthRail rail = new MaxInputLengthRail(text -> {
        counted.incrementAndGet();
        return text.isBlank() ? 0 : text.strip().split("\\s+").length;
    });

    @ParameterizedTest(name = "{0} chars / {1} tokens limit, input \"{2}\": {3} interventions")
    @CsvSource(delimiter = '|', textBlock = """
            10 | 0 | 0123456789        | 0
            10 | 0 | 0123456789A       | 1
            0  | 3 | one two three     | 0
            0  | 3 | one two three four| 1
            5  | 1 | one two           | 2
            0  | 0 | any length at all, no limit set | 0
            """)
    void checksCharactersAndTokensAgainstTheLimits(int maxChars, int maxTokens, String input, int expected) {
        RailResult result = rail.check(input, options(maxChars, maxTokens));

        assertThat(result.interventions()).hasSize(expected);
        assertThat(result.blocked()).isEqualTo(expected > 0);
        assertThat(result.text()).isEqualTo(input);
    }

    @Test
    void countsCodePointsNotUtf16UnitsAndNamesTheLimit() {
        // five emoji are ten UTF-16 units but five characters
        String emoji = "😀😀😀😀😀";

        assertThat(rail.check(emoji, options(5, 0)).interventions()).isEmpty();
        Intervention over =
                rail.check(emoji + "😀", options(5, 0)).interventions().getFirst();
        assertThat(over.detail()).isEqualTo("input has 6 characters, more than the limit of 5");
        assertThat(over.start()).isEqualTo(10);
        assertThat(over.end()).isEqualTo(12);
    }

    @Test
    void reportsTokensOverTheLimit() {
        Intervention over = rail.check("a b c d", options(0, 2)).interventions().getFirst();

        assertThat(over.detail()).isEqualTo("input has 4 tokens, more than the limit of 2");
        assertThat(over.rail()).isEqualTo("max-input-length");
    }

    @Test
    void countsTokensOnlyWhenATokenLimitIsSet() {
        rail.check("a b c", options(100, 0));

        assertThat(counted).hasValue(0);
    }

    @Test
    void flagsInFlagModeAndSkipsWhenOff() {
        GuardrailOptions flag = options(3, 0).with(Rail.MAX_INPUT_LENGTH, Action.FLAG);
        GuardrailOptions off = options(3, 0).with(Rail.MAX_INPUT_LENGTH, Action.ALLOW);

        assertThat(rail.check("abcdef", flag).interventions())
                .extracting(Intervention::action)
                .containsExactly(Action.FLAG);
        assertThat(rail.check("abcdef", off).interventions()).isEmpty();
    }

    @Test
    void cannotRedact() {
        assertThatThrownBy(() -> options(3, 0).with(Rail.MAX_INPUT_LENGTH, Action.REDACT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("guardrail 'max-input-length' cannot REDACT, its modes are [FLAG, BLOCK] or ALLOW (off),"
                        + " got: REDACT");
    }

    private static GuardrailOptions options(int maxChars, int maxTokens) {
        return new GuardrailOptions(Map.of(), List.of(), maxChars, maxTokens, Set.of());
    }
}
