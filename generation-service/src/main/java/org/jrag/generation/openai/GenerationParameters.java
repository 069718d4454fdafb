package org.jrag.generation.openai;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jrag.engine.sampling.SamplingSettings;
import org.jrag.generation.guard.GuardrailOverrides;
import tools.jackson.databind.JsonNode;

/**
 * The generation parameters of a chat or text completion request, checked and with OpenAI's defaults applied.
 * Every rule names the parameter as OpenAI spells it.
 *
 * @param maxTokens completion tokens per choice, or null for "up to the context length"
 * @param temperature 0 (greedy) to 2; OpenAI's default 1
 * @param topP nucleus mass in (0, 1]
 * @param topK keep the k most likely tokens; 0 keeps all
 * @param minP drop tokens below minP times the best probability; 0 keeps all
 * @param repetitionPenalty multiplicative penalty for repeated tokens (1 = none)
 * @param frequencyPenalty -2 to 2
 * @param presencePenalty -2 to 2
 * @param n choices per prompt
 * @param seed fixes sampling (choice i uses seed + i), or null for a random seed
 * @param stop stop strings; none of their text is returned
 * @param logprobs whether each token's log-probability is returned
 * @param topLogprobs alternatives returned per token (0 to 20)
 * @param stream answer with server-sent events
 * @param includeUsage with {@code stream}: send a last chunk with the usage
 * @param responseFormat requested output format, or null for text
 * @param guardrails changes to the configured guardrails for this request, or null for the defaults
 * @param logitBias token id to a bias added to its logit, -100 to 100 (-100 bans it); empty for none
 * @param echo text completions: return the prompt before the completion (with {@code logprobs}, each prompt token's
 *     log-probability too); max_tokens may then be 0
 * @param bestOf text completions: candidates generated per prompt, of which the {@code n} with the highest
 *     log-probability per token are returned; n when not asked for
 */
