package org.jrag.generation.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The OpenAI {@code GET /v1/models} response, so OpenAI clients can list what this service serves.
 *
 * @param object always {@code "list"}
 * @param data the served models
 */
public record ModelList(String object, List<Card> data) {

    public ModelList {
        if (!"list".equals(object)) {
            throw new IllegalArgumentException("object must be \"list\", got: " + object);
        }
        data = List.copyOf(data);
    }

    public static ModelList of(List<Card> data) {
        return new ModelList("list", data);
    }

    /**
     * One served model, in OpenAI's shape.
     *
     * @param id the model name clients pass as {@code model}
     * @param object always {@code "model"}
     * @param created Unix seconds
     * @param ownedBy the owner
     */
    public record Card(
            String id,
            String object,
            long created,
            @JsonProperty("owned_by") String ownedBy) {}
}
