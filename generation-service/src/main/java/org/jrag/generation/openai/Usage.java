package org.jrag.generation.openai;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * OpenAI's {@code usage}: a prompt counts once however many choices it has.
 *
 * @param promptTokens tokens of all prompts
 * @param completionTokens tokens generated over all choices
 * @param totalTokens their sum
 * @param promptTokensDetails how many prompt tokens came from the prefix cache
 */
public record Usage(
        @JsonProperty("prompt_tokens") int promptTokens,
        @JsonProperty("completion_tokens") int completionTokens,
        @JsonProperty("total_tokens") int totalTokens,
        @JsonProperty("prompt_tokens_details") PromptTokensDetails promptTokensDetails) {

    public static Usage of(int promptTokens, int completionTokens, int cachedTokens) {
        return new Usage(
                promptTokens, completionTokens, promptTokens + completionTokens, new PromptTokensDetails(cachedTokens));
    }

    /** @param cachedTokens prompt tokens whose KV came from the prefix cache (their prefill was skipped) */
    public record PromptTokensDetails(
            @JsonProperty("cached_tokens") int cachedTokens) {}
}