public record GenerationParameters(
        Integer maxTokens,
        float temperature,
        float topP,
        int topK,
        float minP,
        float repetitionPenalty,
        float frequencyPenalty,
        float presencePenalty,
        int n,
        Long seed,
        List<String> stop,
        boolean logprobs,
        int topLogprobs,
        boolean stream,
        boolean includeUsage,
        ResponseFormat responseFormat,
        GuardrailOverrides guardrails,
        Map<Integer, Float> logitBias,
        boolean echo,
        int bestOf) {

    /** OpenAI accepts at most this many stop strings. */
    public static final int MAX_STOP = 4;

    /** OpenAI returns at most this many alternatives per token. */
    public static final int MAX_TOP_LOGPROBS = 20;

    /** Tokens the frequency, presence and repetition penalties look back over. */
    static final int PENALTY_WINDOW = 64;

    public GenerationParameters {
        if (maxTokens != null && maxTokens < (echo ? 0 : 1)) {
            throw new InvalidParameterException(
                    "max_tokens", "max_tokens must be >= " + (echo ? "0 with echo" : "1") + ", got: " + maxTokens);
        }
        if (echo && stream) {
            throw new InvalidParameterException("echo", "echo is not supported with stream: send stream false");
        }
        if (!(temperature >= 0 && temperature <= 2)) {
            throw new InvalidParameterException(
                    "temperature", "temperature must be between 0 and 2, got: " + temperature);
        }
        if (!(topP > 0 && topP <= 1)) {
            throw new InvalidParameterException("top_p", "top_p must be in (0, 1], got: " + topP);
        }
        if (topK < 0) {
            throw new InvalidParameterException("top_k", "top_k must be >= 0 (or -1 for all), got: " + topK);
        }
        if (!(minP >= 0 && minP < 1)) {
            throw new InvalidParameterException("min_p", "min_p must be in [0, 1), got: " + minP);
        }
        if (!(repetitionPenalty > 0 && repetitionPenalty <= 10)) {
            throw new InvalidParameterException(
                    "repetition_penalty", "repetition_penalty must be in (0, 10], got: " + repetitionPenalty);
        }
        if (!(frequencyPenalty >= -2 && frequencyPenalty <= 2)) {
            throw new InvalidParameterException(
                    "frequency_penalty", "frequency_penalty must be between -2 and 2, got: " + frequencyPenalty);
        }
        if (!(presencePenalty >= -2 && presencePenalty <= 2)) {
            throw new InvalidParameterException(
                    "presence_penalty", "presence_penalty must be between -2 and 2, got: " + presencePenalty);
        }
        if (n < 1) {
            throw new InvalidParameterException("n", "n must be >= 1, got: " + n);
        }
        if (bestOf < n) {
            throw new InvalidParameterException("best_of", "best_of must be >= n (" + n + "), got: " + bestOf);
        }
        if (bestOf > n && stream) {
            throw new InvalidParameterException("best_of", "best_of above n is not supported with stream, as OpenAI");
        }
        stop = List.copyOf(stop);
        if (stop.size() > MAX_STOP) {
            throw new InvalidParameterException(
                    "stop", "stop takes at most " + MAX_STOP + " strings, got: " + stop.size());
        }
        for (String s : stop) {
            if (s.isEmpty()) {
                throw new InvalidParameterException("stop", "stop strings must not be empty");
            }
        }
        if (topLogprobs < 0 || topLogprobs > MAX_TOP_LOGPROBS) {
            throw new InvalidParameterException(
                    "top_logprobs", "top_logprobs must be between 0 and " + MAX_TOP_LOGPROBS + ", got: " + topLogprobs);
        }
        if (topLogprobs > 0 && !logprobs) {
            throw new InvalidParameterException("top_logprobs", "top_logprobs needs logprobs set to true");
        }
        logitBias = Map.copyOf(logitBias);
        if (includeUsage && !stream) {
            throw new InvalidParameterException("stream_options", "stream_options is only allowed when stream is true");
        }
    }

    /** The engine's sampling settings for the choice drawn with {@code seed}. */
    public SamplingSettings sampling(long seed) {
        return new SamplingSettings(
                temperature,
                topK,
                topP,
                minP,
                repetitionPenalty,
                frequencyPenalty,
                presencePenalty,
                PENALTY_WINDOW,
                seed);
    }

    /**
     * Alternatives to ask the engine for: it reports the chosen token's log-probability only alongside them, which
     * {@code logprobs} and the ranking of {@code best_of} candidates need.
     */
    public int engineTopLogprobs() {
        return logprobs || bestOf > n ? Math.max(1, topLogprobs) : 0;
    }

    /** Sequences a prompt runs: its best_of candidates. */
    public int candidates() {
        return bestOf;
    }

    // --- parsing of OpenAI's loosely typed fields -------------------------------------------------------------

    /** {@code stop}: absent, one string, or an array of strings. */
    static List<String> stopStrings(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return List.of();
        }
        if (node.isString()) {
            return List.of(node.asString());
        }
        if (node.isArray()) {
            List<String> stops = new ArrayList<>();
            for (JsonNode element : node) {
                if (!element.isString()) {
                    throw new InvalidParameterException(
                            "stop", "stop must be a string or an array of strings, got an element: " + element);
                }
                stops.add(element.asString());
            }
            return stops;
        }
        throw new InvalidParameterException(
                "stop", "stop must be a string or an array of strings, got: " + node.getNodeType());
    }

    /** {@code logit_bias}: absent, or an object of token ids (as strings) to numbers from -100 to 100. */
    static Map<Integer, Float> logitBias(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return Map.of();
        }
        if (!node.isObject()) {
            throw new InvalidParameterException(
                    "logit_bias", "logit_bias must be an object of token ids to biases, got: " + node.getNodeType());
        }
        Map<Integer, Float> biases = new HashMap<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            int id;
            try {
                id = Integer.parseInt(e.getKey());
            } catch (NumberFormatException ex) {
                id = -1;
            }
            if (id < 0) {
                throw new InvalidParameterException(
                        "logit_bias", "logit_bias keys must be token ids (0 or more), got: '" + e.getKey() + "'");
            }
            double bias = e.getValue().isNumber() ? e.getValue().doubleValue() : Double.NaN;
            if (!(bias >= -100 && bias <= 100)) {
                throw new InvalidParameterException(
                        "logit_bias",
                        "logit_bias of token " + id + " must be a number from -100 to 100, got: " + e.getValue());
            }
            biases.put(id, (float) bias);
        }
        return biases;
    }

    static float orDefault(Double value, float fallback) {
        return value == null ? fallback : value.floatValue();
    }

    /** top_k: absent or -1 (vLLM's "all") mean 0, the engine's "off". */
    static int topK(Integer topK) {
        return topK == null || topK == -1 ? 0 : topK;
    }
}
