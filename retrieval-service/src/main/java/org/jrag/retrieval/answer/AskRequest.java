package org.jrag.retrieval.answer;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

/**
 * Body of {@code POST /v1/ask}. {@code collection} null searches every collection; {@code topK} (chunks retrieved)
 * defaults to 5; {@code contextTokens} caps the assembled context (null: the configured default).
 */
public record AskRequest(
        @NotBlank(message = "question must not be blank") String question,
        String collection,

        @Min(value = 1, message = "topK must be between 1 and 100")
        @Max(value = 100, message = "topK must be between 1 and 100")
        Integer topK,

        @Min(value = 16, message = "contextTokens must be between 16 and 32768")
        @Max(value = 32768, message = "contextTokens must be between 16 and 32768")
        Integer contextTokens) {

    public static final int DEFAULT_TOP_K = 5;

    public AskRequest(String question, String collection, Integer topK) {
        this(question, collection, topK, null);
    }

    public AskRequest {
        topK = topK == null ? DEFAULT_TOP_K : topK;
    }
}
