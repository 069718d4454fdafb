package org.jrag.generation.openai.tools;

import java.util.Objects;

/**
 * One call of a function, as the assistant made it.
 *
 * @param id the call's id, which the tool's result names ({@code call_...})
 * @param name the function
 * @param arguments its arguments, a JSON object's text
 */
public record ToolCall(String id, String name, String arguments) {

    public ToolCall {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(arguments, "arguments");
    }
}
