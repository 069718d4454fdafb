package org.jrag.generation.openai.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jrag.engine.chat.ChatMessage;
import org.jrag.engine.chat.ChatMlTemplate;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class HermesToolFormatTests {

    private static final ToolDefinition WEATHER = new ToolDefinition(
            "weather",
            "Weather now",
            JsonMapper.shared().readTree("{\"type\": \"object\", \"properties\": {\"city\": {\"type\": \"string\"}}}"));
    private static final ToolDefinition TIME = new ToolDefinition("time", null, null);

    private final ToolFormat format = ToolFormat.of(new ChatMlTemplate());

    @Test
    void closesTheSystemTurnWithTheFunctionsAsQwenDoes() {
        List<ChatMessage> messages = format.render(
                List.of(new Turn.Message(ChatMessage.system("Be brief.")), new Turn.Message(ChatMessage.user("Hi"))),
                List.of(WEATHER));

        assertThat(messages)
                .containsExactly(
                        ChatMessage.system("Be brief.\n\n# Tools\n\nYou may call one or more functions to assist with"
                                + " the user query.\n\nYou are provided with function signatures within <tools></tools>"
                                + " XML tags:\n<tools>\n{\"type\":\"function\",\"function\":{\"name\":\"weather\","
                                + "\"description\":\"Weather now\",\"parameters\":{\"type\":\"object\",\"properties\":"
                                + "{\"city\":{\"type\":\"string\"}}}}}\n</tools>\n\nFor each function call, return a"
                                + " json object with function name and arguments within <tool_call></tool_call> XML"
                                + " tags:\n<tool_call>\n{\"name\": <function-name>, \"arguments\":"
                                + " <args-json-object>}\n</tool_call>"),
                        ChatMessage.user("Hi"));
        assertThat(format.render(List.of(new Turn.Message(ChatMessage.user("Hi"))), List.of(TIME))
                        .getFirst()
                        .role())
                .isEqualTo("system");
    }

    @Test
    void writesCallsInTagsAndGathersConsecutiveResultsInOneUserTurn() {
        List<ChatMessage> messages = format.render(
                List.of(
                        new Turn.Message(ChatMessage.user("Weather and time?")),
                        new Turn.Calls(
                                "Let me look.",
                                List.of(
                                        new ToolCall("a", "weather", "{\"city\":\"Oslo\"}"),
                                        new ToolCall("b", "time", "{}"))),
                        new Turn.Result("a", "4 C"),
                        new Turn.Result("b", "12:00"),
                        new Turn.Message(ChatMessage.assistant("4 C at noon."))),
                List.of());

        assertThat(messages)
                .containsExactly(
                        ChatMessage.user("Weather and time?"),
                        ChatMessage.assistant("Let me look.\n<tool_call>\n{\"name\": \"weather\", \"arguments\":"
                                + " {\"city\":\"Oslo\"}}\n</tool_call>\n<tool_call>\n{\"name\": \"time\","
                                + " \"arguments\": {}}\n</tool_call>"),
                        ChatMessage.user("<tool_response>\n4 C\n</tool_response>\n<tool_response>\n12:00\n"
                                + "</tool_response>"),
                        ChatMessage.assistant("4 C at noon."));
    }

    @Test
    void readsTheTextBeforeTheCallsAndEachTaggedCall() {
        ToolReply reply = format.parse(
                "Let me look.\n<tool_call>\n{\"name\": \"weather\", \"arguments\": {\"city\": \"Oslo\"}}\n</tool_call>\n"
                        + "<tool_call>\n{\"name\": \"time\", \"arguments\": {}}",
                List.of(WEATHER, TIME));

        assertThat(reply.content()).isEqualTo("Let me look.");
        assertThat(reply.calls()).extracting(ToolCall::name).containsExactly("weather", "time");
        assertThat(reply.calls().getFirst().arguments()).isEqualTo("{\"city\":\"Oslo\"}");

        ToolReply only = format.parse("<tool_call>{\"name\": \"time\"}</tool_call>", List.of(TIME));
        assertThat(only.content()).isNull();
        assertThat(only.calls()).singleElement().extracting(ToolCall::arguments).isEqualTo("{}");
    }

    @Test
    void keepsBrokenOrUnknownCallsAsText() {
        for (String text : List.of(
                "No call here.",
                "<tool_call>\n{\"name\": \"nope\", \"arguments\": {}}\n</tool_call>",
                "<tool_call>\n{\"name\": \"time\", \"arguments\": \n</tool_call>",
                "<tool_call>{\"name\": \"time\"}</tool_call> and then text")) {
            assertThat(format.parse(text, List.of(TIME))).isEqualTo(new ToolReply(text, List.of()));
        }
    }

    @Test
    void sendsTextUpToWhatMayStartATag() {
        assertThat(format.sendable("Hello")).isEqualTo(5);
        assertThat(format.sendable("Hello <tool")).isEqualTo(6);
        assertThat(format.sendable("Hello <")).isEqualTo(6);
        assertThat(format.sendable("a < b")).isEqualTo(5);
        assertThat(format.sendable("Hi\n<tool_call>\n{")).isEqualTo(3);
    }

    @Test
    void aRequiredCallStartsInThePromptAndIsReadFromItsJson() {
        assertThat(format.forcedPrefix()).isEqualTo("<tool_call>\n");
        ToolReply reply =
                format.parseForced("{\"name\": \"weather\", \"arguments\": {\"city\": \"Rome\"}}", List.of(WEATHER));
        assertThat(reply.content()).isNull();
        assertThat(reply.calls())
                .singleElement()
                .extracting(ToolCall::arguments)
                .isEqualTo("{\"city\":\"Rome\"}");
        assertThat(format.parseForced("{\"name\": \"weather\", \"argu", List.of(WEATHER)))
                .isEqualTo(new ToolReply("{\"name\": \"weather\", \"argu", List.of()));
    }

    @Test
    void schemaOfSeveralFunctionsIsAnyOfThemWithTheirDefinitionsAtTheRoot() {
        ToolDefinition withDefs =
                new ToolDefinition("place", null, JsonMapper.shared().readTree("""
                        {"type": "object", "properties": {"at": {"$ref": "#/$defs/point"}},
                         "$defs": {"point": {"type": "array", "items": {"type": "number"}}}}
                        """));

        JsonNode schema = JsonMapper.shared().readTree(format.callSchema(List.of(TIME, withDefs)));

        assertThat(schema.at("/anyOf/0/properties/name/const").asString()).isEqualTo("time");
        assertThat(schema.at("/anyOf/1/properties/name/const").asString()).isEqualTo("place");
        assertThat(schema.at("/anyOf/1/properties/arguments/properties/at/$ref").asString())
                .isEqualTo("#/$defs/1_point");
        assertThat(schema.at("/anyOf/1/properties/arguments").has("$defs")).isFalse();
        assertThat(schema.at("/$defs/1_point/type").asString()).isEqualTo("array");
    }
}
