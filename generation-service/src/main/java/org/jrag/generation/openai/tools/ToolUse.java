package org.jrag.generation.openai.tools;

import java.util.List;

/**
 * How one chat request uses functions: the format of the model's family, the functions offered, and the choice.
 * A required call is decoded under a JSON-schema constraint after the format's forced prefix, so it always parses
 * and its arguments validate against the function's parameters; with {@code auto} the model writes freely until it
 * opens a call, which the same schema then holds until it closes (a lazy constraint), and a reply in the family's
 * call format is read as calls.
 */
public record ToolUse(ToolFormat format, List<ToolDefinition> tools, ToolChoice choice) {

    public ToolUse {
        tools = List.copyOf(tools);
    }

    /** Whether the model may call functions in this reply. */
    public boolean active() {
        return choice.mode() != ToolChoice.Mode.NONE;
    }

    /** The functions a call may name: the one a choice names, else all. */
    public List<ToolDefinition> callable() {
        return choice.mode() == ToolChoice.Mode.FUNCTION
                ? tools.stream().filter(t -> t.name().equals(choice.function())).toList()
                : tools;
    }

    /** The reply's calls and text (all text when the model may not call). */
    public ToolReply reply(String text) {
        if (!active()) {
            return ToolReply.content(text);
        }
        return choice.forced() ? format.parseForced(text, callable()) : format.parse(text, tools);
    }

    /** How many leading characters of a streamed reply can be sent as text now. */
    public int sendable(String text) {
        if (!active()) {
            return text.length();
        }
        return choice.forced() ? 0 : format.sendable(text);
    }
}
