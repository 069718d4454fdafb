package org.jrag.generation.openai.tools;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * OpenAI's {@code tool_choice}: {@code none} (answer in text), {@code auto} (the model decides), {@code required}
 * (at least one call), or one named function.
 *
 * @param mode what the request demands
 * @param function the function a {@link Mode#FUNCTION} choice names, else null
 */
public record ToolChoice(Mode mode, String function) {

    public enum Mode {
        NONE,
        AUTO,
        REQUIRED,
        FUNCTION
    }

    /**
     * The choice a request's {@code tool_choice} makes; absent means {@code auto} with tools and {@code none}
     * without, as OpenAI defines it.
     *
     * @throws IllegalArgumentException for anything else, or a choice that needs functions the request does not give
     */
    public static ToolChoice of(JsonNode node, List<ToolDefinition> tools) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return new ToolChoice(tools.isEmpty() ? Mode.NONE : Mode.AUTO, null);
        }
        ToolChoice choice;
        if (node.isString()) {
            choice = switch (node.asString()) {
                case "none" -> new ToolChoice(Mode.NONE, null);
                case "auto" -> new ToolChoice(Mode.AUTO, null);
                case "required" -> new ToolChoice(Mode.REQUIRED, null);
                default ->
                    throw new IllegalArgumentException(
                            "tool_choice must be none, auto, required or {\"type\": \"function\", \"function\":"
                                    + " {\"name\": ...}}, got: '" + node.asString() + "'");
            };
        } else if (node.isObject()
                && node.path("type").asString("").equals("function")
                && node.path("function").path("name").isString()) {
            String name = node.path("function").path("name").asString();
            if (tools.stream().noneMatch(t -> t.name().equals(name))) {
                throw new IllegalArgumentException("tool_choice names function '" + name
                        + "', which is not among tools: "
                        + tools.stream().map(ToolDefinition::name).toList());
            }
            choice = new ToolChoice(Mode.FUNCTION, name);
        } else {
            throw new IllegalArgumentException("tool_choice must be none, auto, required or {\"type\": \"function\","
                    + " \"function\": {\"name\": ...}}, got: " + node);
        }
        if (choice.mode != Mode.NONE && tools.isEmpty()) {
            throw new IllegalArgumentException(
                    "tool_choice " + choice.mode.name().toLowerCase() + " needs tools, and the request has none");
        }
        return choice;
    }

    /** Whether the reply must be a call (required, or a named function). */
    public boolean forced() {
        return mode == Mode.REQUIRED || mode == Mode.FUNCTION;
    }
}
