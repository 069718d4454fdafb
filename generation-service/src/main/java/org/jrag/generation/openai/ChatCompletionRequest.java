package org.jrag.generation.openai;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import org.jrag.engine.chat.ChatMessage;
import org.jrag.generation.guard.GuardrailOverrides;
import tools.jackson.databind.JsonNode;

/**
 * The body of {@code POST /v1/chat/completions}, as OpenAI defines it, plus the sampling parameters OpenAI lacks
 * ({@code top_k}, {@code min_p}, {@code repetition_penalty}, as vLLM names them) and jrag's {@code guardrails}.
 * Fields not listed here are ignored, as OpenAI-compatible servers do; features this service cannot honour
 * ({@code tools}, {@code logit_bias}) are refused rather than ignored.
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
        JsonNode tools,
        @JsonProperty("logit_bias") JsonNode logitBias) {

    public ChatCompletionRequest {
        if (messages == null || messages.isEmpty()) {
            throw new InvalidParameterException("messages", "messages must not be empty");
        }
        messages = List.copyOf(messages);
        if (tools != null && !tools.isNull() && !tools.isEmpty()) {
            throw new InvalidParameterException("tools", "tools are not supported: this service does no tool calls");
        }
        if (logitBias != null && !logitBias.isNull() && !logitBias.isEmpty()) {
            throw new InvalidParameterException("logit_bias", "logit_bias is not supported");
        }
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
                guardrails);
    }

    /** The conversation for the chat template; {@code developer} turns count as {@code system}. */
    public List<ChatMessage> chatMessages() {
        List<ChatMessage> out = new ArrayList<>(messages.size());
        for (int i = 0; i < messages.size(); i++) {
            out.add(messages.get(i).toChatMessage(i));
        }
        return out;
    }

    /**
     * One message; {@code content} is a string or an array of {@code {"type": "text", "text": ...}} parts.
     *
     * @param role system, developer, user or assistant
     * @param content the text
     * @param name an optional participant name (not rendered: the templates have no place for it)
     */
    public record Message(String role, JsonNode content, String name) {

        ChatMessage toChatMessage(int index) {
            String where = "messages[" + index + "]";
            String r = role == null ? "" : role;
            String mapped = switch (r) {
                case "system", "developer" -> "system";
                case "user", "assistant" -> r;
                default ->
                    throw new InvalidParameterException(
                            where + ".role",
                            where + ".role must be system, developer, user or assistant, got: "
                                    + (role == null ? "null" : "'" + role + "'"));
            };
            return new ChatMessage(mapped, text(where));
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
