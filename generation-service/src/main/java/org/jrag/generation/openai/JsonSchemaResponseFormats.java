package org.jrag.generation.openai;

import java.util.Set;
import org.jrag.engine.constrain.JsonSchemaConstraint;
import org.jrag.engine.constrain.TokenConstraint;
import org.jrag.generation.model.ServedModel;

/**
 * Structured output by constrained decoding: {@code json_object} allows any JSON object, {@code json_schema} only
 * JSON that validates against the schema, so the output always parses (unless {@code max_tokens} cuts it, which
 * the finish reason {@code length} says). A schema the constraint cannot enforce is refused with 400 naming the
 * keyword, never answered with unchecked text.
 */
final class JsonSchemaResponseFormats implements ResponseFormatCompiler {

    @Override
    public TokenConstraint compile(ResponseFormat format, ServedModel model, Set<Integer> endTokens) {
        if (format == null || format.isText()) {
            return null;
        }
        if (format.type().equals(ResponseFormat.JSON_OBJECT)) {
            return JsonSchemaConstraint.anyObject(model.tokenizer(), endTokens);
        }
        try {
            return JsonSchemaConstraint.compile(format.jsonSchema().schema().toString(), model.tokenizer(), endTokens);
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException(
                    "response_format.json_schema.schema",
                    "response_format.json_schema.schema cannot be enforced: " + e.getMessage());
        }
    }
}
