package org.jrag.generation.openai;

import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.JsonNode;

/**
 * OpenAI's {@code response_format}: {@code text}, {@code json_object}, or {@code json_schema} with a schema.
 *
 * @param type the format
 * @param jsonSchema the schema, required for {@code json_schema}
 */
public record ResponseFormat(
        String type, @JsonProperty("json_schema") JsonSchema jsonSchema) {

    public static final String TEXT = "text";
    public static final String JSON_OBJECT = "json_object";
    public static final String JSON_SCHEMA = "json_schema";

    public ResponseFormat {
        if (type == null || !(type.equals(TEXT) || type.equals(JSON_OBJECT) || type.equals(JSON_SCHEMA))) {
            throw new InvalidParameterException(
                    "response_format.type",
                    "response_format.type must be text, json_object or json_schema, got: " + type);
        }
        if (type.equals(JSON_SCHEMA) && (jsonSchema == null || jsonSchema.schema() == null)) {
            throw new InvalidParameterException(
                    "response_format.json_schema",
                    "response_format of type json_schema needs json_schema.schema (a JSON schema object)");
        }
    }

    /** Whether the output is plain text (no constrained decoding). */
    public boolean isText() {
        return type.equals(TEXT);
    }

    /**
     * A named JSON schema.
     *
     * @param name the schema's name
     * @param description what the output is for
     * @param schema the JSON schema (an object)
     * @param strict whether the output must follow the schema exactly
     */
    public record JsonSchema(String name, String description, JsonNode schema, Boolean strict) {

        public JsonSchema {
            if (schema != null && schema.isNull()) {
                schema = null;
            }
            if (schema != null && !schema.isObject()) {
                throw new InvalidParameterException(
                        "response_format.json_schema.schema",
                        "response_format.json_schema.schema must be an object, got: " + schema.getNodeType());
            }
        }
    }
}
