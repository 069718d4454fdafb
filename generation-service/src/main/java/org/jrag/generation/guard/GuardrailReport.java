package org.jrag.generation.guard;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code guardrails} field of a response: every intervention on the request and the response, and for RAG
 * answers the grounding of each sentence.
 *
 * @param interventions input, output and grounding interventions, in that order; empty when nothing fired
 * @param grounded whether every answer sentence is supported by a cited chunk; null when grounding was not checked
 * @param grounding the support of each answer sentence; empty when grounding was not checked
 */
public record GuardrailReport(List<Intervention> interventions, Boolean grounded, List<SentenceSupport> grounding) {

    public GuardrailReport {
        interventions = List.copyOf(interventions);
        grounding = grounding == null ? List.of() : List.copyOf(grounding);
    }

    /** A report of {@code interventions} and, when not null, the grounding check. */
    public static GuardrailReport of(List<Intervention> interventions, GroundingReport grounding) {
        if (grounding == null) {
            return new GuardrailReport(interventions, null, List.of());
        }
        var all = new ArrayList<>(interventions);
        all.addAll(grounding.interventions());
        return new GuardrailReport(all, grounding.grounded(), grounding.sentences());
    }
}
