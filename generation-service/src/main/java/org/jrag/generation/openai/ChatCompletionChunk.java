package org.jrag.generation.openai;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.jrag.generation.guard.GuardrailReport;

/**
 * One server-sent event of a streaming {@code POST /v1/chat/completions}: deltas of one choice, a choice's
 * finish reason, the guardrails' report when a rail intervened, or (last, with {@code stream_options.include_usage})
 * the usage with no choices.
 */
public record ChatCompletionChunk(
        String id,
        String object,
        long created,
        String model,
        List<Choice> choices,
        @JsonInclude(JsonInclude.Include.NON_NULL) Usage usage,
        @JsonInclude(JsonInclude.Include.NON_NULL) GuardrailReport guardrails) {

    public ChatCompletionChunk {
        choices = List.copyOf(choices);
    }

    public static ChatCompletionChunk of(String id, long created, String model, Choice choice) {
        return new ChatCompletionChunk(id, "chat.completion.chunk", created, model, List.of(choice), null, null);
    }

    public static ChatCompletionChunk usage(String id, long created, String model, Usage usage) {
        return new ChatCompletionChunk(id, "chat.completion.chunk", created, model, List.of(), usage, null);
    }

    /** A chunk with no choices that carries the guardrails' report (sent before the usage). */
    public static ChatCompletionChunk guardrails(String id, long created, String model, GuardrailReport report) {
        return new ChatCompletionChunk(id, "chat.completion.chunk", created, model, List.of(), null, report);
    }

    /** A delta of one choice. */
    public record Choice(
            int index,
            Delta delta,
            @JsonInclude(JsonInclude.Include.NON_NULL) ChatCompletion.Logprobs logprobs,
            @JsonProperty("finish_reason") String finishReason) {}

    /**
     * New text of the assistant's message; the first chunk of a choice carries the role, and a reply's calls come
     * whole in one chunk before its finish reason.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Delta(
            String role,
            String content,
            @JsonProperty("tool_calls") List<DeltaToolCall> toolCalls) {

        public Delta(String role, String content) {
            this(role, content, null);
        }
    }

    /** A call in a delta: its place among the reply's calls, id, and the whole function with its arguments. */
    public record DeltaToolCall(int index, String id, String type, ChatCompletion.FunctionEntry function) {}
}
