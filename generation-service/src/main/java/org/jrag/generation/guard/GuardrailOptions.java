package org.jrag.generation.guard;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jrag.personaldata.PiiKind;

/**
 * Everything the rails need to know for one request: complete and validated. The configured defaults come from
 * {@link GuardrailProperties#options()}; a request's {@link GuardrailOverrides} is applied on top of them.
 *
 * @param modes every rail's mode; {@link Action#ALLOW} turns a rail off
 * @param denyTerms terms the deny-list rails look for (whole words, ignoring case)
 * @param maxInputChars the most characters (code points) an input may hold; 0 for no limit
 * @param maxInputTokens the most tokens an input may hold; 0 for no limit
 * @param piiKinds the kinds of personal data the PII rail looks for
 */
public record GuardrailOptions(
        Map<Rail, Action> modes, List<String> denyTerms, int maxInputChars, int maxInputTokens, Set<PiiKind> piiKinds) {

    public GuardrailOptions {
        if (modes == null) {
            throw new IllegalArgumentException("guardrail modes must not be null");
        }
        var complete = new EnumMap<Rail, Action>(Rail.class);
        for (Rail rail : Rail.values()) {
            complete.put(rail, rail.requireSupported(modes.getOrDefault(rail, rail.defaultAction())));
        }
        modes = Map.copyOf(complete);
        denyTerms = denyTerms == null ? List.of() : List.copyOf(denyTerms);
        for (String term : denyTerms) {
            if (term.isBlank()) {
                throw new IllegalArgumentException("deny terms must not be blank, got: " + denyTerms);
            }
        }
        if (maxInputChars < 0) {
            throw new IllegalArgumentException("maxInputChars must be >= 0 (0 = no limit), got: " + maxInputChars);
        }
        if (maxInputTokens < 0) {
            throw new IllegalArgumentException("maxInputTokens must be >= 0 (0 = no limit), got: " + maxInputTokens);
        }
        piiKinds = piiKinds == null || piiKinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(piiKinds));
    }

    /** Every rail in its default mode, no deny terms, no length limits, every kind of personal data. */
    public static GuardrailOptions defaults() {
        return new GuardrailOptions(Map.of(), List.of(), 0, 0, EnumSet.allOf(PiiKind.class));
    }

    /** The mode of {@code rail}; {@link Action#ALLOW} when it is off. */
    public Action mode(Rail rail) {
        return modes.get(rail);
    }

    /** A copy with {@code rail} in {@code mode}. */
    public GuardrailOptions with(Rail rail, Action mode) {
        var changed = new EnumMap<Rail, Action>(modes);
        changed.put(rail, mode);
        return new GuardrailOptions(changed, denyTerms, maxInputChars, maxInputTokens, piiKinds);
    }
}
