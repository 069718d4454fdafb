package org.jrag.generation.openai;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.jrag.generation.guard.GuardrailReport;
import org.jrag.generation.openai.tools.ToolCall;

/**
 * The response of a non-streaming {@code POST /v1/chat/completions}, in OpenAI's shape, plus jrag's {@code
 * guardrails} report when a rail intervened.
 */
public record ChatCompletion(
        String id,
        String object,
        long created,
        String model,
        List<Choice> choices,
        Usage usage,
        @JsonInclude(JsonInclude.Include.NON_NULL) GuardrailReport guardrails) {

    public ChatCompletion {
        choices = List.copyOf(choices);
    }

    public static ChatCompletion of(
            String id, long created, String model, List<Choice> choices, Usage usage, GuardrailReport guardrails) {
        return new ChatCompletion(id, "chat.completion", created, model, choices, usage, guardrails);
    }

    /** One choice: the assistant's message and why it ended. */
    public record Choice(
            int index,
            Message message,
            Logprobs logprobs,
            @JsonProperty("finish_reason") String finishReason) {}

    /**
     * The assistant's reply: its text (null when it is only calls) and the functions it called ({@code refusal} is
     * always null: this model does not refuse by policy).
     */
    public record Message(
            String role,
            String content,
            String refusal,

            @JsonInclude(JsonInclude.Include.NON_EMPTY) @JsonProperty("tool_calls")
            List<ToolCallEntry> toolCalls) {

        public static Message assistant(String content) {
            return new Message("assistant", content, null, List.of());
        }

        public static Message assistant(String content, List<ToolCall> calls) {
            return new Message(
                    "assistant",
                    content,
                    null,
                    calls.stream().map(ToolCallEntry::of).toList());
        }
    }

    /** A function call of the assistant. */
    public record ToolCallEntry(String id, String type, FunctionEntry function) {

        static ToolCallEntry of(ToolCall call) {
            return new ToolCallEntry(call.id(), "function", new FunctionEntry(call.name(), call.arguments()));
        }
    }

    /** The function called and its arguments, a JSON object's text. */
    public record FunctionEntry(String name, String arguments) {}

    /** Per-token log-probabilities of the content. */
    public record Logprobs(List<TokenEntry> content, List<TokenEntry> refusal) {

        public static Logprobs of(List<TokenLogprob> tokens) {
            return new Logprobs(tokens.stream().map(TokenEntry::of).toList(), null);
        }
    }

    /** One token with its alternatives. */
    public record TokenEntry(
            String token,
            double logprob,
            List<Integer> bytes,
            @JsonProperty("top_logprobs") List<TopEntry> topLogprobs) {

        static TokenEntry of(TokenLogprob t) {
            return new TokenEntry(
                    t.token(),
                    t.logprob(),
                    t.bytes(),
                    t.top().stream()
                            .map(a -> new TopEntry(a.token(), a.logprob(), a.bytes()))
                            .toList());
        }
    }

    /** One alternative. */
    public record TopEntry(String token, double logprob, List<Integer> bytes) {}
}
