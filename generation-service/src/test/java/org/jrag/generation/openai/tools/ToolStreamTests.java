package org.jrag.generation.openai.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jrag.engine.chat.ChatMlTemplate;
import org.jrag.engine.chat.Llama3ChatTemplate;
import org.junit.jupiter.api.Test;

class ToolStreamTests {

    private static final List<ToolDefinition> TOOLS = List.of(new ToolDefinition("time", null, null));
    private static final ToolChoice AUTO = new ToolChoice(ToolChoice.Mode.AUTO, null);

    @Test
    void passesTextOnAndHoldsTheCallsToTheEnd() {
        ToolStream stream = new ToolStream(new ToolUse(ToolFormat.of(new ChatMlTemplate()), TOOLS, AUTO));

        assertThat(stream.accept("One moment")).isEqualTo("One moment");
        assertThat(stream.accept(".\n<tool")).isEqualTo(".\n");
        assertThat(stream.accept("_call>\n{\"name\": \"time\"")).isEmpty();
        ToolReply end = stream.finish(", \"arguments\": {}}\n</tool_call>");

        assertThat(end.content()).isEmpty();
        assertThat(end.calls()).singleElement().extracting(ToolCall::name).isEqualTo("time");
    }

    @Test
    void sendsHeldTextThatTurnsOutNotToBeACall() {
        ToolStream stream = new ToolStream(new ToolUse(ToolFormat.of(new Llama3ChatTemplate()), TOOLS, AUTO));

        assertThat(stream.accept("{\"a\"")).isEmpty();
        assertThat(stream.finish(": 1}")).isEqualTo(new ToolReply("{\"a\": 1}", List.of()));
    }

    @Test
    void holdsEverythingOfARequiredCall() {
        ToolStream stream = new ToolStream(new ToolUse(
                ToolFormat.of(new ChatMlTemplate()), TOOLS, new ToolChoice(ToolChoice.Mode.REQUIRED, null)));

        assertThat(stream.accept("{\"name\": \"time\", ")).isEmpty();
        ToolReply end = stream.finish("\"arguments\": {}}");

        assertThat(end.content()).isEmpty();
        assertThat(end.calls()).hasSize(1);
    }

    @Test
    void passesEverythingWhenToolChoiceIsNone() {
        ToolStream stream = new ToolStream(
                new ToolUse(ToolFormat.of(new ChatMlTemplate()), TOOLS, new ToolChoice(ToolChoice.Mode.NONE, null)));

        assertThat(stream.accept("<tool_call>")).isEqualTo("<tool_call>");
        assertThat(stream.finish("x")).isEqualTo(new ToolReply("x", List.of()));
    }
}
