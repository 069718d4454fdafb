package org.jrag.generation.guard;

import java.util.List;

/**
 * The grounding rail's verdict on an answer: every checked sentence with its support, and one intervention per
 * unsupported sentence.
 *
 * @param grounded true when every checked sentence is supported
 * @param sentences the answer's sentences in order (fragments under three words are not checked)
 * @param interventions one FLAG or BLOCK per unsupported sentence, or none when the rail is off
 */
public record GroundingReport(boolean grounded, List<SentenceSupport> sentences, List<Intervention> interventions) {

    public GroundingReport {
        sentences = List.copyOf(sentences);
        interventions = List.copyOf(interventions);
        if (grounded != sentences.stream().allMatch(SentenceSupport::supported)) {
            throw new IllegalArgumentException("grounded must be true exactly when every sentence is supported");
        }
    }

    static GroundingReport of(List<SentenceSupport> sentences, List<Intervention> interventions) {
        return new GroundingReport(sentences.stream().allMatch(SentenceSupport::supported), sentences, interventions);
    }

    /** True when an unsupported sentence blocks the answer. */
    public boolean blocked() {
        return interventions.stream().anyMatch(i -> i.action() == Action.BLOCK);
    }
}
