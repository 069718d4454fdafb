package org.jrag.generation.generative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jrag.engine.chat.ChatTemplate;
import org.jrag.generation.TestModels;
import org.jrag.generation.extractive.ConversationTurn;
import org.jrag.generation.extractive.Passage;
import org.jrag.generation.openai.ContextLengthExceededException;
import org.junit.jupiter.api.Test;

class GroundedPromptBuilderTests {

    private static final String INSTRUCTION = "Answer only from the passages.";
    private static final ChatTemplate LLAMA2 = ChatTemplate.recognise(TestModels.LLAMA2_TEMPLATE, "<s>", "</s>");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /** One token per white-space separated word: easy to count by hand. */
    private static final Function<String, int[]> WORDS = text -> new int[WHITESPACE.split(text.strip()).length];

    private static final Passage FIRST = new Passage(1L, 11L, "Paris", "The Eiffel Tower is in Paris.");
    private static final Passage SECOND = new Passage(2L, 22L, null, "The Louvre is a museum in Paris.");
    private static final Passage THIRD = new Passage(3L, 33L, "Rome", "The Colosseum is in Rome.");

    @Test
    void numbersThePassagesFromOneInRankOrderAfterTheInstructionAndBeforeTheQuestion() {
        var builder = new GroundedPromptBuilder(INSTRUCTION, LLAMA2, WORDS, 1000);

        GroundedPrompt prompt = builder.build("Where is the Eiffel Tower?", List.of(FIRST, SECOND, THIRD), 10);

        assertThat(prompt.text())
                .contains(INSTRUCTION)
                .contains("[1] Paris\nThe Eiffel Tower is in Paris.\n\n[2] The Louvre is a museum in Paris.\n\n"
                        + "[3] Rome\nThe Colosseum is in Rome.\n\nQuestion: Where is the Eiffel Tower?")
                .startsWith("[INST] ")
                .endsWith("[/INST]");
        assertThat(prompt.text().indexOf(INSTRUCTION)).isLessThan(prompt.text().indexOf("[1]"));
        assertThat(prompt.passages()).containsExactly(FIRST, SECOND, THIRD);
        assertThat(prompt.dropped()).isZero();
        assertThat(prompt.truncated()).isFalse();
        assertThat(prompt.format()).isEqualTo(GroundedPromptBuilder.CHAT_TEMPLATE);
        assertThat(prompt.tokens()).hasSize(WORDS.apply(prompt.text()).length);
    }

    @Test
    void writesAPlainCompletionPromptForAModelWithoutAChatTemplate() {
        var builder = new GroundedPromptBuilder(INSTRUCTION, null, WORDS, 1000);

        GroundedPrompt prompt = builder.build("Where is the Colosseum?", List.of(THIRD), 10);

        assertThat(prompt.text())
                .isEqualTo(INSTRUCTION + "\n\nPassages:\n\n[1] Rome\nThe Colosseum is in Rome.\n\n"
                        + "Question: Where is the Colosseum?\nAnswer:");
        assertThat(prompt.format()).isEqualTo(GroundedPromptBuilder.PLAIN);
    }

    @Test
    void dropsTheLowestRankedPassagesUntilThePromptLeavesTheAnswerBudget() {
        var all = new GroundedPromptBuilder(INSTRUCTION, null, WORDS, 10_000);
        int twoPassages = all.build("Where?", List.of(FIRST, SECOND), 1).tokens().length;
        int answer = 20;
        // room for exactly the first two passages and the answer
        var builder = new GroundedPromptBuilder(INSTRUCTION, null, WORDS, twoPassages + answer);

        GroundedPrompt prompt = builder.build("Where?", List.of(FIRST, SECOND, THIRD), answer);

        assertThat(prompt.passages()).containsExactly(FIRST, SECOND);
        assertThat(prompt.dropped()).isEqualTo(1);
        assertThat(prompt.truncated()).isFalse();
        assertThat(prompt.tokens().length + answer).isLessThanOrEqualTo(twoPassages + answer);
        assertThat(prompt.text()).doesNotContain("[3]").doesNotContain("Colosseum");
    }

    @Test
    void keepsTheFirstWordsOfTheBestPassageWhenItAloneIsTooLong() {
        var long1 = new Passage(1L, 11L, null, "one two three four five six seven eight nine ten");
        var all = new GroundedPromptBuilder(INSTRUCTION, null, WORDS, 10_000);
        int whole = all.build("Count?", List.of(long1), 1).tokens().length;
        int answer = 5;
        // four words of the passage too many
        var builder = new GroundedPromptBuilder(INSTRUCTION, null, WORDS, whole - 4 + answer);

        GroundedPrompt prompt = builder.build("Count?", List.of(long1, SECOND), answer);

        assertThat(prompt.truncated()).isTrue();
        assertThat(prompt.dropped()).isEqualTo(1);
        assertThat(prompt.passages()).singleElement().satisfies(p -> {
            assertThat(p.text()).isEqualTo("one two three four five six");
            assertThat(p.chunkId()).isEqualTo(11L);
        });
        assertThat(prompt.tokens().length).isEqualTo(whole - 4);
    }

