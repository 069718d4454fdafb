package org.jrag.generation.openai.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.jrag.engine.chat.ChatMessage;
import org.jrag.engine.chat.Llama3ChatTemplate;
import org.jrag.engine.chat.ZephyrChatTemplate;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class Llama3ToolFormatTests {

    private static final ToolDefinition WEATHER = new ToolDefinition(
            "weather",
            "Weather now",
            JsonMapper.shared().readTree("{\"type\": \"object\", \"properties\": {\"city\": {\"type\": \"string\"}}}"));
    private static final ToolDefinition TIME = new ToolDefinition("time", null, null);

    private final ToolFormat format = ToolFormat.of(new Llama3ChatTemplate());

    @Test
    void otherTemplateFamiliesHaveNoToolFormat() {
        assertThatThrownBy(() -> ToolFormat.of(new ZephyrChatTemplate("</s>")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the model's chat template (Zephyr) has no tool-call format; tools work with Llama 3.1+ and"
                        + " ChatML (Qwen, Hermes) templates");
    }

    @Test
    void placesTheEnvironmentInTheSystemTurnAndTheFunctionsInTheFirstUserTurn() {
        List<ChatMessage> messages = format.render(
                List.of(
                        new Turn.Message(ChatMessage.system("Be brief.")),
                        new Turn.Message(ChatMessage.user("Weather in Oslo?")),
                        new Turn.Message(ChatMessage.assistant("Checking.")),
                        new Turn.Message(ChatMessage.user("Now?"))),
                List.of(WEATHER));

        assertThat(messages).hasSize(4);
        assertThat(messages.get(0)).isEqualTo(ChatMessage.system("Environment: ipython\n\nBe brief."));
        assertThat(messages.get(1).content())
                .startsWith(Llama3ToolFormat.INSTRUCTIONS + "{\n")
                .contains("\"name\" : \"weather\"", "\"description\" : \"Weather now\"", "\"city\"")
                .endsWith("}\n\nWeather in Oslo?");
        assertThat(messages.get(3)).isEqualTo(ChatMessage.user("Now?"));
    }

    @Test
    void writesCallsAsJsonAndResultsAsIpythonTurns() {
        List<ChatMessage> messages = format.render(
                List.of(
                        new Turn.Message(ChatMessage.user("Weather in Oslo?")),
                        new Turn.Calls("", List.of(new ToolCall("call_1", "weather", "{\"city\":\"Oslo\"}"))),
                        new Turn.Result("call_1", "{\"celsius\": 4}")),
                List.of());

        assertThat(messages)
                .containsExactly(
                        ChatMessage.user("Weather in Oslo?"),
                        ChatMessage.assistant("{\"name\": \"weather\", \"parameters\": {\"city\":\"Oslo\"}}"),
                        new ChatMessage("ipython", "{\"celsius\": 4}"));
        String prompt = new Llama3ChatTemplate().render(messages, true);
        assertThat(prompt).contains("<|start_header_id|>ipython<|end_header_id|>\n\n{\"celsius\": 4}<|eot_id|>");
    }

    @Test
    void addsASystemTurnWhenThereIsNone() {
        List<ChatMessage> messages =
                format.render(List.of(new Turn.Message(ChatMessage.user("Hi"))), List.of(WEATHER, TIME));

        assertThat(messages.getFirst()).isEqualTo(ChatMessage.system("Environment: ipython"));
        assertThat(messages.get(1).content())
                .contains("\"weather\"", "\"time\"")
                .endsWith("\n\nHi");
    }

    @Test
    void readsAWholeReplyOfCallsOnly() {
        ToolReply one =
                format.parse(" {\"name\": \"weather\", \"parameters\": {\"city\": \"Oslo\"}}\n", List.of(WEATHER));
        assertThat(one.content()).isNull();
        assertThat(one.calls()).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("weather");
            assertThat(c.arguments()).isEqualTo("{\"city\":\"Oslo\"}");
            assertThat(c.id()).startsWith("call_").hasSize(29);
        });

        ToolReply two = format.parse(
                "<|python_tag|>{\"name\": \"time\", \"parameters\": {}}; {\"name\": \"weather\", \"arguments\": {}}",
                List.of(WEATHER, TIME));
        assertThat(two.calls()).extracting(ToolCall::name).containsExactly("time", "weather");
    }

    @Test
    void keepsAnythingElseAsText() {
        List<ToolDefinition> tools = List.of(WEATHER);
        for (String text : List.of(
                "It is sunny.",
                "{\"name\": \"unknown\", \"parameters\": {}}",
                "{\"name\": \"weather\", \"parameters\": [1]}",
                "{\"name\": \"weather\", \"parameters\": {\"city\": ",
                "{\"name\": \"weather\"} and some text",
                "Sure: {\"name\": \"weather\", \"parameters\": {}}")) {
            assertThat(format.parse(text, tools)).isEqualTo(new ToolReply(text, List.of()));
        }
    }

    @Test
    void holdsBackAStreamThatMayStartACall() {
        assertThat(format.sendable("")).isZero();
        assertThat(format.sendable("  ")).isZero();
        assertThat(format.sendable(" {\"na")).isZero();
        assertThat(format.sendable("<|python")).isZero();
        assertThat(format.sendable("It is")).isEqualTo(5);
        assertThat(format.sendable(" It {")).isEqualTo(5);
    }

    @Test
    void schemaOfACallNamesTheFunctionThenItsParameters() {
        assertThat(JsonMapper.shared().readTree(format.callSchema(List.of(WEATHER))))
                .isEqualTo(JsonMapper.shared().readTree("""
                        {"type": "object", "properties": {"name": {"const": "weather"},
                          "parameters": {"type": "object", "properties": {"city": {"type": "string"}}}},
                         "required": ["name", "parameters"], "additionalProperties": false}
                        """));
    }
}
