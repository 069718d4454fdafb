package org.jrag.generation.openai;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import org.jrag.engine.chat.ChatMessage;
import org.jrag.generation.guard.GuardrailOverrides;
import org.jrag.generation.openai.tools.ToolCall;
import org.jrag.generation.openai.tools.ToolChoice;
import org.jrag.generation.openai.tools.ToolDefinition;
import org.jrag.generation.openai.tools.Turn;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The body of {@code POST /v1/chat/completions}, as OpenAI defines it, plus the sampling parameters OpenAI lacks
 * ({@code top_k}, {@code min_p}, {@code repetition_penalty}, as vLLM names them) and jrag's {@code guardrails}.
 * Fields not listed here are ignored, as OpenAI-compatible servers do. {@code logit_bias} takes the served model's
 * token ids. {@code tools} are functions the model may call ({@code tool_choice}); {@code parallel_tool_calls} is
 * accepted, and a required call is one call.
 */
public record ChatCompletionRequest(
        String model,
        List<Message> messages,
        @JsonProperty("max_tokens") Integer maxTokens,
        @JsonProperty("max_completion_tokens") Integer maxCompletionTokens,
        Double temperature,
        @JsonProperty("top_p") Double topP,
        @JsonProperty("top_k") Integer topK,
        @JsonProperty("min_p") Double minP,
        @JsonProperty("repetition_penalty") Double repetitionPenalty,
        @JsonProperty("frequency_penalty") Double frequencyPenalty,
        @JsonProperty("presence_penalty") Double presencePenalty,
        Integer n,
        Boolean stream,
        @JsonProperty("stream_options") StreamOptions streamOptions,
        JsonNode stop,
        Long seed,
        Boolean logprobs,
        @JsonProperty("top_logprobs") Integer topLogprobs,
        @JsonProperty("response_format") ResponseFormat responseFormat,
        GuardrailOverrides guardrails,
        List<Tool> tools,
        @JsonProperty("tool_choice") JsonNode toolChoice,
        @JsonProperty("parallel_tool_calls") Boolean parallelToolCalls,
        @JsonProperty("logit_bias") JsonNode logitBias) {

    public ChatCompletionRequest {
        if (messages == null || messages.isEmpty()) {
            throw new InvalidParameterException("messages", "messages must not be empty");
        }
        messages = List.copyOf(messages);
        tools = tools == null ? List.of() : List.copyOf(tools);
        if (maxTokens != null && maxCompletionTokens != null && !maxTokens.equals(maxCompletionTokens)) {
            throw new InvalidParameterException(
                    "max_completion_tokens",
                    "max_tokens (" + maxTokens + ") and max_completion_tokens (" + maxCompletionTokens
                            + ") disagree; send one of them");
        }
    }

    /** The checked generation parameters. */
    public GenerationParameters parameters() {
        return new GenerationParameters(
                maxCompletionTokens != null ? maxCompletionTokens : maxTokens,
                GenerationParameters.orDefault(temperature, 1f),
                GenerationParameters.orDefault(topP, 1f),
                GenerationParameters.topK(topK),
                GenerationParameters.orDefault(minP, 0f),
                GenerationParameters.orDefault(repetitionPenalty, 1f),
                GenerationParameters.orDefault(frequencyPenalty, 0f),
                GenerationParameters.orDefault(presencePenalty, 0f),
                n == null ? 1 : n,
                seed,
                GenerationParameters.stopStrings(stop),
                Boolean.TRUE.equals(logprobs),
                topLogprobs == null ? 0 : topLogprobs,
                Boolean.TRUE.equals(stream),
                streamOptions != null && streamOptions.usage(),
                responseFormat,
                guardrails,
                GenerationParameters.logitBias(logitBias),
                false,
                n == null ? 1 : n);
    }

    /** The conversation, {@code developer} turns as {@code system}, calls and their results as such. */
    public List<Turn> turns() {
        List<Turn> out = new ArrayList<>(messages.size());
        for (int i = 0; i < messages.size(); i++) {
            out.add(messages.get(i).toTurn(i));
        }
        return out;
    }

    /** The functions the request offers, checked (names unique). */
    public List<ToolDefinition> toolDefinitions() {
        List<ToolDefinition> out = new ArrayList<>(tools.size());
        for (int i = 0; i < tools.size(); i++) {
            ToolDefinition tool = tools.get(i).definition(i);
            if (out.stream().anyMatch(t -> t.name().equals(tool.name()))) {
                throw new InvalidParameterException(
                        "tools[" + i + "].function.name", "tools hold function '" + tool.name() + "' twice");
            }
            out.add(tool);
        }
        return out;
    }

    /**
     * The request's {@code tool_choice} over {@code tools}; a choice that lets the model call cannot be combined with
     * a JSON {@code response_format} (a reply is a call or the format's JSON, not both).
     */
    public ToolChoice toolChoice(List<ToolDefinition> tools) {
        ToolChoice choice;
        try {
            choice = ToolChoice.of(toolChoice, tools);
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException("tool_choice", e.getMessage());
        }
        if (choice.mode() != ToolChoice.Mode.NONE && responseFormat != null && !responseFormat.isText()) {
            throw new InvalidParameterException(
                    "response_format",
                    "response_format " + responseFormat.type() + " cannot be combined with tools unless tool_choice is"
                            + " none: a reply is either a function call or the format's JSON");
        }
        return choice;
    }

    /**
     * One of {@code tools}: {@code {"type": "function", "function": {"name": ..., "description": ..., "parameters":
     * {...}}}}.
     */
    public record Tool(String type, Function function) {

        ToolDefinition definition(int index) {
            String where = "tools[" + index + "]";
            if (!"function".equals(type)) {
                throw new InvalidParameterException(
                        where + ".type",
                        where + ".type must be function, got: " + (type == null ? "null" : "'" + type + "'"));
            }
            if (function == null || function.name() == null) {
                throw new InvalidParameterException(where + ".function.name", where + ".function needs a name");
            }
            try {
                return new ToolDefinition(function.name(), function.description(), function.parameters());
            } catch (IllegalArgumentException e) {
                throw new InvalidParameterException(where + ".function", where + ": " + e.getMessage());
            }
        }
    }

    /** A function offered as a tool; {@code strict} is accepted (a required call always follows the schema). */
    public record Function(String name, String description, JsonNode parameters, Boolean strict) {}

    /** A call in an assistant message of the conversation. */
    public record MessageToolCall(String id, String type, FunctionCall function) {}

    /** The function and arguments (a JSON object's text) of a call. */
    public record FunctionCall(String name, String arguments) {}

    /**
     * One message; {@code content} is a string or an array of {@code {"type": "text", "text": ...}} parts.
     *
     * @param role system, developer, user, assistant or tool
     * @param content the text
     * @param name an optional participant name (not rendered: the templates have no place for it)
     * @param toolCalls the calls an assistant message made
     * @param toolCallId the call a tool message answers
     */
    public record Message(
            String role,
            JsonNode content,
            String name,
            @JsonProperty("tool_calls") List<MessageToolCall> toolCalls,
            @JsonProperty("tool_call_id") String toolCallId) {

        Turn toTurn(int index) {
            String where = "messages[" + index + "]";
            String r = role == null ? "" : role;
            return switch (r) {
                case "system", "developer" -> new Turn.Message(ChatMessage.system(text(where)));
                case "user" -> new Turn.Message(ChatMessage.user(text(where)));
                case "assistant" ->
                    toolCalls == null || toolCalls.isEmpty()
                            ? new Turn.Message(ChatMessage.assistant(text(where)))
                            : new Turn.Calls(text(where), calls(where));
                case "tool" -> {
                    if (toolCallId == null || toolCallId.isBlank()) {
                        throw new InvalidParameterException(
                                where + ".tool_call_id", where + " (a tool message) needs the tool_call_id it answers");
                    }
                    yield new Turn.Result(toolCallId, text(where));
                }
                default ->
                    throw new InvalidParameterException(
                            where + ".role",
                            where + ".role must be system, developer, user, assistant or tool, got: "
                                    + (role == null ? "null" : "'" + role + "'"));
            };
        }

        private List<ToolCall> calls(String where) {
            List<ToolCall> out = new ArrayList<>(toolCalls.size());
            for (int j = 0; j < toolCalls.size(); j++) {
                String at = where + ".tool_calls[" + j + "]";
                MessageToolCall call = toolCalls.get(j);
                if (call == null || call.function() == null || call.function().name() == null) {
                    throw new InvalidParameterException(at + ".function", at + " needs a function with a name");
                }
                String arguments = call.function().arguments() == null
                        ? "{}"
                        : call.function().arguments();
                JsonNode parsed;
                try {
                    parsed = JsonMapper.shared().readTree(arguments);
                } catch (JacksonException e) {
                    parsed = null;
                }
                if (parsed == null || !parsed.isObject()) {
                    throw new InvalidParameterException(
                            at + ".function.arguments",
                            at + ".function.arguments must be the text of a JSON object, got: " + arguments);
                }
                String id = call.id() == null ? "call_" + index(where) + "_" + j : call.id();
                out.add(new ToolCall(id, call.function().name(), parsed.toString()));
            }
            return out;
        }

        private static String index(String where) {
            return where.substring(where.indexOf('[') + 1, where.indexOf(']'));
        }

        private String text(String where) {
            if (content == null || content.isNull()) {
                if ("assistant".equals(role)) {
                    return "";
                }
                throw new InvalidParameterException(where + ".content", where + ".content must not be null");
            }
            if (content.isString()) {
                return content.asString();
            }
            if (content.isArray()) {
                StringBuilder text = new StringBuilder();
                int part = 0;
                for (JsonNode p : content) {
                    String type = p.path("type").asString("");
                    if (!type.equals("text") || !p.path("text").isString()) {
                        throw new InvalidParameterException(
                                where + ".content[" + part + "]",
                                where + ".content[" + part + "] must be a text part {\"type\": \"text\", \"text\":"
                                        + " ...}, got type: '" + type + "' (this model reads text only)");
                    }
                    text.append(p.path("text").asString());
                    part++;
                }
                return text.toString();
            }
            throw new InvalidParameterException(
                    where + ".content",
                    where + ".content must be a string or an array of text parts, got: " + content.getNodeType());
        }
    }
}