    @Test
    void refusesWhenNotEvenTheQuestionAndOneWordFit() {
        var builder = new GroundedPromptBuilder(INSTRUCTION, LLAMA2, WORDS, 12);

        assertThatThrownBy(() -> builder.build("Where is the Eiffel Tower?", List.of(FIRST), 4))
                .isInstanceOf(ContextLengthExceededException.class)
                .hasMessageContaining("12");
    }

    @Test
    void refusesNoPassagesAndNoAnswerBudget() {
        var builder = new GroundedPromptBuilder(INSTRUCTION, LLAMA2, WORDS, 1000);

        assertThatThrownBy(() -> builder.build("Why?", List.of(), 4))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("passages must not be empty");
        assertThatThrownBy(() -> builder.build("Why?", List.of(FIRST), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("answerTokens must be >= 1, got: 0");
    }

    private static final List<ConversationTurn> HISTORY = List.of(
            new ConversationTurn("user", "Tell me about Paris."),
            new ConversationTurn("assistant", "Paris is the capital of France [1]."),
            new ConversationTurn("user", "And its tower?"),
            new ConversationTurn("assistant", "The Eiffel Tower [1]."));

    @Test
    void putsTheConversationBetweenTheInstructionAndThePassages() {
        var chat = new GroundedPromptBuilder(INSTRUCTION, LLAMA2, WORDS, 1000);
        var plain = new GroundedPromptBuilder(INSTRUCTION, null, WORDS, 1000);

        GroundedPrompt chatPrompt = chat.build("How tall is it?", HISTORY, List.of(FIRST), 10);
        GroundedPrompt plainPrompt = plain.build("How tall is it?", HISTORY, List.of(FIRST), 10);

        // each turn as the message it was, in the model's template, then the passages and the question
        String text = chatPrompt.text();
        assertThat(text)
                .containsSubsequence(
                        INSTRUCTION,
                        "Tell me about Paris. [/INST] Paris is the capital of France [1].",
                        "[INST] And its tower? [/INST] The Eiffel Tower [1].",
                        "[INST] Passages:\n\n[1] Paris",
                        "Question: How tall is it? [/INST]");
        assertThat(chatPrompt.historyTurns()).isEqualTo(4);
        assertThat(chatPrompt.historyDropped()).isZero();
        assertThat(plainPrompt.text())
                .isEqualTo(INSTRUCTION + "\n\nConversation so far:\nUser: Tell me about Paris.\n"
                        + "Assistant: Paris is the capital of France [1].\nUser: And its tower?\n"
                        + "Assistant: The Eiffel Tower [1].\n\nPassages:\n\n[1] Paris\nThe Eiffel Tower is in Paris."
                        + "\n\nQuestion: How tall is it?\nAnswer:");
    }

    @Test
    void dropsTheOldestTurnsBeforeAnyPassage() {
        var builder = new GroundedPromptBuilder(INSTRUCTION, null, WORDS, 1000);
        int withLastTwoTurns =
                WORDS.apply(builder.render("How tall is it?", HISTORY.subList(2, 4), List.of(FIRST, SECOND))).length;
        int withoutHistory = WORDS.apply(builder.render("How tall is it?", List.of(), List.of(FIRST, SECOND))).length;

        GroundedPrompt lastTwo = new GroundedPromptBuilder(INSTRUCTION, null, WORDS, withLastTwoTurns + 10)
                .build("How tall is it?", HISTORY, List.of(FIRST, SECOND), 10);
        GroundedPrompt none = new GroundedPromptBuilder(INSTRUCTION, null, WORDS, withoutHistory + 10)
                .build("How tall is it?", HISTORY, List.of(FIRST, SECOND), 10);

        assertThat(lastTwo.historyTurns()).isEqualTo(2);
        assertThat(lastTwo.historyDropped()).isEqualTo(2);
        assertThat(lastTwo.text()).contains("User: And its tower?").doesNotContain("Tell me about Paris");
        assertThat(lastTwo.passages()).containsExactly(FIRST, SECOND);
        assertThat(none.historyTurns()).isZero();
        assertThat(none.historyDropped()).isEqualTo(4);
        assertThat(none.text()).doesNotContain("Conversation so far");
        assertThat(none.passages()).containsExactly(FIRST, SECOND);
    }
}
