package org.jrag.generation.openai.tools;

import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The JSON of one call, {@code {"name": ..., "<arguments key>": {...}}}: its schema, and reading it back. */
final class CallJson {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ID_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private CallJson() {}

    /** A new call id in OpenAI's form, {@code call_} and 24 letters and digits. */
    static String newId() {
        StringBuilder id = new StringBuilder("call_");
        for (int i = 0; i < 24; i++) {
            id.append(ID_CHARS.charAt(RANDOM.nextInt(ID_CHARS.length())));
        }
        return id.toString();
    }

    /**
     * One call of any of {@code tools}: per tool an object of its name (a {@code const}) then its arguments (its
     * parameters schema), in that order and nothing else; several tools are alternatives ({@code anyOf}). Each
     * tool's {@code $defs} move to the root under {@code <index>_<name>} and its {@code $ref}s follow them.
     */
    static String schema(List<ToolDefinition> tools, String argumentsKey) {
        JsonMapper json = JsonMapper.shared();
        ObjectNode defs = json.createObjectNode();
        ArrayNode alternatives = json.createArrayNode();
        for (int i = 0; i < tools.size(); i++) {
            ToolDefinition tool = tools.get(i);
            ObjectNode parameters = (ObjectNode) rewriteRefs(tool.parameters(), i + "_");
            for (String key : List.of("$defs", "definitions")) {
                JsonNode own = parameters.remove(key);
                if (own != null && own.isObject()) {
                    for (Map.Entry<String, JsonNode> def : own.properties()) {
                        defs.set(i + "_" + def.getKey(), def.getValue());
                    }
                }
            }
            ObjectNode call = json.createObjectNode();
            call.put("type", "object");
            ObjectNode properties = call.putObject("properties");
            properties.putObject("name").put("const", tool.name());
            properties.set(argumentsKey, parameters);
            call.putArray("required").add("name").add(argumentsKey);
            call.put("additionalProperties", false);
            alternatives.add(call);
        }
        ObjectNode root = alternatives.size() == 1 ? (ObjectNode) alternatives.get(0) : json.createObjectNode();
        if (alternatives.size() > 1) {
            root.set("anyOf", alternatives);
        }
        if (!defs.isEmpty()) {
            root.set("$defs", defs);
        }
        return root.toString();
    }

    /**
     * A copy of {@code node} whose refs to {@code #/$defs/x} or {@code #/definitions/x} read {@code #/$defs/} then
     * {@code prefix} and {@code x}.
     */
    private static JsonNode rewriteRefs(JsonNode node, String prefix) {
        if (node.isObject()) {
            ObjectNode copy = JsonMapper.shared().createObjectNode();
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                JsonNode value = e.getValue();
                if (e.getKey().equals("$ref") && value.isString()) {
                    String ref = value.asString();
                    for (String from : List.of("#/$defs/", "#/definitions/")) {
                        if (ref.startsWith(from)) {
                            ref = "#/$defs/" + prefix + ref.substring(from.length());
                        }
                    }
                    copy.put("$ref", ref);
                } else {
                    copy.set(e.getKey(), rewriteRefs(value, prefix));
                }
            }
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JsonMapper.shared().createArrayNode();
            node.forEach(element -> copy.add(rewriteRefs(element, prefix)));
            return copy;
        }
        return node;
    }

    /**
     * The call a JSON text holds: an object with a {@code name} among {@code tools} and an object of arguments
     * under {@code argumentsKey} (or the other family's key; none means no arguments). Empty when it is not one.
     */
    static Optional<ToolCall> read(String text, String argumentsKey, List<ToolDefinition> tools) {
        JsonNode node;
        try {
            node = JsonMapper.shared().readTree(text.strip());
        } catch (JacksonException e) {
            return Optional.empty();
        }
        return call(node, argumentsKey, tools);
    }

    /** The call {@code node} holds (see {@link #read}). */
    static Optional<ToolCall> call(JsonNode node, String argumentsKey, List<ToolDefinition> tools) {
        if (node == null || !node.isObject() || !node.path("name").isString()) {
            return Optional.empty();
        }
        String name = node.path("name").asString();
        if (tools.stream().noneMatch(t -> t.name().equals(name))) {
            return Optional.empty();
        }
        String otherKey = argumentsKey.equals("arguments") ? "parameters" : "arguments";
        JsonNode arguments = node.has(argumentsKey) ? node.get(argumentsKey) : node.get(otherKey);
        if (arguments == null) {
            arguments = JsonMapper.shared().createObjectNode();
        }
        if (!arguments.isObject()) {
            return Optional.empty();
        }
        return Optional.of(new ToolCall(newId(), name, arguments.toString()));
    }
}
