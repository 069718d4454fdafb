package org.jrag.generation.openai;

import java.util.ArrayList;
import java.util.List;
import org.jrag.generation.guard.GuardrailReport;
import org.jrag.generation.openai.tools.ToolCall;

/** How the events of a streamed run become OpenAI chunks: chat completion chunks or text completion chunks. */
interface ChunkFormat {

    /** Chunks sent before any text (the chat format announces each choice's role). */
    List<Object> opening(int choices);

    /** New text (and log-probabilities) of one choice. */
    Object text(ChoiceEvent.Text text);

    /** The function calls of one choice's reply (chat only). */
    Object toolCalls(int index, List<ToolCall> calls);

    /** A choice's end. */
    Object finished(int index, String finishReason);

    /** The last chunk when {@code stream_options.include_usage} is set: no choices, the usage. */
    Object usage(Usage usage);

    /** A chunk with no choices and the guardrails' report, sent when a rail intervened. */
    Object guardrails(GuardrailReport report);

    /** Chat completion chunks. */
    static ChunkFormat chat(String id, long created, String model) {
        return new ChunkFormat() {
            @Override
            public List<Object> opening(int choices) {
                List<Object> chunks = new ArrayList<>(choices);
                for (int i = 0; i < choices; i++) {
                    chunks.add(ChatCompletionChunk.of(
                            id,
                            created,
                            model,
                            new ChatCompletionChunk.Choice(
                                    i, new ChatCompletionChunk.Delta("assistant", ""), null, null)));
                }
                return chunks;
            }

            @Override
            public Object text(ChoiceEvent.Text text) {
                var logprobs = text.logprobs().isEmpty() ? null : ChatCompletion.Logprobs.of(text.logprobs());
                return ChatCompletionChunk.of(
                        id,
                        created,
                        model,
                        new ChatCompletionChunk.Choice(
                                text.index(), new ChatCompletionChunk.Delta(null, text.text()), logprobs, null));
            }

            @Override
            public Object toolCalls(int index, List<ToolCall> calls) {
                List<ChatCompletionChunk.DeltaToolCall> entries = new ArrayList<>(calls.size());
                for (int i = 0; i < calls.size(); i++) {
                    ToolCall call = calls.get(i);
                    entries.add(new ChatCompletionChunk.DeltaToolCall(
                            i, call.id(), "function", new ChatCompletion.FunctionEntry(call.name(), call.arguments())));
                }
                return ChatCompletionChunk.of(
                        id,
                        created,
                        model,
                        new ChatCompletionChunk.Choice(
                                index, new ChatCompletionChunk.Delta(null, null, entries), null, null));
            }

            @Override
            public Object finished(int index, String finishReason) {
                return ChatCompletionChunk.of(
                        id,
                        created,
                        model,
                        new ChatCompletionChunk.Choice(
                                index, new ChatCompletionChunk.Delta(null, null), null, finishReason));
            }

            @Override
            public Object usage(Usage usage) {
                return ChatCompletionChunk.usage(id, created, model, usage);
            }

            @Override
            public Object guardrails(GuardrailReport report) {
                return ChatCompletionChunk.guardrails(id, created, model, report);
            }
        };
    }

    /** Text completion chunks. */
    static ChunkFormat text(String id, long created, String model) {
        return new ChunkFormat() {
            @Override
            public List<Object> opening(int choices) {
                return List.of();
            }

            @Override
            public Object text(ChoiceEvent.Text text) {
                var logprobs = text.logprobs().isEmpty() ? null : TextCompletion.Logprobs.of(text.logprobs());
                return TextCompletion.of(
                        id,
                        created,
                        model,
                        List.of(new TextCompletion.Choice(text.text(), text.index(), logprobs, null)),
                        null);
            }

            @Override
            public Object toolCalls(int index, List<ToolCall> calls) {
                throw new IllegalStateException("a text completion has no function calls");
            }

            @Override
            public Object finished(int index, String finishReason) {
                return TextCompletion.of(
                        id, created, model, List.of(new TextCompletion.Choice("", index, null, finishReason)), null);
            }

            @Override
            public Object usage(Usage usage) {
                return TextCompletion.of(id, created, model, List.of(), usage);
            }

            @Override
            public Object guardrails(GuardrailReport report) {
                return TextCompletion.guarded(id, created, model, List.of(), null, report);
            }
        };
    }
}
