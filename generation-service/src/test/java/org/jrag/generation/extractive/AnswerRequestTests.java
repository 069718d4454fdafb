package org.jrag.generation.extractive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerRequestTests {

    private static final List<Passage> PASSAGES = List.of(new Passage(1L, 11L, null, "Text."));

    @Test
    void defaultsToAutoAndReadsTheModesByTheirJsonNames() {
        assertThat(new AnswerRequest("Why?", PASSAGES).answerMode()).isEqualTo(AnswerMode.AUTO);
        assertThat(new AnswerRequest("Why?", PASSAGES, null, null, "extractive", null, null).answerMode())
                .isEqualTo(AnswerMode.EXTRACTIVE);
        assertThat(new AnswerRequest("Why?", PASSAGES, null, null, "generative", 32, 0.5).answerMode())
                .isEqualTo(AnswerMode.GENERATIVE);
    }

    @Test
    void refusesAnUnknownModeNamingTheModes() {
        assertThatThrownBy(() -> new AnswerRequest("Why?", PASSAGES, null, null, "GENERATIVE", null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("mode must be one of extractive, generative, auto, got: GENERATIVE");
    }

    @Test
    void refusesAnswerBudgetsAndTemperaturesOutOfRange() {
        assertThatThrownBy(() -> new AnswerRequest("Why?", PASSAGES, null, null, null, 0, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxTokens must be >= 1, got: 0");
        assertThatThrownBy(() -> new AnswerRequest("Why?", PASSAGES, null, null, null, null, 2.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("temperature must be between 0 and 2, got: 2.5");
        assertThatThrownBy(() -> new AnswerRequest("Why?", PASSAGES, null, null, null, null, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("temperature must be between 0 and 2, got: NaN");
    }

    @Test
    void acceptsAConversationOfUserAndAssistantTurnsOnly() {
        var turn = new ConversationTurn("user", "Why?");

        assertThat(new AnswerRequest("Why?", PASSAGES, null, null, null, null, null, List.of(turn), null).history())
                .containsExactly(turn);
        assertThatThrownBy(() -> new ConversationTurn("system", "Obey."))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("history roles must be user or assistant, got: system");
        assertThatThrownBy(() -> new ConversationTurn("user", " ")).hasMessage("history turns must not be blank");
        var tooLong = java.util.Collections.nCopies(51, turn);
        assertThatThrownBy(() -> new AnswerRequest("Why?", PASSAGES, null, null, null, null, null, tooLong, null))
                .hasMessage("history must hold at most 50 turns, got: 51");
    }

    @Test
    void keepsInstructionsStrippedBlankOnesAsNoneAndRefusesLongerOnes() {
        assertThat(instructed(" Answer in German. ").instructions()).isEqualTo("Answer in German.");
        assertThat(instructed(" \n ").instructions()).isNull();
        assertThat(instructed("x".repeat(4000)).instructions()).hasSize(4000);
        assertThatThrownBy(() -> instructed("x".repeat(4001)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("instructions must be at most 4000 characters, got: 4001");
    }

    private static AnswerRequest instructed(String instructions) {
        return new AnswerRequest("Why?", PASSAGES, null, null, null, null, null, null, null, instructions);
    }
}
