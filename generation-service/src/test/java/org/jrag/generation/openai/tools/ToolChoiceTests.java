package org.jrag.generation.openai.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.jrag.engine.chat.ChatMlTemplate;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ToolChoiceTests {

    private static final List<ToolDefinition> TOOLS =
            List.of(new ToolDefinition("time", null, null), new ToolDefinition("weather", null, null));

    private static JsonNode json(String text) {
        return JsonMapper.shared().readTree(text);
    }

    @Test
    void defaultsToAutoWithToolsAndNoneWithout() {
        assertThat(ToolChoice.of(null, TOOLS).mode()).isEqualTo(ToolChoice.Mode.AUTO);
        assertThat(ToolChoice.of(null, List.of()).mode()).isEqualTo(ToolChoice.Mode.NONE);
        assertThat(ToolChoice.of(json("\"none\""), List.of()).mode()).isEqualTo(ToolChoice.Mode.NONE);
    }

    @Test
    void readsEveryChoice() {
        assertThat(ToolChoice.of(json("\"auto\""), TOOLS)).isEqualTo(new ToolChoice(ToolChoice.Mode.AUTO, null));
        assertThat(ToolChoice.of(json("\"required\""), TOOLS).forced()).isTrue();
        ToolChoice named =
                ToolChoice.of(json("{\"type\": \"function\", \"function\": {\"name\": \"weather\"}}"), TOOLS);
        assertThat(named).isEqualTo(new ToolChoice(ToolChoice.Mode.FUNCTION, "weather"));
        assertThat(new ToolUse(ToolFormat.of(new ChatMlTemplate()), TOOLS, named).callable())
                .extracting(ToolDefinition::name)
                .containsExactly("weather");
    }

    @Test
    void refusesChoicesItCannotHonour() {
        assertThatThrownBy(() -> ToolChoice.of(json("\"any\""), TOOLS))
                .hasMessage("tool_choice must be none, auto, required or {\"type\": \"function\", \"function\":"
                        + " {\"name\": ...}}, got: 'any'");
        assertThatThrownBy(
                        () -> ToolChoice.of(json("{\"type\": \"function\", \"function\": {\"name\": \"x\"}}"), TOOLS))
                .hasMessage("tool_choice names function 'x', which is not among tools: [time, weather]");
        assertThatThrownBy(() -> ToolChoice.of(json("\"required\""), List.of()))
                .hasMessage("tool_choice required needs tools, and the request has none");
        assertThatThrownBy(() -> ToolChoice.of(json("7"), TOOLS)).hasMessageEndingWith("got: 7");
    }
}
