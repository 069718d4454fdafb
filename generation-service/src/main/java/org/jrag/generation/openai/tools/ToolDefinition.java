package org.jrag.generation.openai.tools;

import java.util.Objects;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A function the model may call: OpenAI's {@code tools[i].function}.
 *
 * @param name what the model calls it by: letters, digits, {@code _} and {@code -}, at most 64
 * @param description what it does, for the model; may be null
 * @param parameters the JSON schema of its arguments (an object schema); absent means no arguments
 */
public record ToolDefinition(String name, String description, JsonNode parameters) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    public ToolDefinition {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    "a function name must be 1 to 64 letters, digits, '_' or '-', got: '" + name + "'");
        }
        if (parameters == null || parameters.isNull() || parameters.isMissingNode()) {
            parameters = JsonMapper.shared().readTree("{\"type\": \"object\", \"properties\": {}}");
        }
        if (!parameters.isObject()) {
            throw new IllegalArgumentException(
                    "the parameters of '" + name + "' must be a JSON schema object, got: " + parameters.getNodeType());
        }
    }

    /** OpenAI's own shape, {@code {"type": "function", "function": {...}}}, which the chat templates show the model. */
    ObjectNode asTool() {
        ObjectNode function = JsonMapper.shared().createObjectNode();
        function.put("name", name);
        if (description != null) {
            function.put("description", description);
        }
        function.set("parameters", parameters);
        ObjectNode tool = JsonMapper.shared().createObjectNode();
        tool.put("type", "function");
        tool.set("function", function);
        return tool;
    }
}
