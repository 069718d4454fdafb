package org.jrag.generation.guard;

import java.util.List;

/**
 * What a chain of rails made of a text.
 *
 * @param text the text to hand on, with every redaction applied; when blocked, the text as far as it got
 * @param action the strongest action taken: ALLOW when no rail fired, else FLAG, REDACT or BLOCK
 * @param interventions every intervention in rail order
 */
public record GuardResult(String text, Action action, List<Intervention> interventions) {

    public GuardResult {
        if (text == null) {
            throw new IllegalArgumentException("guard result text must not be null");
        }
        interventions = List.copyOf(interventions);
        Action strongest = interventions.stream().map(Intervention::action).reduce(Action.ALLOW, Action::max);
        if (action != strongest) {
            throw new IllegalArgumentException(
                    "action must be the strongest of the interventions (" + strongest + "), got: " + action);
        }
    }

    /** The result of {@code interventions} on a text, the strongest of their actions taken. */
    public static GuardResult of(String text, List<Intervention> interventions) {
        return new GuardResult(
                text,
                interventions.stream().map(Intervention::action).reduce(Action.ALLOW, Action::max),
                interventions);
    }

    /** True when a rail blocked: refuse the request, or withhold the output. */
    public boolean blocked() {
        return action == Action.BLOCK;
    }
}
