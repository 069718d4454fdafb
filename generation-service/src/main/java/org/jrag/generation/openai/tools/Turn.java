package org.jrag.generation.openai.tools;

import java.util.List;
import org.jrag.engine.chat.ChatMessage;

/** One turn of a conversation that may hold tool calls and their results. */
public sealed interface Turn {

    /** A plain message: system, user, or assistant text. */
    record Message(ChatMessage message) implements Turn {}

    /** An assistant turn that called functions (its text, possibly empty, first). */
    record Calls(String content, List<ToolCall> calls) implements Turn {

        public Calls {
            calls = List.copyOf(calls);
        }
    }

    /** The result of a call, fed back to the model. */
    record Result(String toolCallId, String content) implements Turn {}
}
