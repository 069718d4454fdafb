package org.jrag.ingest.embedding;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import org.jrag.ingest.problem.InvalidParameterException;
import tools.jackson.databind.JsonNode;

/**
 * The body of {@code POST /v1/embeddings}, as OpenAI defines it, plus {@code input_type} (as NVIDIA's and Cohere's
 * embedding APIs name it): {@code passage} (the default, how documents are stored) or {@code query} (with the
 * model's query instruction, how searches embed their question).
 *
 * @param input one text or an array of texts (token-id arrays are refused: ids of another tokenizer mean nothing
 *     here)
 * @param model the model to use; absent means the one served
 * @param encodingFormat {@code float} (the default) or {@code base64} (little-endian float32)
 * @param dimensions the vector length wanted; only the model's own
 * @param inputType {@code passage} or {@code query}
 */
public record EmbeddingsRequest(
        JsonNode input,
        String model,
        @JsonProperty("encoding_format") String encodingFormat,
        Integer dimensions,
        @JsonProperty("input_type") String inputType,
        String user) {

    /** OpenAI's limit on the texts of one request. */
    public static final int MAX_INPUTS = 2048;

    /** The texts to embed, checked: at least one, none blank, at most {@link #MAX_INPUTS}. */
    public List<String> texts() {
        if (input == null || input.isNull() || input.isMissingNode()) {
            throw new InvalidParameterException("input", "is required: a string or an array of strings");
        }
        if (input.isString()) {
            return List.of(checked(input.asString(), "input"));
        }
        if (!input.isArray()) {
            throw new InvalidParameterException(
                    "input", "must be a string or an array of strings, got: " + input.getNodeType());
        }
        if (input.isEmpty()) {
            throw new InvalidParameterException("input", "must hold at least one string");
        }
        if (input.size() > MAX_INPUTS) {
            throw new InvalidParameterException(
                    "input", "holds " + input.size() + " strings, more than the " + MAX_INPUTS + " allowed");
        }
        List<String> texts = new ArrayList<>(input.size());
        for (int i = 0; i < input.size(); i++) {
            JsonNode element = input.get(i);
            String where = "input[" + i + "]";
            if (element.isNumber() || element.isArray()) {
                throw new InvalidParameterException(
                        where,
                        "is a token id or an array of them; send text (ids of another tokenizer mean nothing"
                                + " to this model)");
            }
            if (!element.isString()) {
                throw new InvalidParameterException(where, "must be a string, got: " + element.getNodeType());
            }
            texts.add(checked(element.asString(), where));
        }
        return texts;
    }

    private static String checked(String text, String where) {
        if (text.isBlank()) {
            throw new InvalidParameterException(where, "must not be empty or blank");
        }
        return text;
    }

    /** Whether the vectors come back as base64 of little-endian float32 instead of JSON numbers. */
    public boolean base64() {
        if (encodingFormat == null || encodingFormat.equals("float")) {
            return false;
        }
        if (encodingFormat.equals("base64")) {
            return true;
        }
        throw new InvalidParameterException(
                "encoding_format", "must be float or base64, got: '" + encodingFormat + "'");
    }

    /** Whether the texts are search queries (embedded with the model's query instruction). */
    public boolean queries() {
        if (inputType == null || inputType.equals("passage") || inputType.equals("document")) {
            return false;
        }
        if (inputType.equals("query")) {
            return true;
        }
        throw new InvalidParameterException("input_type", "must be passage or query, got: '" + inputType + "'");
    }
}
