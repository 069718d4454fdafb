package org.jrag.generation.openai.tools;

import java.util.List;
import java.util.Set;
import org.jrag.engine.chat.ChatMessage;
import org.jrag.engine.chat.ChatMlTemplate;
import org.jrag.engine.chat.ChatTemplate;
import org.jrag.engine.chat.Llama2ChatTemplate;
import org.jrag.engine.chat.Llama3ChatTemplate;
import org.jrag.engine.chat.ZephyrChatTemplate;
import org.jrag.engine.constrain.TokenConstraint;
import org.jrag.engine.tokenizer.Tokenizer;

/**
 * How a chat model family was trained to call functions: where the function definitions go in the prompt, how the
 * assistant writes a call, how results come back, and how to read calls out of generated text. Llama 3.1+ writes a
 * bare JSON object ({@link Llama3ToolFormat}); ChatML models (Qwen 2.5, Hermes) wrap each call in {@code
 * <tool_call>} tags ({@link HermesToolFormat}).
 */
public sealed interface ToolFormat permits Llama3ToolFormat, HermesToolFormat {

    /**
     * The format of a chat template's family.
     *
     * @throws IllegalArgumentException naming the family when it has no tool-call format
     */
    static ToolFormat of(ChatTemplate template) {
        return switch (template) {
            case Llama3ChatTemplate t -> new Llama3ToolFormat();
            case ChatMlTemplate t -> new HermesToolFormat();
            case Llama2ChatTemplate t -> throw noFormat("Llama 2 / Mistral ([INST])");
            case ZephyrChatTemplate t -> throw noFormat("Zephyr");
        };
    }

    private static IllegalArgumentException noFormat(String family) {
        return new IllegalArgumentException("the model's chat template (" + family
                + ") has no tool-call format; tools work with Llama 3.1+ and ChatML (Qwen, Hermes) templates");
    }

    /** The conversation as the chat template's messages, the function definitions where the family reads them. */
    List<ChatMessage> render(List<Turn> turns, List<ToolDefinition> tools);

    /** The name of the arguments object in a call ({@code parameters} for Llama 3, {@code arguments} for Hermes). */
    String argumentsKey();

    /** Text that starts the assistant's reply when a call is required (written into the prompt, not generated). */
    String forcedPrefix();

    /**
     * The calls in generated text and the text before them; no calls when it holds none, or when what looks like a
     * call does not parse or names no given function (then all of it is content).
     */
    ToolReply parse(String text, List<ToolDefinition> tools);

    /** How many leading characters of a reply being streamed are content for sure (the rest may start a call). */
    int sendable(String text);

    /**
     * The JSON schema of one call to any of {@code tools}: the constraint when a call is required, so the reply
     * always parses and its arguments validate.
     */
    default String callSchema(List<ToolDefinition> tools) {
        return CallJson.schema(tools, argumentsKey());
    }

    /**
     * The constraint of a reply that may call ({@code auto}): free text, but a call the model starts is held to
     * {@code callSchema} until it is complete (a lazy grammar triggered by the family's call opening).
     *
     * @throws IllegalArgumentException when the schema cannot be enforced
     */
    TokenConstraint lazyConstraint(String callSchema, Tokenizer tokenizer, Set<Integer> endTokens);

    /** A reply generated under {@link #callSchema} after {@link #forcedPrefix}: one call, or content when cut short. */
    default ToolReply parseForced(String text, List<ToolDefinition> tools) {
        return CallJson.read(text, argumentsKey(), tools)
                .map(call -> new ToolReply(null, List.of(call)))
                .orElseGet(() -> ToolReply.content(text));
    }
}
