package org.jrag.generation.guard;

import java.util.List;

/**
 * What one rail made of a text.
 *
 * @param text the text to hand on: the input itself, or a copy with spans redacted
 * @param interventions what the rail found, in text order; empty when it let the text through untouched
 */
public record RailResult(String text, List<Intervention> interventions) {

    public RailResult {
        if (text == null) {
            throw new IllegalArgumentException("rail result text must not be null");
        }
        interventions = List.copyOf(interventions);
    }

    /** The text passes untouched. */
    public static RailResult allow(String text) {
        return new RailResult(text, List.of());
    }

    /** True when any intervention blocks. */
    public boolean blocked() {
        return interventions.stream().anyMatch(i -> i.action() == Action.BLOCK);
    }
}
