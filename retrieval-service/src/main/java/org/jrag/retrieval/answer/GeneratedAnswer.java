package org.jrag.retrieval.answer;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * generation-service's answer: the text, how it was produced ("extractive" or "generative") and its citations, with
 * what it reports about them, kept as it came so that {@code /v1/ask} hands it on unchanged.
 *
 * @param guardrails the guardrails' report (interventions, and the grounding of each answer sentence), or null
 * @param generation how a generative answer was generated (model, prompt, token usage), or null
 * @param reason why generation-service chose the mode when left to choose, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL) // written only when a kept answer is replayed as events
public record GeneratedAnswer(
        String answer,
        String mode,
        List<Citation> citations,
        JsonNode guardrails,
        JsonNode generation,
        String reason) {}
