package org.jrag.generation.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.jrag.engine.chat.ChatMessage;
import org.jrag.engine.sampling.SamplingSettings;
import org.jrag.generation.guard.Action;
import org.jrag.generation.openai.tools.ToolCall;
import org.jrag.generation.openai.tools.ToolChoice;
import org.jrag.generation.openai.tools.ToolDefinition;
import org.jrag.generation.openai.tools.Turn;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class GenerationParametersTests {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void appliesOpenAiDefaults() {
        GenerationParameters p = chat("{\"messages\": [{\"role\": \"user\", \"content\": \"Hi\"}]}")
                .parameters();

        assertThat(p.maxTokens()).isNull();
        assertThat(p.n()).isEqualTo(1);
        assertThat(p.stop()).isEmpty();
        assertThat(p.stream()).isFalse();
        assertThat(p.logprobs()).isFalse();
        assertThat(p.engineTopLogprobs()).isZero();
        assertThat(p.sampling(7)).isEqualTo(new SamplingSettings(1f, 0, 1f, 0f, 1f, 0f, 0f, 64, 7));
    }

    @Test
    void mapsEverySamplingParameter() {
        GenerationParameters p = chat("""
                {"messages": [{"role": "user", "content": "Hi"}], "max_completion_tokens": 12, "temperature": 0.5,
                 "top_p": 0.9, "top_k": 40, "min_p": 0.05, "repetition_penalty": 1.1, "frequency_penalty": 0.2,
                 "presence_penalty": -0.3, "n": 3, "seed": 42, "stop": ["\\n", "END"], "logprobs": true,
                 "top_logprobs": 2, "stream": true, "stream_options": {"include_usage": true}}
                """).parameters();

        assertThat(p.maxTokens()).isEqualTo(12);
        assertThat(p.sampling(42)).isEqualTo(new SamplingSettings(0.5f, 40, 0.9f, 0.05f, 1.1f, 0.2f, -0.3f, 64, 42));
        assertThat(p.n()).isEqualTo(3);
        assertThat(p.seed()).isEqualTo(42L);
        assertThat(p.stop()).containsExactly("\n", "END");
        assertThat(p.topLogprobs()).isEqualTo(2);
        assertThat(p.engineTopLogprobs()).isEqualTo(2);
        assertThat(p.stream()).isTrue();
        assertThat(p.includeUsage()).isTrue();
    }

    @Test
    void logprobsWithoutAlternativesStillAsksTheEngineForOne() {
        GenerationParameters p = chat("{\"messages\": [{\"role\": \"user\", \"content\": \"Hi\"}], \"logprobs\": true}")
                .parameters();

        assertThat(p.topLogprobs()).isZero();
        assertThat(p.engineTopLogprobs()).isEqualTo(1);
    }

    @Test
    void acceptsASingleStopStringAndTopKMinusOne() {
        GenerationParameters p = chat("""
                {"messages": [{"role": "user", "content": "Hi"}], "stop": "###", "top_k": -1}
                """).parameters();

        assertThat(p.stop()).containsExactly("###");
        assertThat(p.topK()).isZero();
    }

    @Test
    void rejectsOutOfRangeParametersNamingThem() {
        assertInvalid("\"temperature\": 2.5", "temperature", "temperature must be between 0 and 2, got: 2.5");
        assertInvalid("\"top_p\": 0", "top_p", "top_p must be in (0, 1], got: 0.0");
        assertInvalid("\"top_k\": -2", "top_k", "top_k must be >= 0 (or -1 for all), got: -2");
        assertInvalid("\"min_p\": 1", "min_p", "min_p must be in [0, 1), got: 1.0");
        assertInvalid("\"max_tokens\": 0", "max_tokens", "max_tokens must be >= 1, got: 0");
        assertInvalid("\"n\": 0", "n", "n must be >= 1, got: 0");
        assertInvalid("\"presence_penalty\": 3", "presence_penalty", "presence_penalty must be between -2 and 2");
        assertInvalid("\"frequency_penalty\": -3", "frequency_penalty", "frequency_penalty must be between -2 and 2");
        assertInvalid("\"repetition_penalty\": 0", "repetition_penalty", "repetition_penalty must be in (0, 10]");
        assertInvalid("\"stop\": [\"a\", \"b\", \"c\", \"d\", \"e\"]", "stop", "stop takes at most 4 strings, got: 5");
        assertInvalid("\"stop\": [\"\"]", "stop", "stop strings must not be empty");
        assertInvalid("\"stop\": 3", "stop", "stop must be a string or an array of strings");
        assertInvalid("\"top_logprobs\": 2", "top_logprobs", "top_logprobs needs logprobs set to true");
        assertInvalid(
                "\"logprobs\": true, \"top_logprobs\": 21",
                "top_logprobs",
                "top_logprobs must be between 0 and 20, got: 21");
        assertInvalid(
                "\"stream_options\": {\"include_usage\": true}",
                "stream_options",
                "stream_options is only allowed when stream is true");
    }

    @Test
    void readsGuardrailOverridesAndRejectsUnknownRails() {
        GenerationParameters p = chat("""
                {"messages": [{"role": "user", "content": "Hi"}],
                 "guardrails": {"rails": {"pii": "flag"}, "denyTerms": ["falcon"]}}
                """).parameters();

        assertThat(p.guardrails().rails()).containsEntry("pii", Action.FLAG);
        assertThat(p.guardrails().denyTerms()).containsExactly("falcon");
        assertThatThrownBy(() -> chat("""
                        {"messages": [{"role": "user", "content": "Hi"}], "guardrails": {"rails": {"nope": "block"}}}
                        """))
                .rootCause()
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unknown guardrail 'nope'");
    }

    @Test
    void rejectsResponseFormatsItDoesNotKnow() {
        assertThatThrownBy(() -> chat("""
                        {"messages": [{"role": "user", "content": "Hi"}], "response_format": {"type": "xml"}}
                        """))
                .hasRootCauseInstanceOf(InvalidParameterException.class)
                .rootCause()
                .hasMessage("response_format.type must be text, json_object or json_schema, got: xml");
        assertThatThrownBy(() -> chat("""
                        {"messages": [{"role": "user", "content": "Hi"}], "response_format": {"type": "json_schema"}}
                        """))
                .rootCause()
                .hasMessage("response_format of type json_schema needs json_schema.schema (a JSON schema object)");
    }

    @Test
    void parsesAJsonSchemaResponseFormat() {
        GenerationParameters p = chat("""
                {"messages": [{"role": "user", "content": "Hi"}], "response_format": {"type": "json_schema",
                 "json_schema": {"name": "person", "strict": true, "schema": {"type": "object"}}}}
                """).parameters();

        assertThat(p.responseFormat().type()).isEqualTo("json_schema");
        assertThat(p.responseFormat().jsonSchema().name()).isEqualTo("person");
        assertThat(p.responseFormat().jsonSchema().schema().path("type").asString())
                .isEqualTo("object");
    }

    @Test
    void rendersMessagesWithDeveloperAsSystemAndTextParts() {
        ChatCompletionRequest request = chat("""
                {"messages": [{"role": "developer", "content": "Be brief."},
                              {"role": "user", "content": [{"type": "text", "text": "Hello "},
                                                           {"type": "text", "text": "there"}]},
                              {"role": "assistant", "content": null}]}
                """);

        assertThat(request.turns())
                .containsExactly(
                        new Turn.Message(ChatMessage.system("Be brief.")),
                        new Turn.Message(ChatMessage.user("Hello there")),
                        new Turn.Message(ChatMessage.assistant("")));
    }

    @Test
    void rejectsRolesAndPartsItCannotRender() {
        assertThatThrownBy(() -> chat("{\"messages\": [{\"role\": \"function\", \"content\": \"x\"}]}")
                        .turns())
                .isInstanceOf(InvalidParameterException.class)
                .hasMessage("messages[0].role must be system, developer, user, assistant or tool, got: 'function'");
        assertThatThrownBy(() -> chat("{\"messages\": [{\"role\": \"tool\", \"content\": \"x\"}]}")
                        .turns())
                .isInstanceOf(InvalidParameterException.class)
                .hasMessage("messages[0] (a tool message) needs the tool_call_id it answers");
        assertThatThrownBy(() -> chat("""
                        {"messages": [{"role": "user", "content": [{"type": "image_url", "image_url": {}}]}]}
                        """).turns())
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageStartingWith("messages[0].content[0] must be a text part");
    }

    @Test
    void rejectsAnEmptyConversation() {
        assertThatThrownBy(() -> chat("{\"messages\": []}"))
                .rootCause()
                .isInstanceOf(InvalidParameterException.class)
                .hasMessage("messages must not be empty");
    }

    @Test
    void readsLogitBiasAndRefusesWhatIsNotOne() {
        assertThat(chat("""
                        {"messages": [{"role": "user", "content": "Hi"}], "logit_bias": {"12": -100, "7": 2.5}}
                        """).parameters().logitBias())
                .containsExactlyInAnyOrderEntriesOf(java.util.Map.of(12, -100f, 7, 2.5f));
        assertThat(chat("{\"messages\": [{\"role\": \"user\", \"content\": \"Hi\"}]}")
                        .parameters()
                        .logitBias())
                .isEmpty();
        assertThatThrownBy(() -> chat("""
                        {"messages": [{"role": "user", "content": "Hi"}], "logit_bias": {"dragon": 1}}
                        """).parameters())
                .isInstanceOf(InvalidParameterException.class)
                .hasMessage("logit_bias keys must be token ids (0 or more), got: 'dragon'");
        assertThatThrownBy(() -> chat("""
                        {"messages": [{"role": "user", "content": "Hi"}], "logit_bias": [1]}
                        """).parameters())
                .isInstanceOf(InvalidParameterException.class)
                .hasMessage("logit_bias must be an object of token ids to biases, got: ARRAY");
        assertThatThrownBy(() -> chat("""
                        {"messages": [{"role": "user", "content": "Hi"}], "logit_bias": {"3": "ban"}}
                        """).parameters())
                .isInstanceOf(InvalidParameterException.class)
                .hasMessage("logit_bias of token 3 must be a number from -100 to 100, got: \"ban\"");
    }

    @Test
    void readsToolsCallsAndResults() {
        ChatCompletionRequest request = chat("""
                {"messages": [{"role": "user", "content": "Weather in Oslo?"},
                              {"role": "assistant", "content": null, "tool_calls": [{"id": "call_1", "type": "function",
                               "function": {"name": "weather", "arguments": "{ \\"city\\": \\"Oslo\\" }"}}]},
                              {"role": "tool", "tool_call_id": "call_1", "content": "{\\"celsius\\": 4}"}],
                 "tools": [{"type": "function", "function": {"name": "weather", "description": "Weather now",
                            "parameters": {"type": "object", "properties": {"city": {"type": "string"}}}}}],
                 "tool_choice": "required", "parallel_tool_calls": false}
                """);

        assertThat(request.turns())
                .containsExactly(
                        new Turn.Message(ChatMessage.user("Weather in Oslo?")),
                        new Turn.Calls("", List.of(new ToolCall("call_1", "weather", "{\"city\":\"Oslo\"}"))),
                        new Turn.Result("call_1", "{\"celsius\": 4}"));
        List<ToolDefinition> tools = request.toolDefinitions();
        assertThat(tools).singleElement().satisfies(t -> {
            assertThat(t.name()).isEqualTo("weather");
            assertThat(t.description()).isEqualTo("Weather now");
            assertThat(t.parameters().at("/properties/city/type").asString()).isEqualTo("string");
        });
        assertThat(request.toolChoice(tools)).isEqualTo(new ToolChoice(ToolChoice.Mode.REQUIRED, null));
    }

    @Test
    void rejectsToolsItCannotOffer() {
        assertThatThrownBy(() -> chat("""
                        {"messages": [{"role": "user", "content": "Hi"}], "tools": [{"type": "retrieval"}]}
                        """).toolDefinitions())
                .isInstanceOf(InvalidParameterException.class)
                .hasMessage("tools[0].type must be function, got: 'retrieval'");
        assertThatThrownBy(() -> chat("""
                        {"messages": [{"role": "user", "content": "Hi"}], "tools": [{"type": "function",
                         "function": {"name": "get weather"}}]}
                        """).toolDefinitions())
                .isInstanceOf(InvalidParameterException.class)
                .hasMessage(
                        "tools[0]: a function name must be 1 to 64 letters, digits, '_' or '-', got: 'get weather'");
        assertThatThrownBy(() -> chat("""
                        {"messages": [{"role": "user", "content": "Hi"}], "tools": [
                          {"type": "function", "function": {"name": "a"}}, {"type": "function", "function": {"name": "a"}}]}
                        """).toolDefinitions())
                .isInstanceOf(InvalidParameterException.class)
                .hasMessage("tools hold function 'a' twice");
        assertThatThrownBy(() -> chat("""
                        {"messages": [{"role": "user", "content": "Hi"}], "tools": [{"type": "function",
                         "function": {"name": "a", "parameters": {"type": "object"}}}],
                         "response_format": {"type": "json_object"}}
                        """).toolChoice(List.of(new ToolDefinition("a", null, null))))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessage("response_format json_object cannot be combined with tools unless tool_choice is none: a"
                        + " reply is either a function call or the format's JSON");
        assertThatThrownBy(() -> chat("""
                        {"messages": [{"role": "assistant", "tool_calls": [{"id": "c", "type": "function",
                         "function": {"name": "a", "arguments": "[1]"}}]}]}
                        """).turns())
                .isInstanceOf(InvalidParameterException.class)
                .hasMessage("messages[0].tool_calls[0].function.arguments must be the text of a JSON object, got: [1]");
    }

    @Test
    void readsEveryPromptShapeOfTextCompletions() {
        assertThat(completion("{\"prompt\": \"Once\"}").prompts()).containsExactly(new PromptInput.Text("Once"));
        assertThat(completion("{\"prompt\": [\"a\", \"b\"]}").prompts())
                .containsExactly(new PromptInput.Text("a"), new PromptInput.Text("b"));
        assertThat(completion("{\"prompt\": [1, 2, 3]}").prompts())
                .singleElement()
                .satisfies(p -> assertThat(((PromptInput.Tokens) p).ids()).containsExactly(1, 2, 3));
        assertThat(completion("{\"prompt\": [[1], [2, 3]]}").prompts()).hasSize(2);
        assertThatThrownBy(() -> completion("{\"prompt\": [[1, -2]]}").prompts())
                .isInstanceOf(InvalidParameterException.class)
                .hasMessage("prompt[0] must hold token ids (integers >= 0), got at 1: -2");
    }

    @Test
    void textCompletionsDefaultToSixteenTokensAndMapLogprobs() {
        GenerationParameters p =
                completion("{\"prompt\": \"Once\", \"logprobs\": 3}").parameters();

        assertThat(p.maxTokens()).isEqualTo(16);
        assertThat(p.logprobs()).isTrue();
        assertThat(p.topLogprobs()).isEqualTo(3);
        GenerationParameters echo = completion("{\"prompt\": \"Once\", \"echo\": true, \"max_tokens\": 0}")
                .parameters();
        assertThat(echo.echo()).isTrue();
        assertThat(echo.maxTokens()).isZero();
        assertThatThrownBy(() -> completion("{\"prompt\": \"Once\", \"logprobs\": 6}"))
                .rootCause()
                .hasMessage("logprobs must be between 0 and 5, got: 6");
    }

    private void assertInvalid(String fields, String param, String messageStart) {
        String body = "{\"messages\": [{\"role\": \"user\", \"content\": \"Hi\"}], " + fields + "}";
        assertThatThrownBy(() -> chat(body).parameters())
                .isInstanceOfSatisfying(
                        InvalidParameterException.class,
                        e -> assertThat(e.param()).isEqualTo(param))
                .hasMessageStartingWith(messageStart);
    }

    private ChatCompletionRequest chat(String body) {
        return json.readValue(body, ChatCompletionRequest.class);
    }

    private CompletionRequest completion(String body) {
        return json.readValue(body, CompletionRequest.class);
    }
}
