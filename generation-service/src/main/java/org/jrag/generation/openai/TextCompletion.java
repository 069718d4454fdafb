package org.jrag.generation.openai;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jrag.generation.guard.GuardrailReport;

/**
 * The response of {@code POST /v1/completions}, in OpenAI's shape; a streamed chunk has the same shape with the
 * new text of one choice (and the usage, when asked for, in a last chunk with no choices).
 */
public record TextCompletion(
        String id,
        String object,
        long created,
        String model,
        List<Choice> choices,
        @JsonInclude(JsonInclude.Include.NON_NULL) Usage usage,
        @JsonInclude(JsonInclude.Include.NON_NULL) GuardrailReport guardrails) {

    public TextCompletion {
        choices = List.copyOf(choices);
    }

    public static TextCompletion of(String id, long created, String model, List<Choice> choices, Usage usage) {
        return new TextCompletion(id, "text_completion", created, model, choices, usage, null);
    }

    /** A response, or a last streamed chunk with no choices, that carries the guardrails' report. */
    public static TextCompletion guarded(
            String id, long created, String model, List<Choice> choices, Usage usage, GuardrailReport guardrails) {
        return new TextCompletion(id, "text_completion", created, model, choices, usage, guardrails);
    }

    /** One choice's text and why it ended (null while streaming). */
    public record Choice(
            String text,
            int index,
            Logprobs logprobs,
            @JsonProperty("finish_reason") String finishReason) {}

    /** The legacy logprobs: parallel arrays per token, alternatives as token-to-logprob maps. */
    public record Logprobs(
            List<String> tokens,
            @JsonProperty("token_logprobs") List<Double> tokenLogprobs,
            @JsonProperty("top_logprobs") List<Map<String, Double>> topLogprobs,
            @JsonProperty("text_offset") List<Integer> textOffset) {

        /**
         * The logprobs of an echoed prompt and its completion: the prompt's first token without a log-probability
         * (nothing comes before it; a BOS, which shows nothing, is left out), then the prompt's other tokens, then the
         * completion's, their offsets moved past the prompt's text.
         */
        static Logprobs echoed(PromptText prompt, List<TokenLogprob> promptTokens, List<TokenLogprob> completion) {
            List<TokenLogprob> all = new ArrayList<>(promptTokens);
            int shift = prompt.text().length();
            completion.forEach(
                    t -> all.add(new TokenLogprob(t.token(), t.logprob(), t.bytes(), t.textOffset() + shift, t.top())));
            Logprobs rest = of(all);
            String first = prompt.text()
                    .substring(
                            0,
                            prompt.ids().length > 1
                                    ? prompt.offset(1)
                                    : prompt.text().length());
            if (first.isEmpty()) {
                return rest;
            }
            List<String> tokens = new ArrayList<>(List.of(first));
            tokens.addAll(rest.tokens());
            List<Double> logprobs = new ArrayList<>();
            logprobs.add(null);
            logprobs.addAll(rest.tokenLogprobs());
            List<Map<String, Double>> top = new ArrayList<>();
            top.add(null);
            top.addAll(rest.topLogprobs());
            List<Integer> offsets = new ArrayList<>(List.of(0));
            offsets.addAll(rest.textOffset());
            return new Logprobs(tokens, logprobs, top, offsets);
        }

        public static Logprobs of(List<TokenLogprob> tokens) {
            return new Logprobs(
                    tokens.stream().map(TokenLogprob::token).toList(),
                    tokens.stream().map(TokenLogprob::logprob).toList(),
                    tokens.stream()
                            .map(t -> {
                                Map<String, Double> alternatives = new LinkedHashMap<>();
                                t.top().forEach(a -> alternatives.putIfAbsent(a.token(), a.logprob()));
                                return alternatives;
                            })
                            .toList(),
                    tokens.stream().map(TokenLogprob::textOffset).toList());
        }
    }
}
