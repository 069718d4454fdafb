package org.jrag.generation.openai;

import static org.assertj.core.api.Assertions.assertThat;

import org.jrag.engine.constrain.TriggeredJsonConstraint;
import org.jrag.generation.TestModels;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Function calling in Llama 3's format (bare JSON calls, {@code ipython} results) over real HTTP, with stories260K
 * under a Llama 3 template: a required call parses and validates, a reply that may call gets the opening-brace
 * trigger, results come back as {@code ipython} turns.
 */
@SpringBootTest(
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {
            "rag.generation.model-name=llama3",
            "rag.generation.engine.kv-memory=16MB",
            "rag.generation.engine.max-running=8"
        })
class Llama3ToolCallsIT extends ServiceClient {

    private static final String TOOLS = """
            [{"type": "function", "function": {"name": "weather", "description": "The weather in a city",
              "parameters": {"type": "object", "properties": {
                "city": {"type": "string", "minLength": 1, "maxLength": 12},
                "days": {"type": "integer", "minimum": 1, "maximum": 7}},
               "required": ["city", "days"]}}}]
            """;

    @Autowired
    private GenerationRunner runner;

    @DynamicPropertySource
    static void model(DynamicPropertyRegistry registry) {
        registry.add(
                "rag.generation.model-path",
                () -> TestModels.storiesWithLlama3Template().toString());
    }

    @Test
    void aRequiredCallIsBareJsonThatValidates() throws Exception {
        JsonNode body = postOk("/v1/chat/completions", """
                {"messages": [{"role": "user", "content": "What is the weather in Oslo?"}], "tools": %s,
                 "tool_choice": "required", "temperature": 0, "max_tokens": 300}
                """.formatted(TOOLS));

        assertThat(body.at("/choices/0/finish_reason").asString()).isEqualTo("tool_calls");
        JsonNode call = body.at("/choices/0/message/tool_calls/0");
        assertThat(call.at("/function/name").asString()).isEqualTo("weather");
        JsonNode args = json.readTree(call.at("/function/arguments").asString());
        assertThat(args.path("city").asString()).hasSizeBetween(1, 12);
        assertThat(args.path("days").asInt()).isBetween(1, 7);
    }

    @Test
    void rendersTheFunctionsAndResultsAsMetasTemplateDoes() {
        ChatCompletionRequest request = json.readValue("""
                {"messages": [{"role": "user", "content": "What is the weather in Oslo?"},
                              {"role": "assistant", "tool_calls": [{"id": "call_1", "type": "function",
                               "function": {"name": "weather", "arguments": "{\\"city\\": \\"Oslo\\", \\"days\\": 1}"}}]},
                              {"role": "tool", "tool_call_id": "call_1", "content": "Sunny"}],
                 "tools": %s}
                """.formatted(TOOLS), ChatCompletionRequest.class);

        GenerationRunner.Prompts prompts = runner.chat(request, request.parameters());

        String prompt = prompts.model().tokenizer().decode(prompts.prompts().getFirst());
        assertThat(prompt)
                .contains("<|start_header_id|>system<|end_header_id|>\n\nEnvironment: ipython<|eot_id|>")
                .contains("Given the following functions")
                .contains("\"name\" : \"weather\"")
                .contains("<|start_header_id|>assistant<|end_header_id|>\n\n{\"name\": \"weather\", \"parameters\":"
                        + " {\"city\":\"Oslo\",\"days\":1}}<|eot_id|>")
                .contains("<|start_header_id|>ipython<|end_header_id|>\n\nSunny<|eot_id|>")
                .endsWith("<|start_header_id|>assistant<|end_header_id|>\n\n");
        assertThat(prompts.constraint()).isInstanceOf(TriggeredJsonConstraint.class);
    }
}
