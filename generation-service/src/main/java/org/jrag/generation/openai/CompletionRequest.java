package org.jrag.generation.openai;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import org.jrag.generation.guard.GuardrailOverrides;
import tools.jackson.databind.JsonNode;

/**
 * The body of {@code POST /v1/completions} (OpenAI's legacy text completions), plus {@code top_k}, {@code min_p},
 * {@code repetition_penalty} and jrag's {@code guardrails}. {@code prompt} is a string, an array of strings, an
 * array of token ids, or an array of token-id arrays; each prompt gets {@code n} choices.
 */
public record CompletionRequest(
        String model,
        JsonNode prompt,
        @JsonProperty("max_tokens") Integer maxTokens,
        Double temperature,
        @JsonProperty("top_p") Double topP,
        @JsonProperty("top_k") Integer topK,
        @JsonProperty("min_p") Double minP,
        @JsonProperty("repetition_penalty") Double repetitionPenalty,
        @JsonProperty("frequency_penalty") Double frequencyPenalty,
        @JsonProperty("presence_penalty") Double presencePenalty,
        Integer n,
        Boolean stream,
        @JsonProperty("stream_options") StreamOptions streamOptions,
        JsonNode stop,
        Long seed,
        Integer logprobs,
        Boolean echo,
        String suffix,
        @JsonProperty("best_of") Integer bestOf,
        @JsonProperty("response_format") ResponseFormat responseFormat,
        GuardrailOverrides guardrails,
        @JsonProperty("logit_bias") JsonNode logitBias) {

    /** OpenAI's completions return at most this many alternatives per token. */
    public static final int MAX_LOGPROBS = 5;

    public CompletionRequest {
        if (prompt == null || prompt.isNull()) {
            throw new InvalidParameterException("prompt", "prompt is required");
        }
        if (suffix != null && !suffix.isEmpty()) {
            throw new InvalidParameterException("suffix", "suffix is not supported (no fill-in-the-middle)");
        }
        if (logprobs != null && (logprobs < 0 || logprobs > MAX_LOGPROBS)) {
            throw new InvalidParameterException(
                    "logprobs", "logprobs must be between 0 and " + MAX_LOGPROBS + ", got: " + logprobs);
        }
    }

    /** The checked generation parameters ({@code logprobs: k} asks for the chosen token and k alternatives). */
    public GenerationParameters parameters() {
        return new GenerationParameters(
                maxTokens == null ? 16 : maxTokens,
                GenerationParameters.orDefault(temperature, 1f),
                GenerationParameters.orDefault(topP, 1f),
                GenerationParameters.topK(topK),
                GenerationParameters.orDefault(minP, 0f),
                GenerationParameters.orDefault(repetitionPenalty, 1f),
                GenerationParameters.orDefault(frequencyPenalty, 0f),
                GenerationParameters.orDefault(presencePenalty, 0f),
                n == null ? 1 : n,
                seed,
                GenerationParameters.stopStrings(stop),
                logprobs != null,
                logprobs == null ? 0 : logprobs,
                Boolean.TRUE.equals(stream),
                streamOptions != null && streamOptions.usage(),
                responseFormat,
                guardrails,
                GenerationParameters.logitBias(logitBias),
                Boolean.TRUE.equals(echo),
                bestOf != null ? bestOf : (n == null ? 1 : n));
    }

    /** The prompts, each text or token ids. */
    public List<PromptInput> prompts() {
        if (prompt.isString()) {
            return List.of(new PromptInput.Text(prompt.asString()));
        }
        if (!prompt.isArray() || prompt.isEmpty()) {
            throw new InvalidParameterException(
                    "prompt", "prompt must be a string, an array of strings, or an array of token ids (non-empty)");
        }
        if (prompt.get(0).isIntegralNumber()) {
            return List.of(tokens(prompt, "prompt"));
        }
        List<PromptInput> prompts = new ArrayList<>();
        for (int i = 0; i < prompt.size(); i++) {
            JsonNode element = prompt.get(i);
            String where = "prompt[" + i + "]";
            if (element.isString()) {
                prompts.add(new PromptInput.Text(element.asString()));
            } else if (element.isArray() && !element.isEmpty()) {
                prompts.add(tokens(element, where));
            } else {
                throw new InvalidParameterException(
                        where, where + " must be a string or a non-empty array of token ids, got: " + element);
            }
        }
        return prompts;
    }

    private static PromptInput.Tokens tokens(JsonNode array, String where) {
        int[] ids = new int[array.size()];
        for (int i = 0; i < ids.length; i++) {
            JsonNode id = array.get(i);
            if (!id.isIntegralNumber() || !id.canConvertToInt() || id.intValue() < 0) {
                throw new InvalidParameterException(
                        where, where + " must hold token ids (integers >= 0), got at " + i + ": " + id);
            }
            ids[i] = id.intValue();
        }
        return new PromptInput.Tokens(ids);
    }
}
