package org.jrag.ingest.embedding;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** OpenAI's answer to {@code POST /v1/embeddings}: one vector per input, in input order, and the tokens read. */
public record EmbeddingsResponse(String object, List<Embedding> data, String model, Usage usage) {

    public EmbeddingsResponse {
        data = List.copyOf(data);
    }

    static EmbeddingsResponse of(List<Embedding> data, String model, int tokens) {
        return new EmbeddingsResponse("list", data, model, new Usage(tokens, tokens));
    }

    /**
     * One vector.
     *
     * @param embedding the floats (a JSON array), or their little-endian bytes in base64 (a string)
     */
    public record Embedding(String object, int index, Object embedding) {

        static Embedding of(int index, Object embedding) {
            return new Embedding("embedding", index, embedding);
        }
    }

    /** Tokens the model read, special tokens (and a query's instruction) included. */
    public record Usage(
            @JsonProperty("prompt_tokens") int promptTokens,
            @JsonProperty("total_tokens") int totalTokens) {}
}
