package org.jrag.generation.guard;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jrag.personaldata.PiiKind;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The configured guardrail defaults; a request's {@code guardrails} object changes them for that request only.
 *
 * @param rails modes by rail name ({@link Rail#id()}): allow (off), flag, redact or block; a rail not named keeps
 *     its default ({@link Rail#defaultAction()})
 * @param denyTerms terms the input and output deny-list rails look for
 * @param maxInputChars the most characters an input may hold; 0 for no limit
 * @param maxInputTokens the most tokens an input may hold; 0 for no limit
 * @param piiKinds the kinds of personal data the PII rail looks for
 * @param grounding the grounding rail's thresholds
 */
@ConfigurationProperties("rag.generation.guardrails")
public record GuardrailProperties(
        Map<String, Action> rails,
        List<String> denyTerms,
        @DefaultValue("16000") int maxInputChars,
        @DefaultValue("0") int maxInputTokens,

        @DefaultValue({"email", "phone", "card", "iban", "ssn"})
        Set<PiiKind> piiKinds,

        @DefaultValue Grounding grounding) {

    public GuardrailProperties {
        rails = rails == null ? Map.of() : Map.copyOf(rails);
        denyTerms = denyTerms == null ? List.of() : List.copyOf(denyTerms);
        // fail at start-up, naming the key, rather than on the first request
        options(rails, denyTerms, maxInputChars, maxInputTokens, piiKinds);
    }

    /**
     * Thresholds of the grounding rail, calibrated with bge-small-en-v1.5 in {@code GroundingRailCalibrationTests}.
     *
     * @param minSimilarity the cosine similarity to one chunk sentence that makes a sentence supported
     * @param minOverlap the share of a sentence's content words found in one chunk that makes it supported
     */
    public record Grounding(
            @DefaultValue("0.92") double minSimilarity,
            @DefaultValue("0.75") double minOverlap) {}

    /** The options every request starts from. */
    public GuardrailOptions options() {
        return options(rails, denyTerms, maxInputChars, maxInputTokens, piiKinds);
    }

    private static GuardrailOptions options(
            Map<String, Action> rails,
            List<String> denyTerms,
            int maxInputChars,
            int maxInputTokens,
            Set<PiiKind> piiKinds) {
        var modes = new EnumMap<Rail, Action>(Rail.class);
        try {
            rails.forEach((name, mode) -> modes.put(Rail.of(name), mode));
            return new GuardrailOptions(modes, denyTerms, maxInputChars, maxInputTokens, piiKinds);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("rag.generation.guardrails: " + e.getMessage(), e);
        }
    }
}
