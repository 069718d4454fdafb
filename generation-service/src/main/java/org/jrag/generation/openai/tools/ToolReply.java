package org.jrag.generation.openai.tools;

import java.util.List;

/**
 * An assistant reply read for calls.
 *
 * @param content its text (before the calls), or null when it is only calls
 * @param calls the calls, empty when it is only text
 */
public record ToolReply(String content, List<ToolCall> calls) {

    public ToolReply {
        calls = List.copyOf(calls);
    }

    static ToolReply content(String text) {
        return new ToolReply(text, List.of());
    }
}
