package org.jrag.generation.guard;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jrag.personaldata.PiiKind;

/**
 * The {@code guardrails} object of a request body: changes to the configured defaults for this one request. A null
 * field keeps the default.
 *
 * @param rails modes by rail name, e.g. {@code {"pii": "flag", "grounding": "block", "prompt-injection": "allow"}}
 * @param denyTerms terms denied for this request, added to the configured ones (a request cannot drop those)
 * @param maxInputChars replaces the configured character limit (0 = none)
 * @param maxInputTokens replaces the configured token limit (0 = none)
 * @param piiKinds replaces the configured kinds of personal data to look for
 */
public record GuardrailOverrides(
        Map<String, Action> rails,
        List<String> denyTerms,
        Integer maxInputChars,
        Integer maxInputTokens,
        Set<PiiKind> piiKinds) {

    public GuardrailOverrides {
        if (rails == null) {
            rails = Map.of();
        }
        // resolve names now, so that a bad one is reported as a bad request body
        rails.forEach((name, mode) -> Rail.of(name).requireSupported(mode));
        rails = Map.copyOf(rails);
        denyTerms = denyTerms == null ? List.of() : List.copyOf(denyTerms);
        if (denyTerms.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("guardrails.denyTerms must not hold blank terms, got: " + denyTerms);
        }
        if (maxInputChars != null && maxInputChars < 0) {
            throw new IllegalArgumentException(
                    "guardrails.maxInputChars must be >= 0 (0 = no limit), got: " + maxInputChars);
        }
        if (maxInputTokens != null && maxInputTokens < 0) {
            throw new IllegalArgumentException(
                    "guardrails.maxInputTokens must be >= 0 (0 = no limit), got: " + maxInputTokens);
        }
        piiKinds = piiKinds == null ? null : Set.copyOf(piiKinds);
    }

    /** The options for a request: {@code defaults} with these changes applied and validated. */
    public GuardrailOptions applyTo(GuardrailOptions defaults) {
        var modes = new EnumMap<Rail, Action>(defaults.modes());
        rails.forEach((name, mode) -> modes.put(Rail.of(name), mode));
        var terms = new ArrayList<>(new LinkedHashSet<>(defaults.denyTerms()));
        denyTerms.stream().filter(t -> !terms.contains(t)).forEach(terms::add);
        return new GuardrailOptions(
                modes,
                terms,
                maxInputChars == null ? defaults.maxInputChars() : maxInputChars,
                maxInputTokens == null ? defaults.maxInputTokens() : maxInputTokens,
                piiKinds == null ? defaults.piiKinds() : piiKinds);
    }
}
